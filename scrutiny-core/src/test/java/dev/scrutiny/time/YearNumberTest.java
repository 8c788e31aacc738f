package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearNumberTest {

  private static final LocalDate REF = LocalDate.of(2025, 4, 26);

  @Test
  void aYearNumberThatIsNoCalendarYearIsNotThePublicationYear() {
    for (String text : new String[] {"It happened in the year 999999.", "in the year 12345 of the empire"}) {
      assertThat(TimeTagger.tag(text, REF)).as(text)
          .noneMatch(e -> e.value().equals("2025"));
    }
  }

  @Test
  void theYearAloneAndTheYearWithARealYearStillResolve() {
    assertThat(TimeTagger.tag("Prices rose during the year.", REF)).extracting(TimeExpression::value).containsExactly("2025");
    assertThat(TimeTagger.tag("It was the year 2024 that changed it.", REF)).extracting(TimeExpression::value)
        .containsExactly("2024");
  }
}
