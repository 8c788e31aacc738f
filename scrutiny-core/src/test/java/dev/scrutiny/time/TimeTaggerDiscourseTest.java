package dev.scrutiny.time;

import static dev.scrutiny.time.TimeTaggerTest.expect;

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
}
