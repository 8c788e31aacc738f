package dev.scrutiny.checks;

import dev.scrutiny.lang.en.English;
import dev.scrutiny.text.Token;
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

  /** The figures in {@code text[from, to)}, in order, offsets into {@code text}; read from the token layer. */
  static List<Quantity> scan(CheckContext c, int from, int to) {
    List<Token> tokens = c.tokens(from, to);
    List<Quantity> out = new ArrayList<>();
    for (Texts.Num n : Texts.numbers(tokens)) {
      int dot = n.digits().indexOf('.');
      int decimals = dot < 0 ? 0 : n.digits().length() - dot - 1;
      out.add(hedged(c.text, from, n.start(), n.end(), n.value(), n.percent(), decimals));
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int v = t.isWord() ? English.cardinal(t.norm()) : -1;
      if (v < 2 || v > 99) {
        continue; // not a number word, or "one": no figure to compute with
      }
      out.add(wordQuantity(c.text, from, tokens, i, v));
    }
    out.sort(Comparator.comparingInt(Quantity::numberStart));
    return out;
  }

  /** "thirty", "five hundred thousand", "thirty per cent": a number word at token {@code i} and what follows it. */
  private static Quantity wordQuantity(String text, int from, List<Token> tokens, int i, int v) {
    double value = v;
    int k = i;
    if (spaced(text, tokens, k) && tokens.get(k + 1).norm().equals("hundred")) {
      value *= 100;
      k++;
    }
    int multiplier = spaced(text, tokens, k) ? English.cardinal(tokens.get(k + 1).norm()) : -1;
    if (multiplier >= 1000) {
      value *= multiplier;
      k++;
    }
    int end = tokens.get(k).end();
    int percentEnd = Texts.percentEnd(tokens, k + 1, end, "");
    return hedged(text, from, tokens.get(i).start(), Math.max(end, percentEnd), value, percentEnd >= 0, 0);
  }

  /** Whether a next token follows token {@code k} after white space only. */
  private static boolean spaced(String text, List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    int a = tokens.get(k).end();
    int b = tokens.get(k + 1).start();
    for (int j = a; j < b; j++) {
      if (!Texts.white(text.charAt(j))) {
        return false;
      }
    }
    return b > a;
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
