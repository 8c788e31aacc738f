package dev.scrutiny.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A rule-based TimeML TIMEX3 tagger and normaliser for news English, in the spirit of HeidelTime and
 * SUTime: finds dates, times, durations and sets and gives each an ISO value relative to a reference
 * date (the document creation time).
 *
 * <pre>{@code
 * List<TimeExpression> t = TimeTagger.tag("On April 30, Kadyrov reported ...", LocalDate.parse("2025-05-02"));
 * // t.get(0): "April 30", DATE, 2025-04-30, PUBLICATION
 * }</pre>
 *
 * <p>Contract: results are in document order and pairwise disjoint; offsets are 0-based, end-exclusive
 * UTF-16 offsets into the given text. Values that depend on the reference are anchored
 * {@link Anchor#PUBLICATION} when the caller gave one; without a reference, the tagger infers one from
 * the text (the latest explicit full date) and anchors those values {@link Anchor#INFERRED}; when nothing
 * can be inferred they stay underspecified ({@code XXXX-XX-XX}). Values needing no reference are
 * {@link Anchor#ABSOLUTE}. The year of a bare month-day ("6 August") follows the tense of its sentence:
 * past → the latest occurrence on or before the reference, future → the next one, none → the nearest.
 *
 * <p>Speed: one pass tokenises the text; rules run only at trigger tokens (month and weekday names,
 * numbers, time words, determiners). Stateless and thread-safe.
 */
public final class TimeTagger {

  private TimeTagger() {}

  /**
   * Tags {@code text} against {@code reference} (the publication date), or against a date inferred from
   * the text when {@code reference} is null.
   */
  public static List<TimeExpression> tag(String text, @Nullable LocalDate reference) {
    return tag(text, reference, true);
  }

  /** As {@link #tag(String, LocalDate)}; when not lenient, a rule's unforeseen exception propagates (tests). */
  static List<TimeExpression> tag(String text, @Nullable LocalDate reference, boolean lenient) {
    Objects.requireNonNull(text, "text");
    TimeTokens tokens = TimeTokens.of(text);
    if (reference != null) {
      return new Run(text, tokens, reference, Anchor.PUBLICATION, lenient).scan();
    }
    List<TimeExpression> bare = new Run(text, tokens, null, Anchor.ABSOLUTE, lenient).scan();
    LocalDate inferred = inferReference(bare);
    if (inferred == null) {
      return bare;
    }
    return new Run(text, tokens, inferred, Anchor.INFERRED, lenient).scan();
  }

  /**
   * A reference date inferred from expressions tagged without one: the latest explicit full date; else a
   * dateline month-day (within the first {@value #DATELINE_CHARS} characters) in the latest year the text
   * names; else the first day of the latest explicit month; else null.
   */
  static @Nullable LocalDate inferReference(List<TimeExpression> bare) {
    LocalDate best = null;
    LocalDate bestMonth = null;
    int maxYear = 0;
    String dateline = null;
    for (TimeExpression t : bare) {
      if (t.type() != TimeType.DATE) {
        continue;
      }
      String v = t.value();
      if (FULL_DATE.matcher(v).matches()) {
        LocalDate d;
        try {
          d = LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
          continue;
        }
        if (best == null || d.isAfter(best)) {
          best = d;
        }
      } else if (YEAR_MONTH.matcher(v).matches() && v.compareTo(v.substring(0, 5) + "13") < 0
          && !v.endsWith("-00")) {
        LocalDate d = LocalDate.parse(v + "-01");
        if (bestMonth == null || d.isAfter(bestMonth)) {
          bestMonth = d;
        }
      } else if (YEAR.matcher(v).matches()) {
        maxYear = Math.max(maxYear, Integer.parseInt(v));
      } else if (dateline == null && t.start() < DATELINE_CHARS && UNDATED_DAY.matcher(v).matches()) {
        dateline = v;
      }
      if (v.length() >= 4 && YEAR.matcher(v.substring(0, 4)).matches()) {
        maxYear = Math.max(maxYear, Integer.parseInt(v.substring(0, 4)));
      }
    }
    if (best != null) {
      return best;
    }
    if (dateline != null && maxYear > 0) {
      try {
        return LocalDate.parse(maxYear + dateline.substring(4));
      } catch (java.time.DateTimeException e) {
        // 29 February in a common year: fall through
      }
    }
    return bestMonth;
  }

  static final int DATELINE_CHARS = 120;
  /** Tokens looked at on each side for tense cues: a long sentence, not a whole unpunctuated text. */
  static final int SENTENCE_CAP = 60;
  static final int DAY_CONTEXT_CHARS = 300;

  // ---------------------------------------------------------------------------------------------
  // Lexicon

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
  static final int FUTURE_WINDOW_BEFORE = 8;
  static final int FUTURE_WINDOW_AFTER = 4;
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
  /** How far back (characters) a quarter stays the time in focus for "a year ago". */
  static final int FOCUS_CHARS = 600;
  private static final Pattern UNDATED_DAY = Pattern.compile("XXXX-\\d{2}-\\d{2}");
  private static final Pattern DECADE = Pattern.compile("1\\d\\d0s|20\\d0s");
  private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019]\\d0s");
  private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019]\\d\\d");
  static final Set<String> ADVERB_FOLLOWERS = Set.of("through", "since", "until", "for", "in", "at", "and",
      "or", "to", "by", "from", "on", "basis", "but", "as", "over", "during", "with", "after", "before", "is",
      "are", "was", "were", "the", "a", "an", "than", "now", "this", "last", "next");

  static {
    String[] m = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int i = 0; i < 12; i++) {
      MONTHS.put(m[i], i + 1);
      MONTHS.put(m[i].substring(0, 3), i + 1);
      MONTHS.put(m[i].substring(0, 3) + ".", i + 1);
    }
    MONTHS.put("sept", 9);
    MONTHS.put("sept.", 9);
    MONTHS.remove("may.");
    MONTHS.remove("mar"); // "mar" the verb
    String[] w = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; i++) {
      WEEKDAYS.put(w[i], i + 1);
      WEEKDAYS.put(w[i].substring(0, 3) + ".", i + 1);
      WEEKDAYS_PLURAL.put(w[i] + "s", i + 1);
    }
    String[] n = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty"};
    for (int i = 0; i < n.length; i++) {
      NUMBERS.put(n[i], i);
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBERS.put(tens[i], 30 + 10 * i);
    }
    NUMBERS.put("hundred", 100);
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("dozen", 12);
    String[] o = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth", "twenty-first"};
    for (int i = 0; i < o.length; i++) {
      ORDINALS.put(o[i], i + 1);
    }
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

  // ---------------------------------------------------------------------------------------------
  // One tagging pass

  /** A candidate: token range, type, value, and whether the value used the reference date. */
  record Hit(int from, int to, TimeType type, String value, boolean relative) {}

  private static final class Run {
    final String text;
    final TimeTokens t;
    final @Nullable LocalDate ref;
    final Anchor relAnchor;
    final List<TimeExpression> out = new ArrayList<>();
    /** End offsets of expressions resolved against the quarter in focus: they never become the focus. */
    final Set<Integer> derivedEnds = new HashSet<>();
    /** A second expression to emit after the current one (range ends: "April 26-30"). */
    @Nullable TimeExpression pendingRangeEnd;
    /** The token holding the range dash, and the offset of that dash, where the first expression ends. */
    int cutTok = -1;
    int cutAt = -1;

    final boolean lenient;

    Run(String text, TimeTokens t, @Nullable LocalDate ref, Anchor relAnchor, boolean lenient) {
      this.lenient = lenient;
      this.text = text;
      this.t = t;
      this.ref = ref;
      this.relAnchor = relAnchor;
    }

    List<TimeExpression> scan() {
      int i = 0;
      while (i < t.size) {
        String w = t.lower[i];
        byte k = t.kind[i];
        if (k == TimeTokens.PUNCT || (k == TimeTokens.WORD && !TRIGGERS.contains(w))) {
          i++;
          continue;
        }
        pendingRangeEnd = null;
        cutTok = -1;
        Hit h;
        try {
          h = match(i);
        } catch (NumberFormatException | IndexOutOfBoundsException | java.time.DateTimeException e) {
          // a token shape no rule foresaw must not cost the article its whole layer; the property tests
          // run without this net to hunt for such shapes
          if (!lenient) {
            throw e;
          }
          h = null;
        }
        if (h == null) {
          i++;
          continue;
        }
        int s = t.start[h.from];
        int e = t.end[h.to - 1];
        TimeExpression second = null;
        if (pendingRangeEnd != null && cutTok >= h.from && cutTok < h.to) {
          // a range: the first expression ends at the dash, the second runs to the end of the match
          TimeExpression p = pendingRangeEnd;
          int se = Math.max(p.end(), e);
          second = new TimeExpression(p.start(), se, text.substring(p.start(), se), p.type(), p.value(), p.anchor());
          e = cutAt;
        }
        out.add(new TimeExpression(s, e, text.substring(s, e), h.type, h.value,
            h.relative ? relAnchor : Anchor.ABSOLUTE));
        int next = h.to;
        if (second != null) {
          out.add(second);
          while (next < t.size && t.start[next] < second.end()) {
            next++;
          }
        }
        i = next;
      }
      return out;
    }

    // -------------------------------------------------------------------------------------------
    // Entry: modifiers, then the cores

    @Nullable Hit match(int i) {
      // approximators and comparatives are part of the extent in TimeML ("almost a year", "up to 180 days")
      int j = i;
      String w = t.at(i);
      switch (w) {
        case "about", "around", "approximately", "nearly", "almost", "roughly", "some" -> j = i + 1;
        case "more", "less", "fewer" -> j = t.is(i + 1, "than") ? i + 2 : i;
        case "no" -> j = t.is(i + 1, "more") && t.is(i + 2, "than") ? i + 3 : i;
        case "over", "under" -> {
          // "over a month ago" keeps its modifier; "over three years" (a span) does not, as in TimeBank
          Hit ago = durationOrAgo(i + 1);
          if (ago != null && ago.type == TimeType.DATE) {
            return new Hit(i, ago.to, ago.type, ago.value, ago.relative);
          }
        }
        case "at" -> j = (t.is(i + 1, "least") || t.is(i + 1, "most")) ? i + 2 : i;
        case "up" -> j = t.is(i + 1, "to") ? i + 2 : i;
        default -> { }
      }
      if (j > i) {
        Hit core = durationOrAgo(j);
        if (core != null) {
          return new Hit(i, core.to, core.type, core.value, core.relative);
        }
        if (w.equals("some")) {
          return core(i);
        }
        return null;
      }
      return core(i);
    }

    /** The longest expression any rule family reads from token i. */
    @Nullable Hit core(int i) {
      Hit best = anaphoricDay(i);
      best = longer(best, durationOrAgo(i));
      best = longer(best, relativeDeterminer(i));
      best = longer(best, calendarDate(i));
      best = longer(best, deictic(i));
      best = longer(best, setExpression(i));
      try {
        best = longer(best, timeOfDay(i));
      } catch (NumberFormatException e) {
        // an odd digit group such as "3:4,5" is no clock time
      }
      return best;
    }

    static @Nullable Hit longer(@Nullable Hit a, @Nullable Hit b) {
      if (b == null) {
        return a;
      }
      if (a == null || b.to > a.to) {
        return b;
      }
      return a;
    }

    // -------------------------------------------------------------------------------------------
    // Numbers

    /** Result of reading a number: value (-1 when vague) and end token. */
    record Num(long value, int to) {}

    @Nullable Num number(int i) {
      String w = t.at(i);
      if (i >= t.size) {
        return null;
      }
      if (t.kind[i] == TimeTokens.NUM) {
        String digits = w.replace(",", "");
        if (!digits(digits) || digits.isEmpty() || digits.length() > 9) {
          return null; // "10:30", "3.5", "2014–2015" are no counts
        }
        return new Num(Long.parseLong(digits), i + 1);
      }
      if (w.equals("a") || w.equals("an")) {
        if (t.is(i + 1, "couple") && t.is(i + 2, "of")) {
          return new Num(2, i + 3);
        }
        if (t.is(i + 1, "few")) {
          return new Num(-1, i + 2);
        }
        if (t.is(i + 1, "dozen")) {
          return new Num(12, i + 2);
        }
        if (t.is(i + 1, "half") ) {
          return null;
        }
        return new Num(1, i + 1);
      }
      if (VAGUE_NUMBERS.contains(w)) {
        return new Num(-1, i + 1);
      }
      Integer v = NUMBERS.get(w);
      if (v != null) {
        // "twenty-five", "twenty five"
        int to = i + 1;
        long value = v;
        if (v >= 20 && v < 100) {
          int k = t.is(to, "-") ? to + 1 : to;
          Integer u = NUMBERS.get(t.at(k));
          if (u != null && u > 0 && u < 10 && !t.at(k).equals("a")) {
            value += u;
            to = k + 1;
          }
        }
        if (t.is(to, "hundred")) {
          value *= 100;
          to++;
        }
        return new Num(value, to);
      }
      return null;
    }

    /** A unit after position i, allowing a hyphen before it ("two-year"); returns its ISO code and end. */
    record Unit(String iso, int to, boolean plural) {}

    @Nullable Unit unit(int i) {
      int k = t.is(i, "-") ? i + 1 : i;
      String u = UNITS.get(t.at(k));
      if (u == null) {
        return null;
      }
      String w = t.at(k);
      boolean plural = w.endsWith("s") && !w.equals("hrs") || w.equals("centuries");
      // "two-year-old" is an age, not a duration
      if (t.is(k + 1, "-") && t.is(k + 2, "old")) {
        return null;
      }
      return new Unit(u, k + 1, plural);
    }

    static String period(long n, String iso) {
      String q = n < 0 ? "X" : Long.toString(n);
      return switch (iso) {
        case "S" -> "PT" + q + "S";
        case "MIN" -> "PT" + q + "M";
        case "H" -> "PT" + q + "H";
        case "WE" -> "P" + q + "WE";
        case "Q" -> n < 0 ? "PXQ" : "P" + (n * 3) + "M";
        case "CE" -> "P" + q + "E";
        case "DE" -> n < 0 ? "PXDE" : "P" + (n * 10) + "Y";
        default -> "P" + q + iso;
      };
    }

    // -------------------------------------------------------------------------------------------
    // Durations and "N units ago"

    @Nullable Hit durationOrAgo(int i) {
      Num n = number(i);
      int j;
      long value;
      if (n != null) {
        j = n.to;
        value = n.value;
      } else {
        return bareUnits(i);
      }
      if (value >= 1000 && t.kind[i] == TimeTokens.NUM && t.lower[i].length() == 4) {
        return null; // "the 1988 quarter" is a date, not 1988 quarters
      }
      boolean half = false;
      if (t.is(j, "1/2") && t.kind[i] == TimeTokens.NUM) {
        half = true; // "2 1/2 years"
        j++;
      }
      if (t.is(j, "more") || t.is(j, "additional") || t.is(j, "extra") || t.is(j, "straight")
          || t.is(j, "consecutive") || t.is(j, "full")) {
        j++; // "20 more years", "an additional year"
      }
      Unit u = unit(j);
      if (u != null && half) {
        String v = switch (u.iso) {
          case "Y" -> "P" + value + "Y6M";
          case "D" -> "P" + value + "DT12H";
          case "H" -> "PT" + value + "H30M";
          default -> null;
        };
        return v == null ? null : new Hit(i, u.to, TimeType.DURATION, v, false);
      }
      if (u == null) {
        // "1 1/2 hours", "a half hour"
        return null;
      }
      int to = u.to;
      if (t.is(to, "old") || t.is(to, "-") && t.is(to + 1, "old")) {
        return null; // an age: "52 years old"
      }
      String after = t.at(to);
      switch (after) {
        case "ago", "earlier", "before", "previously" -> {
          return offset(i, to + 1, value, u.iso, -1);
        }
        case "later", "after", "hence" -> {
          if (after.equals("after") && !(t.kind[to + 1 < t.size ? to + 1 : to] == TimeTokens.PUNCT || to + 1 >= t.size)) {
            break; // "two days after the vote" is a duration
          }
          return offset(i, to + 1, value, u.iso, +1);
        }
        case "from" -> {
          if (t.is(to + 1, "now") || t.is(to + 1, "today")) {
            return offset(i, to + 2, value, u.iso, +1);
          }
        }
        default -> { }
      }
      // "a year" alone after a price is a rate ("$5 a year"): skip when the left token is a number or currency
      if ((t.is(i, "a") || t.is(i, "an")) && i > 0 && rateContext(i - 1)) {
        return null;
      }
      // "one day" as in "one day, ..." is vague but stays a duration in TimeML
      String iso = u.iso;
      if (iso.equals("WE")) {
        return null;
      }
      // "the first nine months of 1989": handled by relativeDeterminer; here the bare count
      return new Hit(i, to, TimeType.DURATION, period(value, iso), false);
    }

    /** Whether token k before "a week" makes it a rate ("$5 million a year", "four flights a week"). */
    boolean rateContext(int k) {
      if (t.kind[k] == TimeTokens.NUM || t.kind[k] == TimeTokens.ALNUM) {
        return true;
      }
      String w = t.lower[k];
      switch (w) {
        case "%", "million", "billion", "thousand", "hundred", "percent", "cents", "times", "once", "twice" -> {
          return true;
        }
        default -> {
          return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !UNITS.containsKey(w)
              && !w.equals("was") && !w.equals("its") && !w.equals("has") && !w.equals("this");
        }
      }
    }

    /** "years", "for months", "decades", "centuries": vague durations after a preposition or determiner. */
    @Nullable Hit bareUnits(int i) {
      String w = t.at(i);
      String iso = UNITS.get(w);
      if (iso == null || !w.endsWith("s") && !w.equals("centuries") || iso.equals("WE") || iso.equals("Q")) {
        return null;
      }
      String prev = t.at(i - 1);
      if (prev.equals("for") || prev.equals("over") || prev.equals("within") || prev.equals("in")
          || prev.equals("after") || prev.equals("than") || prev.equals("lasting") || prev.equals("took")) {
        if (t.is(i + 1, "ago")) {
          return new Hit(i, i + 2, TimeType.DATE, "PAST_REF", false);
        }
        return new Hit(i, i + 1, TimeType.DURATION, period(-1, iso), false);
      }
      if (t.is(i + 1, "ago")) {
        return new Hit(i, i + 2, TimeType.DATE, "PAST_REF", false);
      }
      return null;
    }

    Hit offset(int from, int to, long n, String iso, int sign) {
      if (n > 5000) {
        n = -1; // "a million years ago" lies outside the calendar: a vague past or future
      }
      if (ref != null && n == 1 && iso.equals("Y") && sign < 0) {
        String focus = quarterInFocus(from);
        if (focus != null) {
          // "a year ago" in a report about a quarter is that quarter a year before (TimeML anchors it to
          // the time in focus, not to the publication date)
          derivedEnds.add(t.end[to - 1]);
          return new Hit(from, to, TimeType.DATE, yearBefore(focus), true);
        }
        if (sentenceMentions(from, "quarter")) {
          // earnings reports compare a quarter with the same quarter a year before (TimeBank practice)
          derivedEnds.add(t.end[to - 1]);
          return new Hit(from, to, TimeType.DATE, quarter(ref.minusMonths(15)), true);
        }
      }
      if (n < 0 || ref == null) {
        if (n < 0) {
          return new Hit(from, to, TimeType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", false);
        }
      }
      if (ref == null) {
        return new Hit(from, to, TimeType.DATE, underspecified(iso), false);
      }
      LocalDate r = ref;
      long k = sign * n;
      String v = switch (iso) {
        case "S", "MIN", "H" -> r.toString();
        case "D" -> r.plusDays(k).toString();
        case "W", "WE" -> week(r.plusWeeks(k));
        case "M" -> month(r.plusMonths(k));
        case "Q" -> quarter(r.plusMonths(3 * k));
        case "Y" -> Integer.toString(r.getYear() + (int) k);
        case "DE" -> decade(r.getYear() + 10 * (int) k);
        case "CE" -> century(r.getYear() + 100 * (int) k);
        default -> r.toString();
      };
      return new Hit(from, to, TimeType.DATE, v, true);
    }

    static String underspecified(String iso) {
      return switch (iso) {
        case "D", "S", "MIN", "H" -> "XXXX-XX-XX";
        case "W", "WE" -> "XXXX-WXX";
        case "M" -> "XXXX-XX";
        default -> "XXXX";
      };
    }

    // -------------------------------------------------------------------------------------------
    // this / last / next / past / the ... + unit, seasons, quarters, fiscal years

    @Nullable Hit relativeDeterminer(int i) {
      String w = t.at(i);
      int j = i;
      boolean the = false;
      if (w.equals("the")) {
        the = true;
        j++;
      }
      String d = t.at(j);
      // "earlier this year", "later this month", "early next year", "late last year"
      if (!the && (d.equals("earlier") || d.equals("later")) || d.equals("early") || d.equals("late")
          || d.equals("mid")) {
        int k = t.is(j + 1, "-") ? j + 2 : j + 1;
        Hit inner = relativeDeterminer(k);
        if (inner == null) {
          inner = calendarDate(k);
        }
        if (inner == null && !d.startsWith("earlier") && !d.equals("later")) {
          inner = deictic(k);
        }
        if (inner != null && inner.type != TimeType.DURATION && inner.type != TimeType.SET) {
          return new Hit(i, inner.to, inner.type, inner.value, inner.relative);
        }
        return null;
      }
      // "the end of the year", "the beginning of 2024", "the middle of next month"
      if (the && (d.equals("end") || d.equals("beginning") || d.equals("start") || d.equals("middle"))
          && t.is(j + 1, "of")) {
        Hit inner = relativeDeterminer(j + 2);
        if (inner == null) {
          inner = calendarDate(j + 2);
        }
        if (inner != null && inner.type == TimeType.DATE) {
          return new Hit(i, inner.to, inner.type, inner.value, inner.relative);
        }
        return null;
      }
      int dir;
      boolean durationDet = false;
      switch (d) {
        case "this", "current", "present", "same" -> dir = 0;
        case "that" -> {
          dir = 0;
          if (!the) {
            // "that day" refers back to a narrative time: leave it
            return null;
          }
        }
        case "last", "previous", "past", "latest", "preceding", "prior" -> {
          dir = -1;
          durationDet = d.equals("past") || d.equals("preceding") || (the && !d.equals("latest"));
        }
        case "next", "coming", "following", "upcoming" -> {
          dir = 1;
          durationDet = the && !d.equals("following") || d.equals("coming");
        }
        case "first", "second", "third", "fourth" -> {
          return ordinalPeriod(i, j, the);
        }
        case "fiscal" -> {
          return fiscal(i, j);
        }
        default -> {
          if (the) {
            Hit ya0 = yearAgo(j);
            if (ya0 != null) {
              return new Hit(i, ya0.to, ya0.type, ya0.value, ya0.relative);
            }
            Hit h = theNoun(i, j);
            if (h != null) {
              return h;
            }
            Num n = number(j);
            if (n != null && !t.is(j, "a") && !t.is(j, "an") && t.kind[j] != TimeTokens.NUM || n != null
                && t.kind[j] == TimeTokens.NUM && n.value < 1000) {
              Unit u = unit(n.to);
              if (u != null && !u.iso.equals("WE")) {
                // "the nine months", "the four days"
                return new Hit(i, u.to, TimeType.DURATION, period(n.value, u.iso), false);
              }
            }
            Hit inner = calendarDate(j);
            if (inner != null && inner.type != TimeType.DURATION && (inner.value.length() <= 3
                || inner.value.endsWith("SP") || inner.value.endsWith("SU") || inner.value.endsWith("FA")
                || inner.value.endsWith("WI") || t.is(inner.to - 1, "period") || t.is(inner.to - 1, "quarter"))) {
              // "the 1990s", "the spring of 2024", "the 1988 period"; not "the [Feb. 23] accord"
              return new Hit(i, inner.to, inner.type, inner.value, inner.relative);
            }
            String plural = UNITS.get(t.at(j));
            if (plural != null && t.at(j).endsWith("s") && t.is(j + 1, "ahead")) {
              return new Hit(i, j + 2, TimeType.DURATION, period(-1, plural), false); // "the weeks ahead"
            }
            String decade = DECADE_WORDS.get(t.at(j));
            if (decade != null) {
              return new Hit(i, j + 1, TimeType.DATE, decade, false);
            }
            Hit ya = yearAgo(j);
            if (ya != null) {
              return new Hit(i, ya.to, ya.type, ya.value, ya.relative);
            }
            if ((t.is(j, "near") || t.is(j, "short")) && (t.is(j + 1, "term") || t.is(j + 1, "future"))) {
              return new Hit(i, j + 2, TimeType.DATE, "FUTURE_REF", false);
            }
            if ((t.is(j, "latest") || t.is(j, "full")) && t.is(j + 1, "period") && ref != null) {
              return new Hit(i, j + 2, TimeType.DATE, quarter(ref.minusMonths(3)), true);
            }
            if (t.is(j, "full") && t.is(j + 1, "year") && ref != null) {
              return new Hit(i, j + 2, TimeType.DATE, Integer.toString(ref.getYear()), true);
            }
            Hit deic = deictic(j);
            if (deic != null && (t.is(j, "past") || t.is(j, "future") || t.is(j, "present"))) {
              return new Hit(i, deic.to, deic.type, deic.value, deic.relative);
            }
          }
          return null;
        }
      }
      int k = j + 1;
      if (t.is(k, "period") && (d.equals("latest") || d.equals("last") || d.equals("previous"))) {
        // "the latest period" in an earnings report: the last quarter reported
        if (ref == null) {
          return new Hit(i, k + 1, TimeType.DATE, "XXXX-QX", false);
        }
        return new Hit(i, k + 1, TimeType.DATE, quarter(ref.minusMonths(3)), true);
      }
      // "this fiscal year", "last fiscal year"
      if (t.is(k, "fiscal")) {
        Unit u = unit(k + 1);
        if (u != null && u.iso.equals("Y")) {
          if (ref == null) {
            return new Hit(i, u.to, TimeType.DATE, "XXXX", false);
          }
          return new Hit(i, u.to, TimeType.DATE, Integer.toString(ref.getYear() + dir), true);
        }
        return null;
      }
      // "the past two days", "the next few weeks", "the last 20 years"
      Num n = number(k);
      if (n != null && !t.is(k, "a") && !t.is(k, "an")) {
        Unit u = unit(n.to);
        if (u != null) {
          return new Hit(i, u.to, TimeType.DURATION, period(n.value, u.iso), false);
        }
        return null;
      }
      // seasons: "last summer", "this spring"
      String season = SEASONS.get(t.at(k));
      if (season != null) {
        if (ref == null) {
          return new Hit(i, k + 1, TimeType.DATE, "XXXX-" + season, false);
        }
        return new Hit(i, k + 1, TimeType.DATE, seasonYear(season, dir) + "-" + season, true);
      }
      // weekdays: "last Friday", "next Monday", "this Monday"
      Integer wd = WEEKDAYS.get(t.at(k));
      if (wd != null) {
        if (ref == null) {
          return new Hit(i, k + 1, TimeType.DATE, "XXXX-WXX-" + wd, false);
        }
        LocalDate r = ref;
        LocalDate date = switch (dir) {
          case -1 -> r.with(TemporalAdjusters.previous(DayOfWeek.of(wd)));
          case 1 -> r.with(TemporalAdjusters.next(DayOfWeek.of(wd)));
          default -> r.with(DayOfWeek.of(wd));
        };
        return withPartOfDay(new Hit(i, k + 1, TimeType.DATE, date.toString(), true));
      }
      // months: "last March", "next January"
      Integer mo = MONTHS.get(t.at(k));
      if (mo != null && t.kind[k] == TimeTokens.WORD && Character.isUpperCase(text.charAt(t.start[k]))) {
        if (ref == null) {
          return new Hit(i, k + 1, TimeType.DATE, "XXXX-" + two(mo), false);
        }
        int y = ref.getYear();
        if (dir == -1 && mo >= ref.getMonthValue()) {
          y--;
        } else if (dir == 1 && mo <= ref.getMonthValue()) {
          y++;
        }
        return new Hit(i, k + 1, TimeType.DATE, y + "-" + two(mo), true);
      }
      // "last night", "this morning", "this afternoon"
      String pod = PARTS_OF_DAY.get(t.at(k));
      if (pod != null) {
        if (ref == null) {
          return new Hit(i, k + 1, TimeType.TIME, "XXXX-XX-XXT" + pod, false);
        }
        LocalDate day = d.equals("last") && pod.equals("NI") ? ref.minusDays(1) : dir == 0 ? ref : ref.plusDays(dir);
        return new Hit(i, k + 1, TimeType.TIME, day + "T" + pod, true);
      }
      Unit u = unit(k);
      if (u == null || t.is(k, "-")) {
        // "the past", "the present"
        if (the && (d.equals("past") || d.equals("present"))) {
          return new Hit(i, j + 1, TimeType.DATE, d.equals("past") ? "PAST_REF" : "PRESENT_REF", false);
        }
        return null;
      }
      if (u.plural) {
        // "the past years", "the coming weeks"
        return new Hit(i, u.to, TimeType.DURATION, period(-1, u.iso), false);
      }
      if (durationDet && !u.iso.equals("WE") && !u.iso.equals("Q")) {
        return new Hit(i, u.to, TimeType.DURATION, period(1, u.iso), false);
      }
      if (d.equals("latest") && u.iso.equals("Q") || (dir == -1 && u.iso.equals("Q"))) {
        if (ref == null) {
          return new Hit(i, u.to, TimeType.DATE, "XXXX-QX", false);
        }
        return new Hit(i, u.to, TimeType.DATE, quarter(ref.minusMonths(3)), true);
      }
      if (ref == null) {
        return new Hit(i, u.to, TimeType.DATE, underspecified(u.iso), false);
      }
      return offset(i, u.to, Math.abs(dir), u.iso, dir == 0 ? 1 : dir);
    }

    /** "the year", "the quarter", "the week", "the weekend" referring to the current period. */
    @Nullable Hit theNoun(int i, int j) {
      String w = t.at(j);
      if (w.equals("year")) {
        Integer y = yearAt(j + 1);
        if (y != null) {
          return new Hit(i, j + 2, TimeType.DATE, Integer.toString(y), false);
        }
        Hit spoken = spokenYear(j + 1);
        if (spoken != null) {
          return new Hit(i, spoken.to, TimeType.DATE, spoken.value, false);
        }
      }
      String iso = UNITS.get(w);
      if (iso == null || w.endsWith("s")) {
        return null;
      }
      if (iso.equals("Y") && (t.is(j + 1, "ended") || t.is(j + 1, "ending"))) {
        // "for the year ended March 31": a fiscal year as a span
        return new Hit(i, j + 1, TimeType.DURATION, "P1Y", false);
      }
      if (ref == null) {
        return new Hit(i, j + 1, TimeType.DATE, underspecified(iso), false);
      }
      return switch (iso) {
        case "Y" -> new Hit(i, j + 1, TimeType.DATE, Integer.toString(ref.getYear()), true);
        case "Q" -> new Hit(i, j + 1, TimeType.DATE, quarter(tense(i) > 0 ? ref : ref.minusMonths(3)), true);
        case "M" -> new Hit(i, j + 1, TimeType.DATE, month(ref), true);
        case "W" -> new Hit(i, j + 1, TimeType.DATE, week(ref), true);
        case "WE" -> {
          LocalDate d = tense(i) > 0 ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
          yield new Hit(i, j + 1, TimeType.DATE, week(d) + "-WE", true);
        }
        default -> null;
      };
    }

    /** "(the) third quarter (of 1989)", "the first half", "the first nine months". */
    @Nullable Hit ordinalPeriod(int i, int j, boolean the) {
      int q = ORDINALS.getOrDefault(t.at(j), 0);
      int k = j + 1;
      if (t.is(k, "-")) {
        k++;
      }
      String w = t.at(k);
      boolean quarterWord = w.equals("quarter") || w.equals("quarters");
      boolean halfWord = w.equals("half");
      if (!quarterWord && !halfWord) {
        // "the first nine months"
        Num n = number(j + 1);
        if (the && n != null && n.value > 1) {
          Unit u = unit(n.to);
          if (u != null) {
            return new Hit(i, u.to, TimeType.DURATION, period(n.value, u.iso), false);
          }
        }
        return null;
      }
      if (quarterWord && q > 4 || halfWord && q > 2) {
        return null;
      }
      String code = quarterWord ? "Q" + q : "H" + q;
      int to = k + 1;
      // "of 1989", "of this year", "of last year"
      Integer year = null;
      boolean rel = false;
      if (t.is(to, "of") || t.is(to, ",")) {
        Integer y = yearAt(to + 1);
        if (y != null) {
          year = y;
          to += 2;
        } else if (ref != null && (t.is(to + 1, "this") || t.is(to + 1, "last") || t.is(to + 1, "next"))
            && t.is(to + 2, "year")) {
          year = ref.getYear() + (t.is(to + 1, "last") ? -1 : t.is(to + 1, "next") ? 1 : 0);
          rel = true;
          to += 3;
        }
      } else {
        Integer y = yearAt(to);
        if (y != null) {
          year = y;
          to++;
        }
      }
      if (year == null && i > 0) {
        // "1989 third quarter", "1989's first half"
        Integer y = yearAt(i - 1);
        if (y == null && t.is(i - 1, "'s")) {
          y = yearAt(i - 2);
        }
        if (y != null) {
          year = y;
        }
      }
      if (year == null) {
        if (ref == null) {
          return new Hit(i, to, TimeType.DATE, "XXXX-" + code, false);
        }
        int cur = quarterWord ? (ref.getMonthValue() - 1) / 3 + 1 : (ref.getMonthValue() - 1) / 6 + 1;
        int y = ref.getYear();
        int tense = tense(i);
        if (q > cur && tense < 0 || q >= cur && tense <= 0 && quarterWord && q > cur) {
          y--;
        }
        return new Hit(i, to, TimeType.DATE, y + "-" + code, true);
      }
      return new Hit(i, to, TimeType.DATE, year + "-" + code, rel);
    }

    @Nullable Hit fiscal(int i, int j) {
      int k = j + 1;
      if (t.is(k, "-")) {
        k++;
      }
      if (t.is(k, "year")) {
        k++;
      }
      Integer y = yearAt(k);
      if (y != null) {
        return new Hit(i, k + 1, TimeType.DATE, Integer.toString(y), false);
      }
      if (i < j && t.is(j + 1, "year") && ref != null) {
        // "the fiscal year"
        return new Hit(i, j + 2, TimeType.DURATION, "P1Y", false);
      }
      return null;
    }

    // -------------------------------------------------------------------------------------------
    // Calendar dates

    /** A year at token k: 4 digits 1000–2199, or a two-digit "'90" form is not a year here. */
    @Nullable Integer yearAt(int k) {
      if (k < 0 || k >= t.size || t.kind[k] != TimeTokens.NUM) {
        return null;
      }
      String w = t.lower[k];
      if (w.length() != 4 || !digits(w)) {
        return null;
      }
      int y = Integer.parseInt(w);
      return y >= 1000 && y <= 2199 ? y : null;
    }

    @Nullable Integer dayAt(int k) {
      if (k < 0 || k >= t.size) {
        return null;
      }
      String w = t.lower[k];
      if (t.kind[k] == TimeTokens.NUM && w.length() <= 2 && digits(w)) {
        int d = Integer.parseInt(w);
        return d >= 1 && d <= 31 ? d : null;
      }
      if (t.kind[k] == TimeTokens.ALNUM) {
        Integer o = ORDINALS.get(w);
        return o;
      }
      return null;
    }

    boolean monthToken(int k) {
      if (k < 0 || k >= t.size || t.kind[k] != TimeTokens.WORD) {
        return false;
      }
      String w = t.lower[k];
      if (!MONTHS.containsKey(w) || !Character.isUpperCase(text.charAt(t.start[k]))) {
        return false;
      }
      if (w.length() <= 4 && !w.endsWith(".") && !w.equals("may") && !w.equals("june") && !w.equals("july")) {
        // "Jan" without a dot is as often a first name: only with a day or year next to it
        return dayAt(k + 1) != null || yearAt(k + 1) != null || dayAt(k - 1) != null;
      }
      if (w.equals("may") || w.equals("march")) {
        // modal "May" / verb "March" at a sentence start: require a date context around it
        return dayAt(k + 1) != null || yearAt(k + 1) != null || dayAt(k - 1) != null
            || t.is(k - 1, "in") || t.is(k - 1, "of") || t.is(k - 1, "since") || t.is(k - 1, "until")
            || t.is(k - 1, "early") || t.is(k - 1, "late") || t.is(k - 1, "mid") || t.is(k - 1, "-")
            || t.is(k - 1, "last") || t.is(k - 1, "next") || t.is(k - 1, "this") || t.is(k - 1, "by")
            || t.is(k - 1, "through") || t.is(k - 1, "from") || t.is(k - 1, "to") || t.is(k - 1, "and");
      }
      return true;
    }

    @Nullable Hit calendarDate(int i) {
      String w = t.at(i);
      if (i >= t.size) {
        return null;
      }
      byte kind = t.kind[i];
      if (kind == TimeTokens.WORD) {
        if (monthToken(i)) {
          return monthFirst(i);
        }
        Integer wd = WEEKDAYS.get(w);
        if (wd != null && Character.isUpperCase(text.charAt(t.start[i]))) {
          return weekday(i, wd);
        }
        String season = SEASONS.get(w);
        if (season != null) {
          return season(i, season);
        }
        if (w.equals("christmas") || w.equals("thanksgiving") || w.equals("new")) {
          return holiday(i);
        }
        if (w.equals("fy") && i + 1 < t.size && t.start[i + 1] == t.end[i] && t.kind[i + 1] == TimeTokens.NUM
            && digits(t.lower[i + 1]) && (t.lower[i + 1].length() == 4 || t.lower[i + 1].length() == 2)) {
          // "FY2024", "FY24"
          int y = Integer.parseInt(t.lower[i + 1]);
          return new Hit(i, i + 2, TimeType.DATE, Integer.toString(y < 100 ? 2000 + y : y), false);
        }
        if ((w.equals("q") || w.equals("h")) && i + 1 < t.size && t.start[i + 1] == t.end[i]
            && t.lower[i + 1].length() == 1 && t.lower[i + 1].charAt(0) >= '1'
            && t.lower[i + 1].charAt(0) <= (w.equals("q") ? '4' : '2')
            && Character.isUpperCase(text.charAt(t.start[i]))) {
          // "Q2 2024", "H1"
          String code = (w.equals("q") ? "Q" : "H") + t.lower[i + 1];
          Integer y = yearAt(i + 2);
          if (y != null) {
            return new Hit(i, i + 3, TimeType.DATE, y + "-" + code, false);
          }
          if (ref == null) {
            return new Hit(i, i + 2, TimeType.DATE, "XXXX-" + code, false);
          }
          return new Hit(i, i + 2, TimeType.DATE, ref.getYear() + "-" + code, true);
        }
        Integer ord = ORDINALS.get(w);
        if (ord != null) {
          return centuryOrdinal(i, ord);
        }
        return spokenYear(i);
      }
      if (kind == TimeTokens.ALNUM) {
        // decades "1990s", "'90s"; ordinals "20th century"; "6th of August"
        if (DECADE.matcher(w).matches()) {
          return new Hit(i, i + 1, TimeType.DATE, w.substring(0, 3), false);
        }
        if (SHORT_DECADE.matcher(w).matches()) {
          return new Hit(i, i + 1, TimeType.DATE, "19" + w.charAt(1), false);
        }
        Integer ord = ORDINALS.get(w);
        if (ord != null) {
          Hit c = centuryOrdinal(i, ord);
          if (c != null) {
            return c;
          }
          if (t.is(i + 1, "of") && monthToken(i + 2)) {
            return dayMonth(i, ord, i + 2);
          }
          if (monthToken(i + 1)) {
            return dayMonth(i, ord, i + 1);
          }
        }
        return null;
      }
      if (kind != TimeTokens.NUM) {
        return null;
      }
      Hit numeric = numericDate(i, w);
      if (numeric != null) {
        return numeric;
      }
      Hit range = numericRange(i, w);
      if (range != null) {
        return range;
      }
      Integer day = dayAt(i);
      if (day != null && monthToken(i + 1)) {
        return dayMonth(i, day, i + 1);
      }
      if (day != null && t.is(i + 1, "of") && monthToken(i + 2)) {
        return dayMonth(i, day, i + 2);
      }
      Integer y = yearAt(i);
      if (y != null && plausibleYear(i)) {
        Integer o = ORDINALS.get(t.at(i + 1));
        if (o != null && o <= 4 && (t.is(i + 2, "quarter") || t.is(i + 2, "-") && t.is(i + 3, "quarter"))) {
          int to = t.is(i + 2, "-") ? i + 4 : i + 3;
          return new Hit(i, to, TimeType.DATE, y + "-Q" + o, false);
        }
        if (o != null && o <= 2 && t.is(i + 2, "half")) {
          return new Hit(i, i + 3, TimeType.DATE, y + "-H" + o, false);
        }
        if (t.is(i + 1, "period")) {
          return new Hit(i, i + 2, TimeType.DATE, Integer.toString(y), false);
        }
        if (t.is(i + 1, "quarter") && ref != null) {
          return new Hit(i, i + 2, TimeType.DATE, y + "-Q" + ((ref.minusMonths(3).getMonthValue() - 1) / 3 + 1), true);
        }
        return new Hit(i, i + 1, TimeType.DATE, Integer.toString(y), false);
      }
      Hit spoken = spokenYear(i);
      if (spoken != null) {
        return spoken;
      }
      return null;
    }

    /** "nineteen ninety-six", "two thousand (and) three" as spoken in broadcast transcripts. */
    @Nullable Hit spokenYear(int i) {
      String w = t.at(i);
      int base;
      int k;
      if (w.equals("nineteen") || w.equals("eighteen")) {
        base = w.equals("nineteen") ? 1900 : 1800;
        k = i + 1;
        Integer tens = NUMBERS.get(t.at(k));
        if (tens == null || tens < 10 || t.is(k, "a") || t.is(k, "an")) {
          return null;
        }
        Num n = number(k);
        if (n == null || n.value >= 100) {
          return null;
        }
        return new Hit(i, n.to, TimeType.DATE, Integer.toString(base + (int) n.value), false);
      }
      if (w.equals("two") && t.is(i + 1, "thousand")) {
        k = i + 2;
        if (t.is(k, "and")) {
          k++;
        }
        Num n = NUMBERS.containsKey(t.at(k)) && !t.is(k, "a") && !t.is(k, "an") ? number(k) : null;
        if (n != null && n.value < 100) {
          return new Hit(i, n.to, TimeType.DATE, Integer.toString(2000 + (int) n.value), false);
        }
        return new Hit(i, i + 2, TimeType.DATE, "2000", false);
      }
      return null;
    }

    /** "year-ago", "year-earlier", optionally followed by "quarter" or "period". */
    @Nullable Hit yearAgo(int i) {
      int k = i;
      if (t.is(k, "comparable") || t.is(k, "corresponding")) {
        k++;
      }
      if (!(t.is(k, "year") && t.is(k + 1, "-") && (t.is(k + 2, "ago") || t.is(k + 2, "earlier")))) {
        return null;
      }
      int to = k + 3;
      if (ref == null) {
        return new Hit(i, to, TimeType.DATE, "XXXX", false);
      }
      if (t.is(to, "quarter") || t.is(to, "period")) {
        // reports compare the latest quarter with the same one a year before
        derivedEnds.add(t.end[to]);
        return new Hit(i, to + 1, TimeType.DATE, quarter(ref.minusMonths(15)), true);
      }
      Integer q = ORDINALS.get(t.at(to));
      if (q != null && q <= 4 && (t.is(to + 1, "quarter") || t.is(to + 1, "-") && t.is(to + 2, "quarter"))) {
        int end = t.is(to + 1, "-") ? to + 3 : to + 2;
        derivedEnds.add(t.end[end - 1]);
        return new Hit(i, end, TimeType.DATE, (ref.getYear() - 1) + "-Q" + q, true);
      }
      String focus = quarterInFocus(i);
      if (focus != null) {
        derivedEnds.add(t.end[to - 1]);
        return new Hit(i, to, TimeType.DATE, yearBefore(focus), true);
      }
      return new Hit(i, to, TimeType.DATE, Integer.toString(ref.getYear() - 1), true);
    }

    /**
     * A day named by reference to the narrative rather than to the publication date: "that day", "that same
     * night", "earlier that day", "the same day", "the next day", "the day before". TimeML resolves these
     * against the last full date the text mentioned, so without such a date there is no hit here (and the
     * deictic rules may still read "the same day" against the reference).
     */
    @Nullable Hit anaphoricDay(int i) {
      int k = i;
      if (t.is(k, "earlier") || t.is(k, "later")) {
        k++;
        if (!t.is(k, "that")) {
          return null;
        }
      }
      int shift = 0;
      int to;
      String pod = null;
      if (t.is(k, "that")) {
        int d = t.is(k + 1, "same") || t.is(k + 1, "very") ? k + 2 : k + 1;
        if (!t.is(d, "day")) {
          pod = PARTS_OF_DAY.get(t.at(d));
          if (pod == null || pod.isEmpty() || t.at(d).equals("day")) {
            return null;
          }
        }
        to = d + 1;
      } else if (t.is(k, "the")) {
        String w = t.at(k + 1);
        if ((w.equals("same") || w.equals("next") || w.equals("following") || w.equals("previous"))
            && t.is(k + 2, "day")) {
          shift = w.equals("same") ? 0 : w.equals("previous") ? -1 : 1;
          to = k + 3;
        } else if (w.equals("day") && (t.is(k + 2, "before") || t.is(k + 2, "after"))
            && (k + 3 >= t.size || t.kind[k + 3] == TimeTokens.PUNCT)) {
          // only where "the day before" ends the phrase: in "the day before the vote" or "the day before
          // troops arrived" the anchor is another event
          shift = t.is(k + 2, "before") ? -1 : 1;
          to = k + 3;
        } else {
          return null;
        }
      } else {
        return null;
      }
      LocalDate antecedent = lastFullDate();
      if (antecedent == null) {
        return null;
      }
      String value = antecedent.plusDays(shift).toString();
      if (pod != null) {
        value += "T" + pod;
      }
      return new Hit(i, to, TimeType.DATE, value, true);
    }

    /** The latest day-precise date tagged so far, or null. */
    @Nullable LocalDate lastFullDate() {
      for (int k = out.size() - 1; k >= 0; k--) {
        String v = out.get(k).value();
        if (v.length() >= 10 && FULL_DATE.matcher(v.substring(0, 10)).matches()) {
          try {
            return LocalDate.parse(v.substring(0, 10));
          } catch (java.time.DateTimeException e) {
            return null;
          }
        }
      }
      return null;
    }

    /**
     * The quarter the discourse is about at token i: the value of the latest quarter-valued expression
     * ("the third quarter", "1989-Q3") tagged within {@value #FOCUS_CHARS} characters before it, or null.
     */
    @Nullable String quarterInFocus(int i) {
      int at = t.start[Math.min(i, t.size - 1)];
      for (int k = out.size() - 1; k >= 0; k--) {
        TimeExpression e = out.get(k);
        if (at - e.end() > FOCUS_CHARS) {
          return null;
        }
        if (e.type() == TimeType.DATE && QUARTER.matcher(e.value()).matches() && !derivedEnds.contains(e.end())) {
          return e.value();
        }
      }
      return null;
    }

    /** "1989-Q3" → "1988-Q3". */
    static String yearBefore(String yearQuarter) {
      return (Integer.parseInt(yearQuarter.substring(0, 4)) - 1) + yearQuarter.substring(4);
    }

    boolean plausibleYear(int i) {
      String prev = t.at(i - 1);
      if (prev.equals("$") || prev.equals("#") || prev.equals("no.") || prev.equals("number")) {
        return false;
      }
      String next = t.at(i + 1);
      if (next.equals("%") || next.equals("percent") || next.equals("people") || next.equals("troops")
          || next.equals("soldiers") || next.equals("shares") || next.equals("km") || next.equals("miles")
          || next.equals("meters") || next.equals("metres") || next.equals("feet") || next.equals("tons")
          || next.equals("tonnes") || next.equals("men") || next.equals("points")) {
        return false;
      }
      int y = Integer.parseInt(t.lower[i]);
      return y >= 1800 && y <= 2100;
    }

    @Nullable Hit centuryOrdinal(int i, int ord) {
      int k = i + 1;
      if (t.is(k, "-")) {
        k++;
      }
      if (t.is(k, "century")) {
        return new Hit(i, k + 1, TimeType.DATE, two(ord - 1), false);
      }
      return null;
    }

    /**
     * "26-30 April" and "2022-2023": a range becomes two expressions, as in TimeML; the second is queued
     * in {@link #pendingRangeEnd} and the first is cut at the dash.
     */
    @Nullable Hit numericRange(int i, String w) {
      int dash = Math.max(w.indexOf('-'), w.indexOf('\u2013'));
      if (dash <= 0 || dash == w.length() - 1) {
        return null;
      }
      String a = w.substring(0, dash);
      String b = w.substring(dash + 1);
      if (!digits(a) || !digits(b)) {
        return null;
      }
      int s = t.start[i];
      int firstEnd = s + dash;
      int es = firstEnd + 1;
      int ee = t.end[i];
      if (a.length() <= 2 && b.length() <= 2 && monthToken(i + 1)) {
        int d1 = Integer.parseInt(a);
        int d2 = Integer.parseInt(b);
        if (d1 < 1 || d2 > 31 || d1 >= d2) {
          return null;
        }
        Hit whole = dayMonth(i, d2, i + 1);
        if (whole == null) {
          return null;
        }
        // the first day shares the month and year of the second: "26-30 April 2025"
        String first = whole.value.substring(0, whole.value.length() - 2) + two(d1);
        pendingRangeEnd = new TimeExpression(es, t.end[whole.to - 1], text.substring(es, t.end[whole.to - 1]),
            TimeType.DATE, whole.value, whole.relative ? relAnchor : Anchor.ABSOLUTE);
        cutTok = i;
        cutAt = firstEnd;
        // emit only the first day's digits; the month belongs to the second expression
        return new Hit(i, i + 1, TimeType.DATE, first, whole.relative);
      }
      if (a.length() == 4 && (b.length() == 4 || b.length() == 2)) {
        int y1 = Integer.parseInt(a);
        int y2 = b.length() == 4 ? Integer.parseInt(b) : y1 / 100 * 100 + Integer.parseInt(b);
        if (y1 < 1800 || y1 > 2100 || y2 <= y1 || y2 - y1 > 100) {
          return null;
        }
        pendingRangeEnd = new TimeExpression(es, ee, text.substring(es, ee), TimeType.DATE, Integer.toString(y2),
            Anchor.ABSOLUTE);
        cutTok = i;
        cutAt = firstEnd;
        return new Hit(i, i + 1, TimeType.DATE, Integer.toString(y1), false);
      }
      return null;
    }

    /** "26.04.2025", "2025-04-26", "10/30/89", "4/26", "26-30" (not here). */
    @Nullable Hit numericDate(int i, String w) {
      int len = w.length();
      if (len < 6 || len > 10) {
        return null;
      }
      String[] p;
      char sep;
      if (w.indexOf('.') > 0) {
        sep = '.';
      } else if (w.indexOf('/') > 0) {
        sep = '/';
      } else if (w.indexOf('-') > 0) {
        sep = '-';
      } else {
        return null;
      }
      p = w.split(sep == '.' ? "\\." : String.valueOf(sep));
      if (p.length != 3) {
        return null;
      }
      try {
        int a = Integer.parseInt(p[0]);
        int b = Integer.parseInt(p[1]);
        int c = Integer.parseInt(p[2]);
        int y;
        int m;
        int d;
        if (p[0].length() == 4) {
          y = a;
          m = b;
          d = c;
        } else if (sep == '/') {
          m = a;
          d = b;
          y = p[2].length() == 2 ? (c > 30 ? 1900 + c : 2000 + c) : c;
        } else {
          d = a;
          m = b;
          y = p[2].length() == 2 ? (c > 30 ? 1900 + c : 2000 + c) : c;
        }
        if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2199 || p[2].length() == 3 || p[2].length() > 4
            || d > LocalDate.of(y, m, 1).lengthOfMonth()) {
          return null;
        }
        return new Hit(i, i + 1, TimeType.DATE, y + "-" + two(m) + "-" + two(d), false);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** "August", "August 6", "Aug. 6, 2024", "August 2024", "June last year", "April 26-30". */
    @Nullable Hit monthFirst(int i) {
      int mo = MONTHS.get(t.lower[i]);
      int k = i + 1;
      Integer day = null;
      String dayTok = t.at(k);
      int rangeEndDay = -1;
      int rangeTok = -1;
      if (k < t.size && t.kind[k] == TimeTokens.NUM && (dayTok.indexOf('-') > 0 || dayTok.indexOf('\u2013') > 0)) {
        String[] parts = dayTok.split("[-\u2013]");
        if (parts.length == 2 && parts[0].length() <= 2 && parts[1].length() <= 2 && digits(parts[0])
            && digits(parts[1])) {
          int a = Integer.parseInt(parts[0]);
          int b = Integer.parseInt(parts[1]);
          if (a >= 1 && a <= 31 && b > a && b <= 31) {
            day = a;
            rangeEndDay = b;
            rangeTok = k;
            k++;
          }
        }
      } else {
        Integer d = dayAt(k);
        if (d != null && yearAt(k) == null) {
          day = d;
          k++;
        }
      }
      Integer year = null;
      int to = k;
      if (day != null) {
        int c = t.is(k, ",") ? k + 1 : k;
        Integer y = yearAt(c);
        if (y != null) {
          year = y;
          to = c + 1;
        }
      } else {
        int c = t.is(k, ",") || t.is(k, "of") ? k + 1 : k;
        Integer y = yearAt(c);
        Hit spoken = y == null ? spokenYear(c) : null;
        if (y != null) {
          year = y;
          to = c + 1;
        } else if (spoken != null) {
          year = Integer.parseInt(spoken.value);
          to = spoken.to;
        } else if (k < t.size && SHORT_YEAR.matcher(t.lower[k]).matches()) {
          // "May '98"
          int yy = Integer.parseInt(t.lower[k].substring(1));
          year = yy > 30 ? 1900 + yy : 2000 + yy;
          to = k + 1;
        }
      }
      boolean relative = false;
      int y;
      if (year != null) {
        y = year;
      } else {
        // "June last year", "April this year"
        if ((t.is(to, "last") || t.is(to, "this") || t.is(to, "next")) && t.is(to + 1, "year")) {
          if (ref == null) {
            return new Hit(i, to + 2, TimeType.DATE, day == null ? "XXXX-" + two(mo) : "XXXX-" + two(mo) + "-" + two(day),
                false);
          }
          y = ref.getYear() + (t.is(to, "last") ? -1 : t.is(to, "next") ? 1 : 0);
          to += 2;
        } else if (ref == null) {
          String v = day == null ? "XXXX-" + two(mo) : "XXXX-" + two(mo) + "-" + two(day);
          Hit h = new Hit(i, to, TimeType.DATE, v, false);
          return rangeEnd(h, rangeTok, rangeEndDay, "XXXX", mo);
        } else {
          y = chooseYear(i, mo, day == null ? 0 : day);
        }
        relative = true;
      }
      if (day != null) {
        if (day > LocalDate.of(y, mo, 1).lengthOfMonth()) {
          return null;
        }
        Hit h = new Hit(i, to, TimeType.DATE, y + "-" + two(mo) + "-" + two(day), relative);
        h = withPartOfDay(h);
        return rangeEnd(h, rangeTok, rangeEndDay, Integer.toString(y), mo);
      }
      return new Hit(i, to, TimeType.DATE, y + "-" + two(mo), relative);
    }

    /** For "April 26-30": the main hit covers "April 26", and the range end "30" is queued separately. */
    Hit rangeEnd(Hit h, int rangeTok, int endDay, String year, int mo) {
      if (rangeTok < 0) {
        return h;
      }
      int s = t.start[rangeTok];
      String tok = text.substring(s, t.end[rangeTok]);
      int dash = Math.max(tok.indexOf('-'), tok.indexOf('\u2013'));
      // the first hit ends at the first day; the end day becomes its own expression (TimeML practice)
      int firstEnd = s + dash;
      int es = s + dash + 1;
      int ee = t.end[rangeTok];
      pendingRangeEnd = new TimeExpression(es, ee, text.substring(es, ee), TimeType.DATE,
          year + "-" + two(mo) + "-" + two(endDay), h.relative ? relAnchor : Anchor.ABSOLUTE);
      cutTok = rangeTok;
      cutAt = firstEnd;
      return h;
    }

    @Nullable Hit dayMonth(int i, int day, int monthTok) {
      int mo = MONTHS.get(t.lower[monthTok]);
      int to = monthTok + 1;
      int c = t.is(to, ",") ? to + 1 : to;
      Integer year = yearAt(c);
      boolean relative = false;
      int y;
      if (year != null) {
        y = year;
        to = c + 1;
      } else if (ref == null) {
        return new Hit(i, to, TimeType.DATE, "XXXX-" + two(mo) + "-" + two(day), false);
      } else {
        y = chooseYear(i, mo, day);
        relative = true;
      }
      if (day > LocalDate.of(y, mo, 1).lengthOfMonth()) {
        return null;
      }
      return withPartOfDay(new Hit(i, to, TimeType.DATE, y + "-" + two(mo) + "-" + two(day), relative));
    }

    /** The year of a month(-day) without one, by the tense of the sentence. day 0: month only. */
    int chooseYear(int i, int mo, int day) {
      LocalDate r = Objects.requireNonNull(ref);
      int tense = tense(i);
      int y = r.getYear();
      LocalDate same = LocalDate.of(y, mo, day == 0 ? 1 : Math.min(day, LocalDate.of(y, mo, 1).lengthOfMonth()));
      if (day == 0) {
        // a month: compare months
        int dm = mo - r.getMonthValue();
        if (tense > 0) {
          return dm < -1 ? y + 1 : y;
        }
        if (tense < 0 ? dm > 3 : dm > 4) {
          return y - 1;
        }
        return dm < -7 ? y + 1 : y;
      }
      long diff = same.toEpochDay() - r.toEpochDay();
      // news looks back more often than ahead: a date is taken as past unless it lies close ahead
      if (tense > 0) {
        return diff < 0 ? y + 1 : y;
      }
      if (tense < 0 ? diff > 92 : diff > 120) {
        return y - 1;
      }
      if (diff < -300) {
        return y + 1;
      }
      return y;
    }

    @Nullable Hit weekday(int i, int wd) {
      int k = i + 1;
      // "Friday, Oct. 23" / "Friday, 23 October"
      int c = t.is(k, ",") ? k + 1 : k;
      if (monthToken(c) && dayAt(c + 1) != null) {
        Hit m = monthFirst(c);
        if (m != null) {
          return new Hit(i, m.to, m.type, m.value, m.relative);
        }
      }
      if (dayAt(c) != null && monthToken(c + 1)) {
        Hit m = dayMonth(c, dayAt(c), c + 1);
        if (m != null) {
          return new Hit(i, m.to, m.type, m.value, m.relative);
        }
      }
      if (ref == null) {
        return withPartOfDay(new Hit(i, k, TimeType.DATE, "XXXX-WXX-" + wd, false));
      }
      int tense = tense(i);
      LocalDate r = ref;
      LocalDate d;
      if (tense > 0) {
        d = r.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(wd)));
      } else {
        d = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
      }
      return withPartOfDay(new Hit(i, k, TimeType.DATE, d.toString(), true));
    }

    /**
     * Extends a day-valued hit by a following part of day ("Friday morning", "Wednesday night"). The type
     * stays DATE, as TimeBank and AQUAINT annotate these three times in four.
     */
    Hit withPartOfDay(Hit h) {
      String pod = PARTS_OF_DAY.get(t.at(h.to));
      if (pod != null && !pod.isEmpty()) {
        return new Hit(h.from, h.to + 1, TimeType.DATE, h.value + "T" + pod, h.relative);
      }
      return h;
    }

    @Nullable Hit season(int i, String code) {
      int k = i + 1;
      int c = t.is(k, "of") ? k + 1 : k;
      Integer y = yearAt(c);
      if (y != null) {
        return new Hit(i, c + 1, TimeType.DATE, y + "-" + code, false);
      }
      String prev = t.at(i - 1);
      if (!(prev.equals("in") || prev.equals("the") || prev.equals("this") || prev.equals("during")
          || prev.equals("by") || prev.equals("until") || prev.equals("since") || prev.equals("early")
          || prev.equals("late") || prev.equals("next") || prev.equals("last"))) {
        return null;
      }
      if (t.at(i + 1).equals("season") || UNITS.containsKey(t.at(i + 1))) {
        return null;
      }
      if (ref == null) {
        return new Hit(i, i + 1, TimeType.DATE, "XXXX-" + code, false);
      }
      int tense = tense(i);
      int year = tense < 0 ? seasonYearStartedBy(code) : tense > 0 ? seasonYearNotEnded(code) : seasonYear(code, 0);
      return new Hit(i, i + 1, TimeType.DATE, year + "-" + code, true);
    }

    @Nullable Hit holiday(int i) {
      String w = t.at(i);
      int to;
      int mo;
      int day;
      if (w.equals("christmas")) {
        to = i + 1;
        if (t.is(to, "eve")) {
          to++;
          mo = 12;
          day = 24;
        } else {
          if (t.is(to, "day")) {
            to++;
          }
          mo = 12;
          day = 25;
        }
      } else if (w.equals("new") && (t.is(i + 1, "year's") || t.is(i + 1, "year\u2019s"))) {
        to = i + 2;
        if (t.is(to, "eve")) {
          to++;
          mo = 12;
          day = 31;
        } else if (t.is(to, "day")) {
          to++;
          mo = 1;
          day = 1;
        } else {
          return null;
        }
      } else if (w.equals("thanksgiving")) {
        to = i + 1;
        if (t.is(to, "day")) {
          to++;
        }
        if (ref == null) {
          return new Hit(i, to, TimeType.DATE, "XXXX-11", false);
        }
        int y = chooseYear(i, 11, 25);
        if (t.is(i - 1, "last")) {
          y = ref.getMonthValue() == 12 ? ref.getYear() : ref.getYear() - 1;
          i--;
        }
        LocalDate d = LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        return new Hit(i, to, TimeType.DATE, d.toString(), true);
      } else {
        return null;
      }
      Integer y = yearAt(to);
      if (y != null) {
        return new Hit(i, to + 1, TimeType.DATE, y + "-" + two(mo) + "-" + two(day), false);
      }
      if (ref == null) {
        return new Hit(i, to, TimeType.DATE, "XXXX-" + two(mo) + "-" + two(day), false);
      }
      return new Hit(i, to, TimeType.DATE, chooseYear(i, mo, day) + "-" + two(mo) + "-" + two(day), true);
    }

    // -------------------------------------------------------------------------------------------
    // Deictic words

    @Nullable Hit deictic(int i) {
      String w = t.at(i);
      switch (w) {
        case "today" -> {
          return dayRelative(i, 0);
        }
        case "yesterday" -> {
          return dayRelative(i, -1);
        }
        case "tomorrow" -> {
          return dayRelative(i, 1);
        }
        case "overnight" -> {
          // "drones launched overnight": the night before the report
          if (UNITS.containsKey(t.at(i + 1)) || t.kind[Math.min(i + 1, t.size - 1)] == TimeTokens.WORD
              && i + 1 < t.size && !ADVERB_FOLLOWERS.contains(t.at(i + 1))) {
            return null; // "an overnight stay"
          }
          if (ref == null) {
            return new Hit(i, i + 1, TimeType.TIME, "XXXX-XX-XXTNI", false);
          }
          return new Hit(i, i + 1, TimeType.TIME, ref.minusDays(1) + "TNI", true);
        }
        case "tonight" -> {
          if (ref == null) {
            return new Hit(i, i + 1, TimeType.TIME, "XXXX-XX-XXTNI", false);
          }
          return new Hit(i, i + 1, TimeType.TIME, ref + "TNI", true);
        }
        case "now", "currently", "nowadays" -> {
          return new Hit(i, i + 1, TimeType.DATE, "PRESENT_REF", false);
        }
        case "current" -> {
          // "current" as an adjective before a noun that is not a time unit is still PRESENT_REF in TimeBank
          if (UNITS.containsKey(t.at(i + 1)) || t.is(i + 1, "fiscal")) {
            return null;
          }
          return new Hit(i, i + 1, TimeType.DATE, "PRESENT_REF", false);
        }
        case "year", "year's" -> {
          Hit ya = yearAgo(i);
          if (ya != null) {
            return ya;
          }
          // "by year-end", "year end", "year's end"
          int k = t.is(i + 1, "-") ? i + 2 : i + 1;
          if (t.is(k, "end")) {
            if (ref == null) {
              return new Hit(i, k + 1, TimeType.DATE, "XXXX", false);
            }
            return new Hit(i, k + 1, TimeType.DATE, Integer.toString(ref.getYear()), true);
          }
          return null;
        }
        case "recently", "lately" -> {
          return new Hit(i, i + 1, TimeType.DATE, "PAST_REF", false);
        }
        case "recent" -> {
          Unit u = unit(i + 1);
          if (u != null && u.plural) {
            return new Hit(i, u.to, TimeType.DATE, "PAST_REF", false);
          }
          // a bare "recent" ("the recent attacks") is left alone: TimeBank tags it less often than not
          return null;
        }
        case "future" -> {
          // "the future", "the near future"; not "future payments", "the future of", "the foreseeable future"
          boolean determined = t.is(i - 1, "the") || t.is(i - 1, "near") && t.is(i - 2, "the");
          if (!determined || t.is(i + 1, "of") || t.is(i - 1, "foreseeable")) {
            return null;
          }
          return new Hit(i, i + 1, TimeType.DATE, "FUTURE_REF", false);
        }
        case "soon" -> {
          if (t.is(i + 1, "after") || t.is(i + 1, "as")) {
            return null;
          }
          return new Hit(i, i + 1, TimeType.DATE, "FUTURE_REF", false);
        }
        case "past" -> {
          return t.is(i - 1, "the") ? new Hit(i, i + 1, TimeType.DATE, "PAST_REF", false) : null;
        }
        case "present" -> {
          return t.is(i - 1, "at") || t.is(i - 1, "the") ? new Hit(i, i + 1, TimeType.DATE, "PRESENT_REF", false)
              : null;
        }
        case "these" -> {
          return t.is(i + 1, "days") ? new Hit(i, i + 2, TimeType.DATE, "PRESENT_REF", false) : null;
        }
        case "year-earlier", "year-ago" -> {
          if (ref == null) {
            return new Hit(i, i + 1, TimeType.DATE, "XXXX", false);
          }
          return new Hit(i, i + 1, TimeType.DATE, Integer.toString(ref.getYear() - 1), true);
        }
        case "its" -> {
          // "in its seventh year", "enters its fourth year": the Nth year running, as a duration
          Integer ord = ORDINALS.get(t.at(i + 1));
          if (ord != null) {
            int k = i + 2;
            if (t.is(k, "straight") || t.is(k, "consecutive") || t.is(k, "full")) {
              k++;
            }
            Unit u = unit(k);
            if (u != null && !u.plural && !u.iso.equals("WE") && !u.iso.equals("Q")) {
              return new Hit(i + 1, u.to, TimeType.DURATION, period(ord, u.iso), false);
            }
          }
          return null;
        }
        case "mid", "mid-" -> {
          int k = t.is(i + 1, "-") ? i + 2 : i + 1;
          Hit inner = calendarDate(k);
          if (inner != null) {
            return new Hit(i, inner.to, inner.type, inner.value, inner.relative);
          }
          return null;
        }
        default -> {
          return null;
        }
      }
    }

    Hit dayRelative(int i, int delta) {
      if (ref == null) {
        return withPartOfDay(new Hit(i, i + 1, TimeType.DATE, "XXXX-XX-XX", false));
      }
      return withPartOfDay(new Hit(i, i + 1, TimeType.DATE, ref.plusDays(delta).toString(), true));
    }

    // -------------------------------------------------------------------------------------------
    // Sets

    @Nullable Hit setExpression(int i) {
      String w = t.at(i);
      String adv = SET_ADVERBS.get(w);
      if (adv != null) {
        // the adverb ("rose 20% annually"), not the adjective ("its quarterly dividend")
        String next = t.at(i + 1);
        if (i + 1 >= t.size || t.isPunct(i + 1) || ADVERB_FOLLOWERS.contains(next)) {
          return new Hit(i, i + 1, TimeType.SET, adv, false);
        }
        if (EVENT_FREQUENCY_ADJECTIVES.contains(w) && t.kind[i + 1] == TimeTokens.WORD
            && Character.isLowerCase(text.charAt(t.start[i + 1]))) {
          // a capitalised name after it makes "daily" a newspaper ("the party daily Pravda")
          // TimeML tags the frequency of an event noun ("a daily rally", "weekly flights") as a SET; the
          // financial adjectives ("quarterly dividend", "annual report") name a period, not a recurrence
          return new Hit(i, i + 1, TimeType.SET, adv, false);
        }
        return null;
      }
      Integer wdp = WEEKDAYS_PLURAL.get(w);
      if (wdp != null && Character.isUpperCase(text.charAt(t.start[i]))) {
        return new Hit(i, i + 1, TimeType.SET, "XXXX-WXX-" + wdp, false);
      }
      if (w.equals("every") || w.equals("each")) {
        int k = i + 1;
        Integer wd = WEEKDAYS.get(t.at(k));
        if (wd != null) {
          return new Hit(i, k + 1, TimeType.SET, "XXXX-WXX-" + wd, false);
        }
        Integer mo = MONTHS.get(t.at(k));
        if (mo != null && monthToken(k)) {
          return new Hit(i, k + 1, TimeType.SET, "XXXX-" + two(mo), false);
        }
        String season = SEASONS.get(t.at(k));
        if (season != null) {
          return new Hit(i, k + 1, TimeType.SET, "XXXX-" + season, false);
        }
        Num n = t.is(k, "other") ? new Num(2, k + 1) : number(k);
        if (n != null && (t.kind[k] == TimeTokens.NUM || NUMBERS.containsKey(t.at(k)) || t.is(k, "other"))) {
          Unit u = unit(n.to);
          if (u != null) {
            return new Hit(i, u.to, TimeType.SET, period(n.value, u.iso), false);
          }
        }
        Unit u = unit(k);
        if (u != null && !u.plural) {
          return new Hit(i, u.to, TimeType.SET, period(1, u.iso), false);
        }
        String pod = PARTS_OF_DAY.get(t.at(k));
        if (pod != null) {
          return new Hit(i, k + 1, TimeType.SET, "XXXX-XX-XXT" + pod, false);
        }
        return null;
      }
      // "twice a week", "three times a day", "several times per day", "once a month"
      int k;
      if (w.equals("once") || w.equals("twice")) {
        k = i + 1;
      } else {
        Num n = number(i);
        if (n == null || !t.is(n.to, "times")) {
          return null;
        }
        k = n.to + 1;
      }
      if (t.is(k, "a") || t.is(k, "an") || t.is(k, "per") || t.is(k, "each") || t.is(k, "every")) {
        Unit u = unit(k + 1);
        if (u != null && !u.plural) {
          return new Hit(i, u.to, TimeType.SET, period(1, u.iso), false);
        }
      }
      return null;
    }

    // -------------------------------------------------------------------------------------------
    // Clock times

    @Nullable Hit timeOfDay(int i) {
      String w = t.at(i);
      if (w.equals("noon") || w.equals("midnight") || w.equals("midday")) {
        if (!(t.is(i - 1, "at") || t.is(i - 1, "by") || t.is(i - 1, "until") || t.is(i - 1, "before")
            || t.is(i - 1, "after") || t.is(i - 1, "since"))) {
          return null;
        }
        String hm = w.equals("midnight") ? "24:00" : "12:00";
        return clock(i, i + 1, hm);
      }
      if (i >= t.size || t.kind[i] != TimeTokens.NUM) {
        return null;
      }
      int h;
      int m = 0;
      int colon = w.indexOf(':');
      if (colon > 0) {
        String[] p = w.split(":");
        if (p.length < 2 || p[0].length() > 2 || p[1].length() != 2) {
          return null;
        }
        h = Integer.parseInt(p[0]);
        m = Integer.parseInt(p[1]);
        if (h > 24 || m > 59) {
          return null;
        }
      } else if (w.length() <= 2 && w.indexOf('.') < 0 && w.indexOf(',') < 0) {
        h = Integer.parseInt(w);
        if (h > 12 || h == 0) {
          return null;
        }
      } else if (w.indexOf('.') == w.length() - 3 && w.length() <= 5 && w.indexOf('.') > 0) {
        // "10.30 a.m."
        String[] p = w.split("\\.");
        h = Integer.parseInt(p[0]);
        m = Integer.parseInt(p[1]);
        if (h > 12 || m > 59 || !isMeridiem(t.at(i + 1))) {
          return null;
        }
      } else {
        return null;
      }
      int to = i + 1;
      String mer = t.at(to);
      if (isMeridiem(mer)) {
        boolean pm = mer.startsWith("p");
        if (pm && h < 12) {
          h += 12;
        } else if (!pm && h == 12) {
          h = 0;
        }
        to++;
      } else if (t.is(to, "o'clock")) {
        to++;
      } else if (colon < 0) {
        return null;
      }
      // time zone abbreviation
      String z = t.at(to);
      if (z.equals("gmt") || z.equals("utc") || z.equals("est") || z.equals("edt") || z.equals("pst")
          || z.equals("pdt") || z.equals("cet") || z.equals("cest") || z.equals("msk") || z.equals("eet")
          || z.equals("eest") || z.equals("cst") || z.equals("cdt") || z.equals("local")) {
        to++;
        if (z.equals("local") && t.is(to, "time")) {
          to++;
        }
      }
      return clock(i, to, two(h) + ":" + two(m));
    }

    /** The latest expression with a day value ending within {@value #DAY_CONTEXT_CHARS} characters before. */
    @Nullable TimeExpression recentDay(int offset) {
      for (int k = out.size() - 1; k >= 0; k--) {
        TimeExpression e = out.get(k);
        if (offset - e.end() > DAY_CONTEXT_CHARS) {
          return null;
        }
        if (e.value().length() >= 10 && FULL_DATE.matcher(e.value().substring(0, 10)).matches()) {
          return e;
        }
      }
      return null;
    }

    static boolean isMeridiem(String s) {
      return s.equals("a.m.") || s.equals("p.m.") || s.equals("am") || s.equals("pm") || s.equals("a.m")
          || s.equals("p.m");
    }

    Hit clock(int i, int to, String hm) {
      // "10:30 a.m. Monday", "10 a.m. today", "at 3 p.m. on Friday"
      int k = t.is(to, ",") ? to + 1 : to;
      if (t.is(k, "on")) {
        k++;
      }
      Hit day = null;
      Integer wd = WEEKDAYS.get(t.at(k));
      if (monthToken(k) && dayAt(k + 1) != null) {
        day = monthFirst(k);
      } else if (wd != null) {
        day = weekday(k, wd);
      } else if (t.is(k, "today") || t.is(k, "yesterday") || t.is(k, "tomorrow")) {
        day = deictic(k);
      }
      if (day != null && day.type == TimeType.DATE && day.value.length() == 10) {
        return new Hit(i, day.to, TimeType.TIME, day.value + "T" + hm, day.relative);
      }
      // a bare clock time belongs to the day just mentioned ("on Oct. 23 ... at 10 p.m."), else to the reference
      TimeExpression recent = recentDay(t.start[i]);
      if (recent != null) {
        return new Hit(i, to, TimeType.TIME, recent.value().substring(0, 10) + "T" + hm,
            recent.anchor() != Anchor.ABSOLUTE);
      }
      if (ref == null) {
        return new Hit(i, to, TimeType.TIME, "XXXX-XX-XXT" + hm, false);
      }
      return new Hit(i, to, TimeType.TIME, ref + "T" + hm, true);
    }

    // -------------------------------------------------------------------------------------------
    // Tense

    /**
     * The tense around token i within its sentence: +1 future when a future cue (will, shall, 'll, going to,
     * plans/planned to, expected to, scheduled, due to, as soon as) lies within a few tokens of it; else -1
     * past when the sentence has a past cue (was, were, had, an -ed verb; reporting verbs such as "said" do
     * not count, as they date the report, not the event); else 0.
     */
    int tense(int i) {
      // the sentence, capped so that text without punctuation stays linear
      int from = i;
      while (from > 0 && i - from < SENTENCE_CAP && !sentenceEnd(from - 1)) {
        from--;
      }
      int to = i;
      while (to < t.size && to - i < SENTENCE_CAP && !sentenceEnd(to)) {
        to++;
      }
      boolean past = false;
      for (int k = from; k < to && k < t.size; k++) {
        if (k == i) {
          continue;
        }
        int cue = cue(k);
        if (cue > 0 && k >= i - FUTURE_WINDOW_BEFORE && k <= i + FUTURE_WINDOW_AFTER) {
          return 1; // a modal or plan verb near the expression is rare and decisive
        }
        past |= cue < 0;
      }
      return past ? -1 : 0;
    }

    boolean sentenceMentions(int i, String word) {
      for (int k = i; k >= 0 && i - k < SENTENCE_CAP && !sentenceEnd(k); k--) {
        if (t.lower[k].equals(word)) {
          return true;
        }
      }
      for (int k = i + 1; k < t.size && k - i < SENTENCE_CAP && !sentenceEnd(k); k++) {
        if (t.lower[k].equals(word)) {
          return true;
        }
      }
      return false;
    }

    boolean sentenceEnd(int k) {
      if (t.kind[k] != TimeTokens.PUNCT) {
        return false;
      }
      char c = text.charAt(t.start[k]);
      return c == '.' || c == '!' || c == '?' || c == ';';
    }

    int cue(int k) {
      if (t.kind[k] != TimeTokens.WORD) {
        return 0;
      }
      String w = t.lower[k];
      switch (w) {
        case "will", "shall", "'ll", "plans", "plan", "scheduled", "upcoming", "intends", "tomorrow",
             "won't" -> {
          return 1;
        }
        case "going", "planning", "planned", "preparing", "set" -> {
          return t.is(k + 1, "to") ? 1 : w.equals("planned") ? -1 : 0;
        }
        case "soon", "early" -> {
          // "as soon as Tuesday", "as early as next week"
          return t.is(k - 1, "as") && t.is(k + 1, "as") ? 1 : 0;
        }
        case "due" -> {
          return t.is(k + 1, "to") ? 1 : 0;
        }
        case "expected" -> {
          return t.is(k + 1, "to") ? 1 : -1;
        }
        case "was", "were", "had", "did", "ago", "yesterday", "last", "wrote", "came",
             "went", "took", "gave", "made", "began", "saw", "met", "fell", "rose", "won", "lost", "left",
             "struck", "led", "held", "fought", "sent", "killed",
             "earlier", "previously", "wasn't", "weren't", "didn't", "hadn't" -> {
          return -1;
        }
        case "said", "told", "announced", "reported", "added", "stated", "claimed", "noted" -> {
          return 0; // the reporting verb dates the statement, not the event
        }
        default -> {
          if (w.length() > 4 && w.endsWith("ed") && !w.equals("need") && !w.equals("speed")
              && !w.equals("hundred") && !w.equals("proceed") && !w.equals("exceed") && !w.equals("succeed")
              && !w.equals("indeed") && !w.equals("breed") && !w.equals("embed") && !w.equals("united")) {
            // a participle after "will be"/"is to be" stays future; the nearest-cue rule handles that
            return -1;
          }
          return 0;
        }
      }
    }

    // -------------------------------------------------------------------------------------------
    // Formatting

    static boolean digits(String w) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    static String two(int n) {
      return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String month(LocalDate d) {
      return d.getYear() + "-" + two(d.getMonthValue());
    }

    static String week(LocalDate d) {
      return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(LocalDate d) {
      return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static String decade(int year) {
      return Integer.toString(year / 10);
    }

    static String century(int year) {
      return two(year / 100);
    }

    /** The year of a season: -1 the latest one over before the reference, +1 the next one to start. */
    int seasonYear(String code, int dir) {
      LocalDate r = Objects.requireNonNull(ref);
      int y = r.getYear();
      if (dir < 0) {
        while (!seasonStart(y, code).plusMonths(3).isBefore(r)) {
          y--;
        }
        return y;
      }
      if (dir > 0) {
        while (!seasonStart(y, code).isAfter(r)) {
          y++;
        }
        return y;
      }
      return code.equals("WI") && r.getMonthValue() <= 2 ? y - 1 : y;
    }

    /** The latest season of that name that has started by the reference date. */
    int seasonYearStartedBy(String code) {
      LocalDate r = Objects.requireNonNull(ref);
      int y = r.getYear();
      while (seasonStart(y, code).isAfter(r)) {
        y--;
      }
      return y;
    }

    /** The earliest season of that name that has not ended by the reference date. */
    int seasonYearNotEnded(String code) {
      LocalDate r = Objects.requireNonNull(ref);
      int y = r.getYear() - 1;
      while (seasonStart(y, code).plusMonths(3).isBefore(r)) {
        y++;
      }
      return y;
    }

    /** First day of a season; winter starts in December of its year, as {@link TimeValues} reads it. */
    static LocalDate seasonStart(int y, String code) {
      return switch (code) {
        case "SP" -> LocalDate.of(y, 3, 1);
        case "SU" -> LocalDate.of(y, 6, 1);
        case "FA" -> LocalDate.of(y, 9, 1);
        default -> LocalDate.of(y, 12, 1);
      };
    }

    static String seasonOf(LocalDate d) {
      int m = d.getMonthValue();
      return m <= 2 || m == 12 ? "WI" : m <= 5 ? "SP" : m <= 8 ? "SU" : "FA";
    }

    static int seasonIndex(String code) {
      return switch (code) {
        case "WI" -> 0;
        case "SP" -> 1;
        case "SU" -> 2;
        default -> 3;
      };
    }
  }
}
