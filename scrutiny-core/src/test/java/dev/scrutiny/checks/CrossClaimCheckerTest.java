package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static dev.scrutiny.checks.Articles.covered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import org.junit.jupiter.api.Test;

class CrossClaimCheckerTest {

  @Test
  void two_counts_of_the_same_soldiers_in_the_same_event_conflict() {
    String text = "Ukrainian forces captured 1,200 soldiers near Sudzha, the commander said. "
        + "Later he repeated that his units had captured 1,500 soldiers near Sudzha.";
    Analysis a = analysis(text, null);
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.CROSS_CLAIM);
      assertThat(covered(a, c)).isEqualTo("1,500 soldiers");
      assertThat(c.evidence().otherText()).isEqualTo("1,200 soldiers");
      assertThat(c.evidence().other()).isNotNull();
    });
  }

  @Test
  void counts_about_different_places_or_times_do_not_conflict() {
    String text = "Ukrainian forces captured 1,200 soldiers near Sudzha. Russian forces captured 300 soldiers near "
        + "Avdiivka. So far this year, they have captured 5,000 soldiers near Sudzha.";
    assertThat(checks(analysis(text, null))).isEmpty();
  }

  @Test
  void the_same_count_repeated_is_clean() {
    String text = "Ukrainian forces captured 1,200 soldiers near Sudzha. The 1,200 soldiers captured near Sudzha "
        + "were taken to Sumy.";
    assertThat(checks(analysis(text, null))).isEmpty();
  }
}
