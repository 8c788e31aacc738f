package dev.scrutiny.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an article was published: a date, optionally with a time of day and a UTC offset, as sources
 * give it ({@code 2025-03-12}, {@code 2025-03-12T09:30}, {@code 2025-03-12T09:30:00+03:00}).
 *
 * @param date     the calendar date, always present
 * @param dateTime the local date-time when the source gave a time, else null
 * @param offset   the UTC offset when the source gave one, else null
 * @param source   where the date was found, or null when not recorded
 */
public record Published(LocalDate date, @Nullable LocalDateTime dateTime, @Nullable ZoneOffset offset,
                        @Nullable Source source) {

  /** Where a publication date came from, most reliable first. */
  public enum Source {
    /** A JSON-LD {@code NewsArticle}'s {@code datePublished}. */
    JSON_LD("json-ld"),
    /** A meta tag such as {@code article:published_time}. */
    META("meta"),
    /** A {@code <time datetime>} element. */
    TIME_ELEMENT("time-element"),
    /** A date in the article's URL path ({@code /2025/04/26/}). */
    URL("url"),
    /** A date written in the page near the headline ("Published 26 April 2025"). */
    TEXT("text"),
    /** Given with the article: a JSON-lines field or the caller's fallback ({@code --published}). */
    GIVEN("given");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    /** The name used in JSON output: {@code json-ld}, {@code meta}, {@code time-element}, {@code url}, {@code text}, {@code given}. */
    public String label() {
      return label;
    }
  }

  /** A date without a recorded source. */
  public Published(LocalDate date, @Nullable LocalDateTime dateTime, @Nullable ZoneOffset offset) {
    this(date, dateTime, offset, null);
  }

  /** A copy that records where the date came from. */
  public Published withSource(@Nullable Source newSource) {
    return new Published(date, dateTime, offset, newSource);
  }

  public Published {
    Objects.requireNonNull(date, "date");
    if (dateTime != null && !dateTime.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("dateTime " + dateTime + " is not on date " + date);
    }
    if (offset != null && dateTime == null) {
      throw new IllegalArgumentException("an offset needs a time of day");
    }
  }

  public static Published of(LocalDate date) {
    return new Published(date, null, null);
  }

  /**
   * Parses an ISO-8601 date or date-time, with or without offset ({@code Z}, {@code +03:00}); a time
   * part is kept, fractional seconds included.
   *
   * @throws IllegalArgumentException naming the text when it is none of those forms
   */
  public static Published parse(String text) {
    String s = Objects.requireNonNull(text, "text").strip();
    try {
      if (s.length() <= 10) {
        return of(LocalDate.parse(s));
      }
      try {
        OffsetDateTime odt = OffsetDateTime.parse(s);
        return new Published(odt.toLocalDate(), odt.toLocalDateTime(), odt.getOffset());
      } catch (DateTimeParseException e) {
        LocalDateTime ldt = LocalDateTime.parse(s);
        return new Published(ldt.toLocalDate(), ldt, null);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not an ISO date or date-time (expected 2025-03-12 or 2025-03-12T09:30:00+03:00): '" + text + "'", e);
    }
  }

  /** ISO-8601 text: the date, or the date-time with its offset when known. */
  @Override
  public String toString() {
    if (dateTime == null) {
      return date.toString();
    }
    return offset == null ? dateTime.toString() : dateTime.atOffset(offset).toString();
  }
}
