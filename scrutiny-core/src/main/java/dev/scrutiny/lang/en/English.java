package dev.scrutiny.lang.en;

import dev.scrutiny.ingest.TsvTable;
import dev.scrutiny.lang.Abbreviations;
import dev.scrutiny.lang.WordTables;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English word tables of {@code lang/en/}, read once on first use: number words, months,
 * weekdays, abbreviations and sentence openers. Lookups take a word as written or lower-cased. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * English.cardinal("twenty-one");  // 21
 * English.ordinal("Seventh");      // 7
 * English.month("Sept");           // 9
 * English.weekday("Friday");       // 5
 * }</pre>
 */
public final class English {

  private static final Map<String, Integer> CARDINALS = new HashMap<>();
  private static final Map<String, Integer> ORDINALS = new HashMap<>();
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> MONTH_NAMES = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Abbreviations ABBREVIATIONS = WordTables.abbreviations("en");
  private static final Set<String> SENTENCE_OPENERS = WordTables.words("en", "sentence-openers.tsv");

  static {
    Map<String, Integer> units = new HashMap<>();
    Map<String, Integer> unitOrdinals = new HashMap<>();
    for (TsvTable.Row r : WordTables.rows("en", "numbers.tsv", List.of("cardinal", "ordinal", "value"))) {
      int v = Integer.parseInt(r.required(2));
      CARDINALS.put(r.required(0), v);
      ORDINALS.put(r.required(1), v);
      if (v >= 1 && v <= 9) {
        units.put(r.cell(0), v);
        unitOrdinals.put(r.cell(1), v);
      }
    }
    // "twenty-one", "thirty-third": a tens word, a hyphen and a unit
    for (Map.Entry<String, Integer> tens : Map.copyOf(CARDINALS).entrySet()) {
      int t = tens.getValue();
      if (t >= 20 && t <= 90 && t % 10 == 0) {
        units.forEach((u, v) -> CARDINALS.put(tens.getKey() + "-" + u, t + v));
        unitOrdinals.forEach((u, v) -> ORDINALS.put(tens.getKey() + "-" + u, t + v));
      }
    }
    for (TsvTable.Row r : WordTables.rows("en", "months.tsv", List.of("month", "number", "abbreviations"))) {
      int m = Integer.parseInt(r.required(1));
      MONTHS.put(r.required(0), m);
      MONTH_NAMES.put(r.required(0), m);
      for (String a : r.cell(2).split("\\|")) {
        if (!a.isBlank()) {
          MONTHS.put(a.strip(), m);
        }
      }
    }
    for (TsvTable.Row r : WordTables.rows("en", "weekdays.tsv", List.of("weekday", "number"))) {
      WEEKDAYS.put(r.required(0), Integer.parseInt(r.required(1)));
    }
  }

  private English() {}

  /** The value of a cardinal number word ({@code seven}, {@code twenty-one}, {@code million}), or -1. */
  public static int cardinal(String word) {
    return CARDINALS.getOrDefault(lower(word), -1);
  }

  /** The value of an ordinal word ({@code seventh}, {@code thirty-third}), or -1. */
  public static int ordinal(String word) {
    return ORDINALS.getOrDefault(lower(word), -1);
  }

  /** The month (1–12) a full name or abbreviation names ({@code May}, {@code Sept}, {@code sep.}), or 0. */
  public static int month(String word) {
    String w = lower(word);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return MONTHS.getOrDefault(w, 0);
  }

  /** The month a full month name names ({@code May}, not {@code Sept}), or 0. */
  public static int monthName(String word) {
    return MONTH_NAMES.getOrDefault(lower(word), 0);
  }

  /** The day of the week (1 Monday – 7 Sunday) a full weekday name names ({@code Friday}), or 0. */
  public static int weekday(String word) {
    return WEEKDAYS.getOrDefault(lower(word), 0);
  }

  /** Every cardinal number word with its value, compounds included ({@code twenty-one}); read-only. */
  public static Map<String, Integer> cardinals() {
    return Collections.unmodifiableMap(CARDINALS);
  }

  /** Every ordinal word with its value, compounds included ({@code thirty-third}); read-only. */
  public static Map<String, Integer> ordinals() {
    return Collections.unmodifiableMap(ORDINALS);
  }

  /** Every month name and abbreviation (without the full stop) with its month 1–12; read-only. */
  public static Map<String, Integer> months() {
    return Collections.unmodifiableMap(MONTHS);
  }

  /** Abbreviations written with a full stop ({@code Gen.}, {@code No. 5}, {@code Inc.}, {@code etc.}). */
  public static Abbreviations abbreviations() {
    return ABBREVIATIONS;
  }

  /** Capitalised words that usually open a sentence ({@code The}, {@code However}). */
  public static Set<String> sentenceOpeners() {
    return SENTENCE_OPENERS;
  }

  private static String lower(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    return word;
  }
}
