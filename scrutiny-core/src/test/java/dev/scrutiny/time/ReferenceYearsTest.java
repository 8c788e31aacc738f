package dev.scrutiny.time;

import static dev.scrutiny.time.TimeTaggerTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The year of a month-day written without one, by the tense of its sentence. */
class ReferenceYearsTest {

  static final LocalDate APRIL_27 = LocalDate.of(2025, 4, 27);

  @Test
  void a_past_tense_day_a_few_days_ahead_keeps_the_reference_year() {
    // past-tense news names deadlines and record dates ahead: measured on TimeBank and AQUAINT
    expect("The minister had said on April 30 that talks would resume.", APRIL_27, "April 30", TimeType.DATE,
        "2025-04-30");
  }

  @Test
  void a_past_tense_day_more_than_92_days_ahead_is_last_year() {
    assertThat(ReferenceYears.of(APRIL_27, -1, 7, 28)).isEqualTo(2025); // 92 days ahead
    assertThat(ReferenceYears.of(APRIL_27, -1, 7, 29)).isEqualTo(2024); // 93 days ahead
    expect("The offensive began on Aug. 10.", APRIL_27, "Aug. 10", TimeType.DATE, "2024-08-10");
  }

  @Test
  void a_future_tense_day_already_past_is_next_year() {
    expect("The envoys will meet on March 3.", APRIL_27, "March 3", TimeType.DATE, "2026-03-03");
    assertThat(ReferenceYears.of(APRIL_27, 1, 4, 27)).isEqualTo(2025);
  }

  @Test
  void a_day_without_tense_keeps_the_year_up_to_120_days_ahead() {
    assertThat(ReferenceYears.of(APRIL_27, 0, 8, 25)).isEqualTo(2025); // 120 days ahead
    assertThat(ReferenceYears.of(APRIL_27, 0, 8, 26)).isEqualTo(2024);
  }

  @Test
  void a_month_in_the_past_tense_more_than_three_months_ahead_is_last_year() {
    assertThat(ReferenceYears.of(APRIL_27, -1, 7, 0)).isEqualTo(2025);
    assertThat(ReferenceYears.of(APRIL_27, -1, 8, 0)).isEqualTo(2024);
  }

  @Test
  void seasons_follow_the_tense() {
    LocalDate may = LocalDate.of(2025, 5, 10);
    assertThat(ReferenceYears.seasonByTense(may, "SU", -1)).isEqualTo(2024); // the latest summer begun
    assertThat(ReferenceYears.seasonByTense(may, "SU", 1)).isEqualTo(2025); // the next not yet ended
    // "last winter" in May 2025: winter 2024, December 2024 to February 2025
    assertThat(ReferenceYears.season(may, "WI", -1)).isEqualTo(2024);
  }
}
