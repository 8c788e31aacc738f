package dev.scrutiny.time;

import static dev.scrutiny.time.TimeTaggerTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Values resolved against the time in focus of the discourse rather than the publication date. */
class TimeTaggerDiscourseTest {

  static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 6);

  @Test
  void a_year_ago_after_a_quarter_is_that_quarter_a_year_before() {
    String text = "The arms maker said profit rose in the second quarter. Sales reached $4 billion, "
        + "up from $3.1 billion a year ago.";
    expect(text, NOV_2024, "the second quarter", TimeType.DATE, "2024-Q2");
    expect(text, NOV_2024, "a year ago", TimeType.DATE, "2023-Q2");
  }

  @Test
  void a_year_earlier_after_a_derived_quarter_does_not_shift_twice() {
    String text = "Net income in the third quarter fell to $20 million from $35 million a year earlier. "
        + "Revenue was flat compared with a year ago.";
    expect(text, NOV_2024, "a year earlier", TimeType.DATE, "2023-Q3");
    expect(text, NOV_2024, "a year ago", TimeType.DATE, "2023-Q3");
  }

  @Test
  void a_year_ago_without_a_quarter_in_focus_is_the_previous_year() {
    expect("The front line ran through the village a year ago, residents recalled.", NOV_2024,
        "a year ago", TimeType.DATE, "2023");
  }

  @Test
  void that_day_and_the_same_day_take_the_last_full_date_mentioned() {
    String text = "Drones struck the depot on 14 October 2024. That same day, the governor declared an "
        + "emergency. Earlier that day, air-raid sirens had sounded. The same day, the grid failed.";
    expect(text, NOV_2024, "That same day", TimeType.DATE, "2024-10-14");
    expect(text, NOV_2024, "Earlier that day", TimeType.DATE, "2024-10-14");
    expect(text, NOV_2024, "The same day", TimeType.DATE, "2024-10-14");
  }

  @Test
  void the_next_day_and_the_day_before_shift_from_the_last_full_date() {
    String text = "The convoy left Kherson on 2 November 2024. The next day, it reached the river. "
        + "Scouts had crossed the day before.";
    expect(text, NOV_2024, "The next day", TimeType.DATE, "2024-11-03");
    expect(text, NOV_2024, "the day before", TimeType.DATE, "2024-11-02");
  }

  @Test
  void that_night_keeps_its_part_of_day() {
    expect("Rockets fell on the city on 9 September 2024. That night, power was cut.", NOV_2024,
        "That night", TimeType.DATE, "2024-09-09TNI");
  }

  @Test
  void the_day_before_an_event_is_not_resolved_against_the_last_date() {
    String text = "The envoy arrived on 5 May 2024, the day before talks opened in Geneva.";
    assertThat(TimeTagger.tag(text, NOV_2024)).extracting(TimeExpression::text).doesNotContain("the day before");
  }

  @Test
  void that_day_without_an_earlier_date_is_left_untagged() {
    assertThat(TimeTagger.tag("Nobody in the village forgot that day.", NOV_2024))
        .extracting(TimeExpression::text).doesNotContain("that day");
  }
}
