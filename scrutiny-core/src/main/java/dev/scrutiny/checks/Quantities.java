package dev.scrutiny.checks;

import dev.scrutiny.lang.en.English;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Figures in digits or words ("50,000", "1.2 million", "fifty thousand", "thirty per cent") with the
 * hedge written before them ("around", "more than", "up to"), for the part–whole checks. Stateless.
 */
final class Quantities {

  private Quantities() {}

  /** How a hedge bounds the true value against the figure written. */
  enum Hedge {
    /** No hedge: the figure as written, rounded. */
    EXACT,
    /** "about", "around", "nearly", "some": near the figure. */
    ABOUT,
    /** "more than", "over", "at least": the figure or more. */
    AT_LEAST,
    /** "less than", "up to", "under": the figure or less. */
    AT_MOST
  }

  /**
   * One figure.
   *
   * @param start   where the hedge (or the figure, without one) starts
   * @param numberStart where the figure itself starts
   * @param end     end of the figure, its multiplier and percent word
   * @param value   its value ("1.2 million" → 1.2e6; "30%" → 30)
   * @param percent whether a percent sign or word follows
   * @param hedge   the hedge written before it
   * @param decimals digits written after a decimal point (for the rounding of a percentage)
   */
  record Quantity(int start, int numberStart, int end, double value, boolean percent, Hedge hedge, int decimals) {

    /** The least and greatest true value the figure allows, {@code slack} being the width of "about". */
    double[] range(double slack) {
      double round = percent ? (decimals == 0 ? 0.5 : 0.5 * Math.pow(10, -decimals)) : 0;
      double lo = value - round;
      double hi = value + round;
      return switch (hedge) {
        case EXACT -> new double[] {lo, hi};
        case ABOUT -> new double[] {lo * (1 - slack), hi * (1 + slack)};
        case AT_LEAST -> new double[] {lo, Double.POSITIVE_INFINITY};
        case AT_MOST -> new double[] {0, hi};
      };
    }
  }

  private static final Pattern HEDGE = Pattern.compile(
      "(?i)(?:\\b(about|around|approximately|roughly|some|nearly|almost|an estimated|estimated|circa|close to|"
          + "more than|over|at least|upwards of|in excess of|just over|less than|fewer than|under|up to|"
          + "no more than|at most|just under)\\s+)$");
  private static final Pattern WORD_NUMBER = Pattern.compile(
      "(?<![\\p{L}-])(\\p{L}+(?:-\\p{L}+)?)(?:[\\s-]+(hundred))?(?:\\s+(thousand|million|billion))?"
          + "(\\s?%|\\s?per\\s?cent\\b|\\s?percent\\b)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD_PERCENT = Pattern.compile("(?i)%|per\\s?cent|percent");

  /** The figures in {@code text[from, to)}, in order, offsets into {@code text}. */
  static List<Quantity> scan(String text, int from, int to) {
    List<Quantity> out = new ArrayList<>();
    for (Texts.Num n : Texts.numbers(text, from, to)) {
      int dot = n.digits().indexOf('.');
      int decimals = dot < 0 ? 0 : n.digits().length() - dot - 1;
      out.add(hedged(text, from, n.start(), n.end(), n.value(), n.percent(), decimals));
    }
    Matcher m = WORD_NUMBER.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      int v = English.cardinal(w);
      if (v < 2 || v > 99) {
        continue; // not a number word, or "one": no figure to compute with
      }
      double value = v;
      if (m.group(2) != null) {
        value *= 100;
      }
      if (m.group(3) != null) {
        value *= switch (m.group(3).toLowerCase(Locale.ROOT)) {
          case "thousand" -> 1e3;
          case "million" -> 1e6;
          default -> 1e9;
        };
      }
      boolean percent = m.group(4) != null && WORD_PERCENT.matcher(m.group(4).strip()).matches();
      out.add(hedged(text, from, m.start(), m.end(), value, percent, 0));
    }
    out.sort(Comparator.comparingInt(Quantity::numberStart));
    return out;
  }

  private static Quantity hedged(String text, int floor, int start, int end, double value, boolean percent,
                                 int decimals) {
    String before = text.substring(Math.max(floor, start - 25), start);
    Matcher h = HEDGE.matcher(before);
    if (!h.find()) {
      return new Quantity(start, start, end, value, percent, Hedge.EXACT, decimals);
    }
    Hedge hedge = switch (h.group(1).toLowerCase(Locale.ROOT)) {
      case "more than", "over", "at least", "upwards of", "in excess of", "just over" -> Hedge.AT_LEAST;
      case "less than", "fewer than", "under", "up to", "no more than", "at most", "just under" -> Hedge.AT_MOST;
      default -> Hedge.ABOUT;
    };
    return new Quantity(start - (before.length() - h.start()), start, end, value, percent, hedge, decimals);
  }

  /** The unit word right after a figure ("residents" in "5,000 residents"), lower-cased, or null. */
  static @Nullable String unitAfter(String text, Quantity q, int limit) {
    Matcher m = UNIT.matcher(text).region(q.end(), limit);
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static final Pattern UNIT = Pattern.compile(
      "\\s+(?:[a-z]+\\s+)?(?!(?:was|has|is|does|this|thus|as|its|his|less|unless|always|perhaps)\\b)([a-z]+s|people)\\b");

  /** Whether two unit words name the same kind of thing: equal, or both words for people. */
  static boolean sameUnit(@Nullable String a, @Nullable String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    return PEOPLE.contains(a) && PEOPLE.contains(b);
  }

  /** Whether {@code unit} is a word for people. */
  static boolean people(String unit) {
    return PEOPLE.contains(unit);
  }

  private static final java.util.Set<String> PEOPLE = java.util.Set.of("people", "residents", "inhabitants",
      "citizens", "persons", "civilians", "locals", "souls", "dwellers", "villagers", "townspeople");
}
