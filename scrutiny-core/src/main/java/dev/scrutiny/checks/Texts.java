package dev.scrutiny.checks;

import dev.scrutiny.text.Sentence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Number, number-word, date and fallback-sentence scanning shared by the checks. Stateless. */
final class Texts {

  private Texts() {}

  static final Map<String, Integer> CARDINALS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();

  static {
    String[] card = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    String[] ord = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < card.length; i++) {
      CARDINALS.put(card[i], i);
      ORDINALS.put(ord[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty"};
    String[] tensOrd = {"twentieth", "thirtieth", "fortieth", "fiftieth"};
    for (int t = 0; t < tens.length; t++) {
      CARDINALS.put(tens[t], 20 + 10 * t);
      ORDINALS.put(tensOrd[t], 20 + 10 * t);
      for (int u = 1; u <= 9; u++) {
        CARDINALS.put(tens[t] + "-" + card[u], 20 + 10 * t + u);
        ORDINALS.put(tens[t] + "-" + ord[u], 20 + 10 * t + u);
      }
    }
    CARDINALS.put("a", 1);
    CARDINALS.put("an", 1);
    CARDINALS.put("a dozen", 12);
  }

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

  /** The value of a cardinal word or digits ("seven", "7", "a"), or -1. */
  static int cardinal(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    if (w.matches("\\d+")) {
      return w.length() > 6 ? -1 : Integer.parseInt(w);
    }
    return CARDINALS.getOrDefault(w, -1);
  }

  /** The value of an ordinal word or numeral ("seventh", "7th"), or -1. */
  static int ordinal(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    if (w.matches("\\d+(st|nd|rd|th)")) {
      String d = w.substring(0, w.length() - 2);
      return d.length() > 6 ? -1 : Integer.parseInt(d);
    }
    return ORDINALS.getOrDefault(w, -1);
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

  // ---------------------------------------------------------------- dates

  /** A calendar date found in the text; {@code yearGiven} is false when the year was inferred. */
  record DateMention(int start, int end, LocalDate date, boolean yearGiven) {}

  static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int i = 0; i < names.length; i++) {
      MONTHS.put(names[i], i + 1);
      if (i != 4) {
        MONTHS.put(names[i].substring(0, 3), i + 1);
      }
    }
    MONTHS.put("sept", 9);
  }

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  /**
   * Full calendar dates in {@code text[from, to)}. A date written without a year gets the year that
   * puts it nearest to {@code reference}; without a reference it is skipped.
   */
  static List<DateMention> dates(String text, int from, int to, @Nullable LocalDate reference) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = DAY_MONTH.matcher(text).region(from, to);
    while (m.find()) {
      add(out, m.start(), m.end(), m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1), reference);
    }
    m = MONTH_DAY.matcher(text).region(from, to);
    while (m.find()) {
      if (overlaps(out, m.start(), m.end())) {
        continue;
      }
      add(out, m.start(), m.end(), m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2), reference);
    }
    m = ISO.matcher(text).region(from, to);
    while (m.find()) {
      try {
        out.add(new DateMention(m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), true));
      } catch (DateTimeException e) {
        // not a calendar date (2024-13-45): leave it
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean overlaps(List<DateMention> list, int s, int e) {
    return list.stream().anyMatch(d -> d.start() < e && s < d.end());
  }

  private static void add(List<DateMention> out, int s, int e, @Nullable String year, @Nullable Integer month,
                          String day, @Nullable LocalDate reference) {
    if (month == null) {
      return;
    }
    int d = Integer.parseInt(day);
    try {
      if (year != null) {
        out.add(new DateMention(s, e, LocalDate.of(Integer.parseInt(year), month, d), true));
      } else if (reference != null) {
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
          LocalDate c = LocalDate.of(y, month, d);
          if (best == null || Math.abs(ChronoUnit.DAYS.between(reference, c))
              < Math.abs(ChronoUnit.DAYS.between(reference, best))) {
            best = c;
          }
        }
        out.add(new DateMention(s, e, best, false));
      }
    } catch (DateTimeException ex) {
      // 31 April and the like
    }
  }

  // ---------------------------------------------------------------- sentences

  private static final Pattern BOUNDARY = Pattern.compile("[.!?…]+[\"'”’»)]*(?=\\s+[\"'“‘«(]?[A-Z0-9])|\\n\\s*");
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj",
      "capt", "sgt", "prof", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "ca", "sen", "rep", "gov", "jr", "sr", "inc", "co");

  /**
   * Sentences of {@code text} by punctuation and line breaks: a fallback for when no sentence layer is
   * present (evaluation before the segmenter runs); the segmenter's layer is always preferred.
   */
  static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.group().startsWith(".")) {
        int w = m.start();
        int ws = w;
        while (ws > start && !Character.isWhitespace(text.charAt(ws - 1))) {
          ws--;
        }
        String word = text.substring(ws, w).toLowerCase(Locale.ROOT).replaceAll("^[\"'(“]+", "");
        if (ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0))) {
          continue;
        }
      }
      int end = m.group().startsWith("\n") ? m.start() : m.end();
      addTrimmed(out, text, start, end);
      start = m.end();
    }
    addTrimmed(out, text, start, text.length());
    return out;
  }

  private static void addTrimmed(List<Sentence> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e));
    }
  }
}
