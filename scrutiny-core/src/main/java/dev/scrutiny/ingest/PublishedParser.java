package dev.scrutiny.ingest;

import dev.scrutiny.article.Published;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as news sources write them into {@link Published}: ISO-8601 dates and
 * date-times with or without offset ({@code 2025-04-26}, {@code 2025-04-26T10:30:00Z},
 * {@code 2025-04-26T10:30:00+0300}), a space instead of the {@code T} ({@code 2025-04-26 10:30}),
 * RFC 1123 ({@code Sat, 26 Apr 2025 10:30:00 GMT}), slashes ({@code 2025/04/26}) and English month
 * names ({@code 26 April 2025}, {@code April 26, 2025}). Stateless and thread-safe.
 *
 * <pre>{@code
 * Optional<Published> p = PublishedParser.parse("Sat, 26 Apr 2025 10:30:00 GMT");
 * }</pre>
 */
public final class PublishedParser {

  private PublishedParser() {}

  private static final Pattern ISO_LIKE = Pattern.compile(
      "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
          + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");

  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?Z?)?");

  private static final List<DateTimeFormatter> WORDY = List.of(
      pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"),
      pattern("d MMMM, uuuu"), pattern("MMMM d uuuu"), pattern("MMM. d, uuuu"));

  /**
   * The publication date in {@code text}, or empty when it is none of the supported forms. Never
   * throws for bad text.
   */
  public static Optional<Published> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher iso = ISO_LIKE.matcher(s);
      if (iso.matches()) {
        return Optional.of(fromIso(iso));
      }
      Matcher compact = COMPACT.matcher(s);
      if (compact.matches()) {
        LocalDate d = LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
            Integer.parseInt(compact.group(3)));
        if (compact.group(4) == null) {
          return Optional.of(Published.of(d));
        }
        LocalDateTime t = d.atTime(Integer.parseInt(compact.group(4)), Integer.parseInt(compact.group(5)),
            compact.group(6) == null ? 0 : Integer.parseInt(compact.group(6)));
        return Optional.of(new Published(d, t, s.endsWith("Z") ? ZoneOffset.UTC : null));
      }
      Optional<Published> rfc = rfc1123(s);
      if (rfc.isPresent()) {
        return rfc;
      }
      for (DateTimeFormatter f : WORDY) {
        try {
          return Optional.of(Published.of(LocalDate.parse(s, f)));
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Published fromIso(Matcher m) {
    LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return Published.of(date);
    }
    int nanos = 0;
    if (m.group(7) != null) {
      String frac = (m.group(7) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(frac);
    }
    LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
    String zone = m.group(8);
    if (zone == null) {
      return new Published(date, time, null);
    }
    ZoneOffset offset = switch (zone) {
      case "Z", "UTC", "GMT" -> ZoneOffset.UTC;
      default -> {
        String z = zone.replace(":", "");
        yield z.length() == 3
            ? ZoneOffset.ofHours(Integer.parseInt(z))
            : ZoneOffset.ofHoursMinutes(Integer.parseInt(z.substring(0, 3)),
                Integer.parseInt(z.charAt(0) + z.substring(3)));
      }
    };
    return new Published(date, time, offset);
  }

  private static Optional<Published> rfc1123(String s) {
    try {
      ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      OffsetDateTime o = z.toOffsetDateTime();
      return Optional.of(new Published(o.toLocalDate(), o.toLocalDateTime(), o.getOffset()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  }
}
