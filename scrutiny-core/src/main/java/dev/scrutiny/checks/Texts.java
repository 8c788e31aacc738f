package dev.scrutiny.checks;

import dev.scrutiny.lang.en.English;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers read from the token layer, number words (from {@code lang/en}) and phrase patterns shared by the
 * checks. Stateless.
 */
final class Texts {

  private Texts() {}

  private static final java.util.concurrent.ConcurrentMap<String, Pattern> PHRASES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A cached pattern finding {@code phrase} as whole words; a prefix "^" makes it an opening pattern. */
  static Pattern phrase(String key, java.util.function.Function<String, String> regex) {
    return PHRASES.computeIfAbsent(key, k -> Pattern.compile(regex.apply(k)));
  }

  /** Whole-word, literal {@code phrase}. */
  static Pattern word(String phrase) {
    return phrase("w:" + phrase, k -> "\\b" + Pattern.quote(phrase) + "\\b");
  }

  // Any word or number: callers validate with cardinal()/ordinal(). A regex alternation of every number word
  // is tried at each offset and made the checks five times slower.
  /** A candidate cardinal: digits, "a dozen" or a (hyphenated) word; validate with {@link #cardinal}. */
  static final String CARDINAL = "\\d+|a dozen|\\p{L}+(?:-\\p{L}+)?";
  /** A candidate ordinal: 1st, 23rd or a (hyphenated) word; validate with {@link #ordinal}. */
  static final String ORDINAL = "\\d+(?:st|nd|rd|th)|\\p{L}+(?:-\\p{L}+)?";

  /** The value of a cardinal word or digits ("seven", "7", "a", "a dozen") below one hundred as a word, or -1. */
  static int cardinal(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    if (isDigits(w, w.length())) {
      return w.length() > 6 ? -1 : Integer.parseInt(w);
    }
    int v = switch (w) {
      case "a", "an" -> 1;
      case "a dozen" -> 12;
      default -> English.cardinal(w);
    };
    return v >= 100 ? -1 : v;
  }

  /** The value of an ordinal word or numeral ("seventh", "7th") below one hundred as a word, or -1. */
  static int ordinal(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    int n = w.length() - 2;
    if (n > 0 && isDigits(w, n) && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))) {
      return n > 6 ? -1 : Integer.parseInt(w.substring(0, n));
    }
    int v = English.ordinal(w);
    return v >= 100 ? -1 : v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigits(String w, int n) {
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (w.charAt(i) < '0' || w.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** "4th" style English ordinal numeral. */
  static String ordinalNumeral(int n) {
    int m100 = n % 100;
    String suffix = m100 >= 11 && m100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  // ---------------------------------------------------------------- numbers

  /**
   * A number written in digits.
   *
   * @param digits   the digits as written, without separators or multiplier ("0.0058823529", "1200")
   * @param value    the value, multiplier applied (1.5 million → 1.5e6)
   * @param percent  whether a percent sign or word follows
   */
  record Num(int start, int end, String digits, double value, boolean percent) {

    /** Significant digits as written: leading zeros never count, trailing zeros of an integer don't. */
    int significantDigits() {
      String d = digits;
      // trailing zeros never count either: "400.000" is a European thousands separator more often than a measurement
      d = d.replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
      return d.length();
    }
  }

  /** Multiplier abbreviations news writes after a figure ("1.5 bn"); the full words come from {@code lang/en}. */
  private static final java.util.Map<String, Double> ABBREVIATED_MULTIPLIERS = java.util.Map.of("mln", 1e6,
      "mn", 1e6, "bn", 1e9);

  /**
   * The numbers written in digits among {@code tokens} (one segment's tokens, in order), read from the
   * token layer: a number token with a {@linkplain Token#value() value}, a multiplier after it ("1.5
   * million", "5bn") and a percent sign or word ("12.5%", "30 per cent"). Offsets are the digits' (a sign
   * is left out; a glued unit such as "50km" ends the number before its letters). A number glued to a
   * word character, dot or comma before it is not read; dates, times and ranges have no value and are
   * not numbers here.
   */
  static List<Num> numbers(List<Token> tokens) {
    List<Num> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Double value = t.value();
      if (t.kind() != TokenKind.NUMBER || value == null) {
        continue;
      }
      String text = t.source();
      int start = isDigit(text.charAt(t.start())) ? t.start() : t.start() + 1;
      if (start > 0 && gluedBefore(text.charAt(start - 1))) {
        continue;
      }
      int digitsEnd = start;
      while (digitsEnd < t.end() && (isDigit(text.charAt(digitsEnd)) || text.charAt(digitsEnd) == ','
          || text.charAt(digitsEnd) == '.')) {
        digitsEnd++;
      }
      String digits = text.substring(start, digitsEnd).replace(",", "");
      Tail tail = tail(tokens, i, digitsEnd);
      out.add(new Num(start, tail.end(), digits, Math.abs(value) * tail.multiplier(), tail.percent()));
    }
    return out;
  }

  private static boolean gluedBefore(char c) {
    return c == '.' || c == ',' || c == '_' || c < 128 && Character.isLetterOrDigit(c);
  }

  /** What follows a figure: its multiplier (1 when none), whether it is a percentage, and where it ends. */
  record Tail(int end, double multiplier, boolean percent) {}

  /**
   * The multiplier and percent written after the number in token {@code i}, whose digits end at {@code at}:
   * glued to it ("5bn", "12%", "5percent") or in the next tokens, at most one white-space character apart.
   */
  static Tail tail(List<Token> tokens, int i, int at) {
    Token t = tokens.get(i);
    int next = i + 1;
    int end = at;
    double multiplier = 1;
    String glued = t.source().substring(at, t.end()).toLowerCase(Locale.ROOT);
    double m = multiplier(glued);
    if (m > 1) {
      multiplier = m;
      end = t.end();
      glued = "";
    } else if (glued.isEmpty() && next < tokens.size() && near(t.end(), tokens.get(next))
        && (m = multiplier(tokens.get(next).norm())) > 1) {
      multiplier = m;
      end = tokens.get(next++).end();
    }
    int percentEnd = percentEnd(tokens, next, end, glued);
    return new Tail(Math.max(end, percentEnd), multiplier, percentEnd >= 0);
  }

  /**
   * Where a percent sign or word after offset {@code end} ends, or -1: {@code glued} is what follows the digits
   * inside their own token ("%" in "12%", "per" in "5per cent"), {@code next} the token after.
   */
  static int percentEnd(List<Token> tokens, int next, int end, String glued) {
    Token n = next < tokens.size() ? tokens.get(next) : null;
    if (glued.equals("%") || glued.equals("percent")) {
      return tokens.get(next - 1).end();
    }
    if (glued.equals("per")) {
      return n != null && near(end, n) && n.norm().equals("cent") ? n.end() : -1;
    }
    if (!glued.isEmpty() || n == null || !near(end, n)) {
      return -1;
    }
    String w = n.norm();
    if (w.equals("%") || w.equals("percent")) {
      return n.end();
    }
    Token cent = next + 1 < tokens.size() ? tokens.get(next + 1) : null;
    return w.equals("per") && cent != null && near(n.end(), cent) && cent.norm().equals("cent") ? cent.end() : -1;
  }

  /** Whether token {@code t} starts at {@code end} or one white-space character after it. */
  private static boolean near(int end, Token t) {
    int gap = t.start() - end;
    return gap == 0 || gap == 1 && white(t.source().charAt(end));
  }

  /** White space as a regular expression's {@code \\s} means it: space, tab, line breaks, form feed. */
  static boolean white(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** The value of a multiplier word ("thousand", "million", "billion", "bn", "mln"), or 1. */
  static double multiplier(String norm) {
    Double abbreviated = ABBREVIATED_MULTIPLIERS.get(norm);
    if (abbreviated != null) {
      return abbreviated;
    }
    int v = English.cardinal(norm);
    return v >= 1000 ? v : 1;
  }

  /**
   * A cardinal count at token {@code i} for summing parts: digits without decimals or a glued unit
   * ("1,006"), or a number word from two to ninety-nine, or "a dozen"; null for anything else.
   *
   * @return {@code {value, index of the last token}}
   */
  static int @Nullable [] count(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() == TokenKind.NUMBER) {
      String w = t.norm();
      Double v = t.value();
      boolean plain = v != null && isDigit(w.charAt(0)) && w.indexOf('.') < 0 && isDigit(w.charAt(w.length() - 1));
      return plain && w.replace(",", "").length() <= 9 ? new int[] {v.intValue(), i} : null;
    }
    if (!t.isWord()) {
      return null;
    }
    if (t.norm().equals("a") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("dozen")) {
      return new int[] {12, i + 1};
    }
    int v = cardinal(t.norm());
    return v >= 2 ? new int[] {v, i} : null;
  }

  /** Formats a figure for a message: "1,006", "17.1 million". */
  static String figure(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.1f billion", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f million", v / 1e6);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
    }
    return String.format(Locale.ROOT, "%.2g", v);
  }
}
