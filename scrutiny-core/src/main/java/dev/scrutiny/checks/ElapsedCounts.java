package dev.scrutiny.checks;

import dev.scrutiny.text.Sentence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of time since a start date, for {@link TemporalChecker}: "the third anniversary of the invasion",
 * "three years of war", "the 24th day of the full-scale invasion", "20 days of full-scale war", against the
 * start dates in the reference facts ({@link StartEvents}) and the date the sentence speaks about. A
 * hedge ("more than", "almost") bounds the count on one side. Stateless.
 */
final class ElapsedCounts {

  private ElapsedCounts() {}

  private static final Pattern ANNIVERSARY = Pattern.compile(
      "\\b(" + Texts.ORDINAL + ")\\s+anniversary\\s+of\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEARS_OF = Pattern.compile(
      "\\b(?:(more than|over|almost|nearly|about|some|around|less than)\\s+)?(" + Texts.CARDINAL
          + ")\\s+(?:long\\s+|full\\s+)?years?\\s+(?:of|since|after|into)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL_UNIT = Pattern.compile(
      "\\b(" + Texts.ORDINAL + ")\\s+(day|week|month)\\s+(?:of|since)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNITS_OF = Pattern.compile(
      "\\b(?:(more than|over|almost|nearly|about|some|around|less than)\\s+)?(" + Texts.CARDINAL
          + ")\\s+(days|weeks|months)\\s+(?:of|since|after|into)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESENT_BEFORE = Pattern.compile(
      "(?i)(?:^|\\b(?:today is|this is|it is|it's|now is|on this|today,? on)\\s+)(?:[\"“]\\s*)?(?:the\\s+|our\\s+|this\\s+)?$");
  private static final Pattern PRESENT_VERB = Pattern.compile(
      "(?i)\\b(is|continues|goes on|ends|has ended|is over|is coming to an end|comes to an end|is ending)\\b");
  private static final Pattern PAST_SPAN = Pattern.compile("(?i)\\b(?:first|last|initial|those|past)\\s+$");

  static void anniversaries(CheckContext c, Sentence s, String st, List<Check> out) {
    Matcher m = ANNIVERSARY.matcher(st);
    while (m.find()) {
      int n = Texts.ordinal(m.group(1));
      LocalDate ref = StartEvents.reference(c, s);
      List<ReferenceFact> events = StartEvents.at(c, st.substring(m.end()));
      if (n < 1 || ref == null || events.isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      boolean fits = false;
      for (ReferenceFact f : events) {
        double y = StartEvents.years(f.dateValue(), ref);
        fits |= Math.abs(y - n) <= 0.75;
        parts.add(f.subject() + " began on " + f.dateValue() + ", " + String.format(Locale.ROOT, "%.1f", y)
            + " years before");
      }
      if (!fits) {
        out.add(new Check(s.start() + m.start(), s.start() + m.end(), CheckKind.TEMPORAL, Severity.ERROR,
            "A " + Texts.ordinalNumeral(n) + " anniversary does not fit " + StartEvents.refName(c, ref) + ": "
                + String.join("; ", parts) + ".",
            new Evidence(events, null, null, String.join("; ", parts))));
      }
    }
  }

  static void yearsOf(CheckContext c, Sentence s, String st, List<Check> out) {
    Matcher m = YEARS_OF.matcher(st);
    while (m.find()) {
      int n = Texts.cardinal(m.group(2));
      String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      LocalDate ref = StartEvents.reference(c, s);
      List<ReferenceFact> events = StartEvents.at(c, st.substring(m.end()));
      if (n < 1 || n > 100 || ref == null || events.isEmpty()) {
        continue;
      }
      boolean fits = false;
      List<String> parts = new ArrayList<>();
      for (ReferenceFact f : events) {
        double y = StartEvents.years(f.dateValue(), ref);
        boolean ok = switch (q) {
          case "more than", "over" -> y >= n - 0.1;
          case "almost", "nearly", "less than" -> y <= n + 0.1 && y >= n - 1;
          default -> Math.abs(y - n) <= 1.0;
        };
        fits |= ok;
        parts.add(f.subject() + " began on " + f.dateValue() + ", " + String.format(Locale.ROOT, "%.1f", y)
            + " years before");
      }
      if (!fits) {
        out.add(new Check(s.start() + m.start(), s.start() + m.end(), CheckKind.TEMPORAL, Severity.ERROR,
            "'" + m.group().strip() + "' does not fit " + StartEvents.refName(c, ref) + ": " + String.join("; ", parts) + ".",
            new Evidence(events, null, null, String.join("; ", parts))));
      }
    }
  }

  /** "The 24th day of the full-scale invasion", "20 days of full-scale war": counted from the start date. */
  static void unitsOf(CheckContext c, Sentence s, String st, List<Check> out) {
    LocalDate ref = StartEvents.reference(c, s);
    if (ref == null) {
      return;
    }
    for (Pattern p : List.of(ORDINAL_UNIT, UNITS_OF)) {
      Matcher m = p.matcher(st);
      while (m.find()) {
        boolean ordinal = p == ORDINAL_UNIT;
        int n = ordinal ? Texts.ordinal(m.group(1)) : Texts.cardinal(m.group(2));
        String unit = (ordinal ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        String q = ordinal || m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        List<ReferenceFact> events = StartEvents.at(c, st.substring(m.end()));
        String before = st.substring(0, m.start());
        if (n < 1 || events.isEmpty() || (ordinal ? !presentOrdinal(before, st) : PAST_SPAN.matcher(before).find())) {
          continue;
        }
        double size = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 30.44;
        // a day of slack for time zones: a Kyiv evening address is dated the next day in UTC, or the day before
        double slack = unit.startsWith("day") ? 1.5 : 1.01;
        boolean fits = false;
        List<String> parts = new ArrayList<>();
        for (ReferenceFact f : events) {
          long days = ChronoUnit.DAYS.between(f.dateValue(), ref);
          double elapsed = ordinal ? Math.floor(days / size) + 1 : days / size;
          boolean ok = switch (q) {
            case "more than", "over" -> elapsed >= n - slack;
            case "almost", "nearly", "less than" -> elapsed <= n + slack;
            default -> Math.abs(elapsed - n) <= slack;
          };
          fits |= ok;
          parts.add(f.subject() + " began on " + f.dateValue() + ", " + days + " days before, so this is "
              + (ordinal ? "its " + Texts.ordinalNumeral((int) elapsed) + " " + unit : unit.startsWith("day") ? days + " days"
                  : String.format(Locale.ROOT, "%.1f %s", elapsed, unit)));
        }
        if (!fits) {
          out.add(new Check(s.start() + m.start(), s.start() + m.end(), CheckKind.TEMPORAL, Severity.ERROR,
              "'" + m.group().strip() + "' does not fit " + StartEvents.refName(c, ref) + ": " + String.join("; ", parts) + ".",
              new Evidence(events, null, null, String.join("; ", parts))));
        }
      }
    }
  }

  /**
   * "The 24th day of the invasion is over", "Today is the 24th day of …": an ordinal that counts up to now.
   * "Since the first day of the invasion" looks back, and is not checked.
   */
  private static boolean presentOrdinal(String before, String sentence) {
    if (before.isBlank() || before.strip().matches("(?i)the|our|[\"“]\\s*the")) {
      return PRESENT_VERB.matcher(sentence).find();
    }
    return PRESENT_BEFORE.matcher(before).find() && !before.isBlank();
  }
}
