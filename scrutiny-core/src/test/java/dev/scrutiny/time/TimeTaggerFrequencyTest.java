package dev.scrutiny.time;

import static dev.scrutiny.time.TimeTaggerTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Frequency adjectives on event nouns are TimeML SETs; period adjectives and newspaper names are not. */
class TimeTaggerFrequencyTest {

  static final LocalDate REF = LocalDate.of(2024, 6, 12);

  @Test
  void a_frequency_adjective_before_an_event_noun_is_a_set() {
    expect("Volunteers hold a daily vigil outside the ministry.", REF, "daily", TimeType.SET, "P1D");
    expect("The airline restored weekly flights to Odesa.", REF, "weekly", TimeType.SET, "P1W");
  }

  @Test
  void a_newspaper_called_a_daily_is_no_set() {
    assertThat(TimeTagger.tag("The army daily Krasnaya Zvezda printed the decree.", REF)).isEmpty();
  }

  @Test
  void period_adjectives_of_reports_stay_untagged() {
    assertThat(TimeTagger.tag("The contractor raised its quarterly dividend and annual guidance.", REF))
        .extracting(TimeExpression::text).doesNotContain("quarterly", "annual");
  }
}
