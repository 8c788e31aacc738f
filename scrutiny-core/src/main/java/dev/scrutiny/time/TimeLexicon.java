package dev.scrutiny.time;

import dev.scrutiny.lang.en.English;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English words the time rules read: month, weekday, number, ordinal, unit, season, part-of-day and
 * frequency words, and the trigger words at which the rules are tried. Immutable after class
 * initialisation; shared by every tagging run.
 */
final class TimeLexicon {

  private TimeLexicon() {}

  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  static final Map<String, Integer> WEEKDAYS_PLURAL = new HashMap<>();
  static final Map<String, Integer> NUMBERS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  /** Unit word → ISO designator: S, MIN, H, D, W, M, Q, Y, DE, CE, WE. */
  static final Map<String, String> UNITS = new HashMap<>();
  static final Map<String, String> SEASONS = new HashMap<>();
  static final Map<String, String> PARTS_OF_DAY = new HashMap<>();
  static final Map<String, String> SET_ADVERBS = new HashMap<>();
  static final Set<String> EVENT_FREQUENCY_ADJECTIVES = Set.of("daily", "weekly", "nightly", "hourly");
  static final Set<String> VAGUE_NUMBERS = Set.of("several", "few", "many", "some", "numerous", "countless");
  static final Set<String> TRIGGERS = new HashSet<>();
  static final Map<String, String> DECADE_WORDS = Map.of("twenties", "192", "thirties", "193", "forties", "194",
      "fifties", "195", "sixties", "196", "seventies", "197", "eighties", "198", "nineties", "199");
  static final Set<String> ADVERB_FOLLOWERS = Set.of("through", "since", "until", "for", "in", "at", "and",
      "or", "to", "by", "from", "on", "basis", "but", "as", "over", "during", "with", "after", "before", "is",
      "are", "was", "were", "the", "a", "an", "than", "now", "this", "last", "next");

  static {
    // month names and abbreviations, each abbreviation also with its full stop; not "mar" (the verb), and
    // "may." is no month (the word ending a sentence)
    for (Map.Entry<String, Integer> e : English.months().entrySet()) {
      MONTHS.put(e.getKey(), e.getValue());
      if (English.monthName(e.getKey()) == 0) {
        MONTHS.put(e.getKey() + ".", e.getValue());
      }
    }
    MONTHS.remove("mar");
    String[] w = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; i++) {
      WEEKDAYS.put(w[i], i + 1);
      WEEKDAYS.put(w[i].substring(0, 3) + ".", i + 1);
      WEEKDAYS_PLURAL.put(w[i] + "s", i + 1);
    }
    // number words up to a hundred, not compounds ("twenty-one" is cut at the hyphen); ordinals up to the
    // twentieth, and "twenty-first" written out
    for (Map.Entry<String, Integer> e : English.cardinals().entrySet()) {
      if (e.getValue() <= 100 && e.getKey().indexOf('-') < 0) {
        NUMBERS.put(e.getKey(), e.getValue());
      }
    }
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("dozen", 12);
    for (Map.Entry<String, Integer> e : English.ordinals().entrySet()) {
      if (e.getValue() >= 1 && e.getValue() <= 20 && e.getKey().indexOf('-') < 0) {
        ORDINALS.put(e.getKey(), e.getValue());
      }
    }
    ORDINALS.put("twenty-first", 21);
    for (int i = 1; i <= 31; i++) {
      String suffix = (i % 10 == 1 && i != 11) ? "st" : (i % 10 == 2 && i != 12) ? "nd"
          : (i % 10 == 3 && i != 13) ? "rd" : "th";
      ORDINALS.put(i + suffix, i);
    }
    unit("S", "second", "seconds", "sec", "secs");
    unit("MIN", "minute", "minutes", "min", "mins");
    unit("H", "hour", "hours", "hr", "hrs");
    unit("D", "day", "days");
    unit("W", "week", "weeks", "wk", "wks");
    unit("WE", "weekend", "weekends");
    unit("M", "month", "months");
    unit("Q", "quarter", "quarters");
    unit("Y", "year", "years", "yr", "yrs");
    unit("DE", "decade", "decades");
    unit("CE", "century", "centuries");
    SEASONS.put("spring", "SP");
    SEASONS.put("summer", "SU");
    SEASONS.put("fall", "FA");
    SEASONS.put("autumn", "FA");
    SEASONS.put("winter", "WI");
    PARTS_OF_DAY.put("morning", "MO");
    PARTS_OF_DAY.put("afternoon", "AF");
    PARTS_OF_DAY.put("evening", "EV");
    PARTS_OF_DAY.put("night", "NI");
    PARTS_OF_DAY.put("overnight", "NI");
    SET_ADVERBS.put("daily", "P1D");
    SET_ADVERBS.put("nightly", "P1D");
    SET_ADVERBS.put("weekly", "P1W");
    SET_ADVERBS.put("monthly", "P1M");
    SET_ADVERBS.put("quarterly", "P3M");
    SET_ADVERBS.put("annually", "P1Y");
    SET_ADVERBS.put("yearly", "P1Y");
    SET_ADVERBS.put("hourly", "PT1H");
    TRIGGERS.addAll(MONTHS.keySet());
    TRIGGERS.addAll(WEEKDAYS.keySet());
    TRIGGERS.addAll(WEEKDAYS_PLURAL.keySet());
    TRIGGERS.addAll(NUMBERS.keySet());
    TRIGGERS.addAll(ORDINALS.keySet());
    TRIGGERS.addAll(UNITS.keySet());
    TRIGGERS.addAll(SEASONS.keySet());
    TRIGGERS.addAll(SET_ADVERBS.keySet());
    TRIGGERS.addAll(VAGUE_NUMBERS);
    TRIGGERS.addAll(List.of("today", "yesterday", "tomorrow", "tonight", "now", "currently", "current",
        "recently", "recent", "soon", "future", "past", "present", "nowadays", "this", "last", "next",
        "previous", "coming", "following", "the", "that", "latest", "early", "late", "mid", "earlier", "later",
        "end", "beginning", "start", "middle", "about", "around", "approximately", "nearly", "almost",
        "roughly", "more", "less", "over", "under", "at", "up", "fewer", "every", "each", "once", "twice",
        "fiscal", "christmas", "thanksgiving", "new", "noon", "midnight", "its", "year-earlier", "these",
        "q", "h", "fy", "couple", "within", "for", "same", "mid-", "morning", "afternoon",
        "evening", "night", "overnight", "just", "only", "some", "nearly", "half", "lately", "formerly",
        "then", "once", "ago", "midday", "additional", "previously", "comparable", "corresponding", "no", "year's"));
  }

  private static void unit(String iso, String... words) {
    for (String w : words) {
      UNITS.put(w, iso);
    }
  }
}
