package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Published;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedParserTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 26);
  private static final LocalDateTime MORNING = LocalDateTime.of(2025, 4, 26, 10, 30);

  @Test
  void iso_date() {
    assertThat(PublishedParser.parse("2025-04-26")).contains(Published.of(DAY));
  }

  @Test
  void iso_date_time_with_zulu_offset() {
    assertThat(PublishedParser.parse("2025-04-26T10:30:00Z")).contains(new Published(DAY, MORNING, ZoneOffset.UTC));
  }

  @Test
  void iso_date_time_with_offsets_in_every_spelling() {
    Published expected = new Published(DAY, MORNING, ZoneOffset.ofHours(3));
    assertThat(PublishedParser.parse("2025-04-26T10:30:00+03:00")).contains(expected);
    assertThat(PublishedParser.parse("2025-04-26T10:30:00+0300")).contains(expected);
    assertThat(PublishedParser.parse("2025-04-26T10:30+03")).contains(expected);
    assertThat(PublishedParser.parse("2025-04-26T10:30:00-05:30"))
        .contains(new Published(DAY, MORNING, ZoneOffset.ofHoursMinutes(-5, -30)));
  }

  @Test
  void space_separated_local_date_time() {
    assertThat(PublishedParser.parse("2025-04-26 10:30")).contains(new Published(DAY, MORNING, null));
    assertThat(PublishedParser.parse("2025-04-26 10:30:00")).contains(new Published(DAY, MORNING, null));
  }

  @Test
  void fractional_seconds_are_kept() {
    assertThat(PublishedParser.parse("2025-04-26T10:30:00.250Z").orElseThrow().dateTime())
        .isEqualTo(MORNING.withNano(250_000_000));
  }

  @Test
  void rfc_1123() {
    assertThat(PublishedParser.parse("Sat, 26 Apr 2025 10:30:00 GMT")).contains(new Published(DAY, MORNING, ZoneOffset.UTC));
    assertThat(PublishedParser.parse("Sat, 26 Apr 2025 10:30:00 +0300"))
        .contains(new Published(DAY, MORNING, ZoneOffset.ofHours(3)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"26 April 2025", "26 Apr 2025", "April 26, 2025", "Apr 26, 2025", "2025/04/26", "20250426",
      " 2025-04-26 "})
  void other_common_date_forms(String text) {
    assertThat(PublishedParser.parse(text)).contains(Published.of(DAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2025-13-01", "2025-02-30", "31 June 2025", "sometime last spring", "26/04/2025x"})
  void unparseable_text_is_empty_not_an_exception(String text) {
    assertThat(PublishedParser.parse(text)).isEmpty();
  }
}
