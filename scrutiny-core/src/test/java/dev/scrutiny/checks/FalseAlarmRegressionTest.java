package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences shaped like the false alarms found by {@code scrutiny eval checks} on press releases. */
class FalseAlarmRegressionTest {

  @Test
  void an_anniversary_date_without_a_year_takes_the_year_the_claim_implies() {
    assertThat(checks(analysis("Exactly eight years ago, on May 26, the airport closed for good.", "2022-05-26")))
        .isEmpty();
    assertThat(checks(analysis("Exactly two weeks ago, on May 26, the airport closed for good.", "2022-06-20")))
        .singleElement().satisfies(c -> assertThat(c.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void a_duration_names_its_event_right_after_of() {
    assertThat(checks(analysis("Eight years of war in Donbas, two years of pandemic, the third month of full-scale "
        + "war: they gave it all.", "2022-05-12"))).isEmpty();
  }

  @Test
  void clauses_after_a_colon_are_not_counted_as_list_items() {
    assertThat(checks(analysis("A country may join under two conditions: if it meets the membership criteria, and "
        + "secondly, and most importantly, if it adds to the security of the alliance.", "2022-01-10"))).isEmpty();
    assertThat(checks(analysis("The proposals include three key points: no expansion, no strike weapons near the "
        + "border, and a return of the bloc's infrastructure to the 1997 lines, when the act was signed.",
        "2022-01-10"))).isEmpty();
  }

  @Test
  void a_european_thousands_separator_is_not_false_precision() {
    assertThat(checks(analysis("The government will donate approximately 400.000 euros to the response plan.",
        "2022-01-10"))).isEmpty();
  }

  @Test
  void a_time_layer_resolving_a_yearless_anniversary_to_this_year_is_refitted() {
    String text = "Exactly eight years ago, on May 26, the airport closed for good.";
    int at = text.indexOf("May 26");
    var t = new dev.scrutiny.time.TimeExpression(at, at + 6, "May 26", dev.scrutiny.time.TimeType.DATE, "2022-05-26",
        dev.scrutiny.time.Anchor.PUBLICATION);
    assertThat(checks(analysis(text, "2022-05-26", java.util.List.of(t), java.util.List.of()))).isEmpty();
  }
}
