package dev.scrutiny.checks;

import dev.scrutiny.lang.en.English;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in digits, number words (from {@code lang/en}) and phrase patterns shared by the checks.
 * Stateless.
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

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
          + "(?:\\s?(thousand|million|billion|mln|bn|mn)\\b)?"
          + "(\\s?%|\\s?per\\s?cent\\b|\\s?percent\\b)?");

  /** Numbers written in digits in {@code text[from, to)}, offsets into {@code text}. */
  static List<Num> numbers(String text, int from, int to) {
    List<Num> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text).region(from, to);
    while (m.find()) {
      String digits = m.group(1).replace(",", "");
      // a comma followed by exactly three digits was a thousands separator; "3,5" is not handled as decimal
      double v;
      try {
        v = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        continue;
      }
      String mult = m.group(2);
      if (mult != null) {
        v *= switch (mult.toLowerCase(Locale.ROOT)) {
          case "thousand" -> 1e3;
          case "million", "mln", "mn" -> 1e6;
          default -> 1e9;
        };
      }
      out.add(new Num(m.start(), m.end(), digits, v, m.group(3) != null));
    }
    return out;
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
