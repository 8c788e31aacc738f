package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TimeValuesTest {

  static TimeValues.Interval interval(String value) {
    return TimeValues.toInterval(value).orElseThrow(() -> new AssertionError("no interval for " + value));
  }

  @Test
  void days_months_and_years_cover_their_calendar_span() {
    assertThat(interval("2024-08-06")).isEqualTo(new TimeValues.Interval(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 6)));
    assertThat(interval("2024-08-06TMO").first()).isEqualTo(LocalDate.of(2024, 8, 6));
    assertThat(interval("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(interval("2023")).isEqualTo(new TimeValues.Interval(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
  }

  @Test
  void quarters_halves_seasons_weeks_decades_and_centuries() {
    assertThat(interval("2024-Q3")).isEqualTo(new TimeValues.Interval(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)));
    assertThat(interval("2024-H1").last()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(interval("2024-SU")).isEqualTo(new TimeValues.Interval(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)));
    assertThat(interval("2023-WI").last()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(interval("2024-W32")).isEqualTo(new TimeValues.Interval(LocalDate.of(2024, 8, 5), LocalDate.of(2024, 8, 11)));
    assertThat(interval("2024-W32-WE")).isEqualTo(new TimeValues.Interval(LocalDate.of(2024, 8, 10), LocalDate.of(2024, 8, 11)));
    assertThat(interval("199")).isEqualTo(new TimeValues.Interval(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)));
    assertThat(interval("19").first()).isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  void references_and_underspecified_values_have_no_interval() {
    assertThat(TimeValues.toInterval("PRESENT_REF")).isEmpty();
    assertThat(TimeValues.toInterval("XXXX-WXX-1")).isEmpty();
    assertThat(TimeValues.toInterval("P2D")).isEmpty();
    assertThat(TimeValues.toInterval("2024-02-30")).isEmpty();
  }

  @Test
  void every_tagged_date_value_with_a_calendar_reading_contains_its_day() {
    String text = "On 6 August the governor spoke; in the third quarter of 2024, last week and this summer "
        + "prices rose, as in 2023 and the 1990s.";
    for (TimeExpression t : TimeTagger.tag(text, LocalDate.of(2024, 8, 20))) {
      if (t.type() == TimeType.DATE) {
        assertThat(TimeValues.toInterval(t.value())).as(t.toString()).isPresent();
      }
    }
  }

  @Test
  void durations_read_as_periods() {
    assertThat(TimeValues.toPeriod("P2D")).contains(Period.ofDays(2));
    assertThat(TimeValues.toPeriod("P1Y6M")).contains(Period.of(1, 6, 0));
    assertThat(TimeValues.toPeriod("P3W")).contains(Period.ofDays(21));
    assertThat(TimeValues.toPeriod("P2DE")).contains(Period.ofYears(20));
    assertThat(TimeValues.toPeriod("P1E")).contains(Period.ofYears(100));
    assertThat(TimeValues.toPeriod("PT48H")).contains(Period.ofDays(2));
    assertThat(TimeValues.toPeriod("PXY")).isEmpty();
    assertThat(TimeValues.toPeriod("2024")).isEmpty();
    assertThat(TimeValues.toPeriod("P99999999999Y")).isEmpty();
    assertThat(TimeValues.approximateDays("P99999999999999999999999Y")).isEmpty();
    assertThat(TimeValues.approximateDays("P1Y")).hasValueSatisfying(d -> assertThat(d).isBetween(365.0, 366.0));
    assertThat(TimeValues.approximateDays("PT12H")).contains(0.5);
  }

  @Test
  void an_interval_rejects_an_end_before_its_start() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new TimeValues.Interval(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 1)))
        .withMessageContaining("2024-02-01").withMessageContaining("2024-02-02");
  }
}
