package dev.scrutiny.checks;

import dev.scrutiny.text.Sentence;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The start dates the temporal checks count from: the reference facts of property {@code start} (the
 * full-scale invasion, a war) named in a stretch of text, and the date a sentence speaks about (a date
 * written in it, else the publication date). Shared by the temporal checks. Stateless.
 */
final class StartEvents {

  private StartEvents() {}

  private static final Pattern YEAR = Pattern.compile("\\b(?:in|of|since)\\s+(20\\d\\d|19\\d\\d)\\b");

  /** Facts of property {@code start} whose alias opens {@code phrase} (after an article or possessive). */
  static List<ReferenceFact> at(CheckContext c, String phrase) {
    return matching(c, phrase, a -> Texts.phrase("o:" + a, k -> "^\\s*(?:the\\s+|this\\s+|russia's\\s+|russia’s\\s+|moscow's\\s+|a\\s+)?"
        + "(?:[\\p{L}-]+\\s+)?" + Pattern.quote(a) + "\\b"));
  }

  /** Facts of property {@code start} whose alias occurs anywhere in {@code window}. */
  static List<ReferenceFact> in(CheckContext c, String window) {
    return matching(c, window, Texts::word);
  }

  /** Facts of property {@code start} one of whose aliases' pattern is found in {@code text}, lower-cased. */
  private static List<ReferenceFact> matching(CheckContext c, String text, Function<String, Pattern> aliasPattern) {
    String w = text.toLowerCase(Locale.ROOT);
    List<ReferenceFact> out = new ArrayList<>();
    for (ReferenceFact f : c.facts.withProperty("start")) {
      for (String a : f.aliases()) {
        if (aliasPattern.apply(a).matcher(w).find()) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  /** The date a sentence speaks about: an explicit date in it, else the publication date. */
  static @Nullable LocalDate reference(CheckContext c, Sentence s) {
    List<CheckContext.DateMention> d = c.dates(s.start(), s.end());
    if (!d.isEmpty() && d.get(0).yearGiven()) {
      return d.get(0).date();
    }
    Matcher y = YEAR.matcher(c.sentence(s));
    if (y.find()) {
      return null; // the sentence speaks of a year, not the publication date; too vague to check
    }
    return c.published;
  }

  /** Years between two dates, in days over the mean Gregorian year. */
  static double years(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / 365.2425;
  }

  /** "the publication date 2025-02-24" or "the date 2025-02-24". */
  static String refName(CheckContext c, LocalDate ref) {
    return ref.equals(c.published) ? "the publication date " + ref : "the date " + ref;
  }
}
