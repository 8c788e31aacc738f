package dev.scrutiny.time;

import static dev.scrutiny.time.TimeFormat.two;

import dev.scrutiny.time.Quantities.Num;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Calendar names: years ({@link TimexRule#YEAR}, {@code SPOKEN_YEAR}, {@code DECADE}, {@code CENTURY}),
 * weekdays, seasons, holidays, "Q2 2024", "FY2024", "1989 third quarter" and "year-ago"; month-day
 * dates go to {@link MonthDayRules}.
 */
final class CalendarRules {

  private static final Pattern DECADE = Pattern.compile("1\\d\\d0s|20\\d0s");
  private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019]\\d0s");

  private CalendarRules() {}

  static @Nullable Hit calendarDate(TimeContext c, int i) {
    if (i >= c.t.size) {
      return null;
    }
    return switch (c.t.kind[i]) {
      case TimeTokens.WORD -> word(c, i);
      case TimeTokens.ALNUM -> alphanumeric(c, i);
      case TimeTokens.NUM -> number(c, i);
      default -> null;
    };
  }

  private static @Nullable Hit word(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.lower[i];
    if (c.monthToken(i)) {
      return MonthDayRules.monthFirst(c, i);
    }
    Integer wd = TimeLexicon.WEEKDAYS.get(w);
    if (wd != null && c.upper(i)) {
      return weekday(c, i, wd);
    }
    String season = TimeLexicon.SEASONS.get(w);
    if (season != null) {
      return season(c, i, season);
    }
    if (w.equals("christmas") || w.equals("thanksgiving") || w.equals("new")) {
      return Holidays.holiday(c, i);
    }
    if (w.equals("fy") && i + 1 < t.size && t.start[i + 1] == t.end[i] && t.kind[i + 1] == TimeTokens.NUM
        && TimeFormat.digits(t.lower[i + 1]) && (t.lower[i + 1].length() == 4 || t.lower[i + 1].length() == 2)) {
      // "FY2024", "FY24"
      int y = Integer.parseInt(t.lower[i + 1]);
      return new Hit(i, i + 2, TimeType.DATE, Integer.toString(y < 100 ? 2000 + y : y), false, TimexRule.FISCAL_YEAR);
    }
    if ((w.equals("q") || w.equals("h")) && i + 1 < t.size && t.start[i + 1] == t.end[i]
        && t.lower[i + 1].length() == 1 && t.lower[i + 1].charAt(0) >= '1'
        && t.lower[i + 1].charAt(0) <= (w.equals("q") ? '4' : '2') && c.upper(i)) {
      return quarterCode(c, i, (w.equals("q") ? "Q" : "H") + t.lower[i + 1]);
    }
    Integer ord = TimeLexicon.ORDINALS.get(w);
    if (ord != null) {
      return centuryOrdinal(c, i, ord);
    }
    return spokenYear(c, i);
  }

  /** "Q2 2024", "H1". */
  private static Hit quarterCode(TimeContext c, int i, String code) {
    Integer y = c.yearAt(i + 2);
    if (y != null) {
      return new Hit(i, i + 3, TimeType.DATE, y + "-" + code, false, TimexRule.QUARTER_OR_HALF);
    }
    if (c.ref == null) {
      return new Hit(i, i + 2, TimeType.DATE, "XXXX-" + code, false, TimexRule.QUARTER_OR_HALF);
    }
    return new Hit(i, i + 2, TimeType.DATE, c.ref.getYear() + "-" + code, true, TimexRule.QUARTER_OR_HALF);
  }

  /** Decades "1990s", "'90s"; ordinals "20th century"; "6th of August", "6th August". */
  private static @Nullable Hit alphanumeric(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.lower[i];
    if (DECADE.matcher(w).matches()) {
      return new Hit(i, i + 1, TimeType.DATE, w.substring(0, 3), false, TimexRule.DECADE);
    }
    if (SHORT_DECADE.matcher(w).matches()) {
      return new Hit(i, i + 1, TimeType.DATE, "19" + w.charAt(1), false, TimexRule.DECADE);
    }
    Integer ord = TimeLexicon.ORDINALS.get(w);
    if (ord == null) {
      return null;
    }
    Hit century = centuryOrdinal(c, i, ord);
    if (century != null) {
      return century;
    }
    if (t.is(i + 1, "of") && c.monthToken(i + 2)) {
      return MonthDayRules.dayMonth(c, i, ord, i + 2);
    }
    if (c.monthToken(i + 1)) {
      return MonthDayRules.dayMonth(c, i, ord, i + 1);
    }
    return null;
  }

  /** Digits: "26.04.2025", "26-30 April", "2022-2023", "6 August", "6 of August", "1989", "1989 third quarter". */
  private static @Nullable Hit number(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.lower[i];
    Hit numeric = MonthDayRules.numericDate(i, w);
    if (numeric != null) {
      return numeric;
    }
    Hit range = MonthDayRules.numericRange(c, i, w);
    if (range != null) {
      return range;
    }
    Integer day = c.dayAt(i);
    if (day != null && c.monthToken(i + 1)) {
      return MonthDayRules.dayMonth(c, i, day, i + 1);
    }
    if (day != null && t.is(i + 1, "of") && c.monthToken(i + 2)) {
      return MonthDayRules.dayMonth(c, i, day, i + 2);
    }
    Integer y = c.yearAt(i);
    if (y != null && c.plausibleYear(i)) {
      return year(c, i, y);
    }
    return spokenYear(c, i);
  }

  /** "1989", "1989 third quarter", "1989 first half", "the 1988 period", "the 1988 quarter". */
  private static Hit year(TimeContext c, int i, int y) {
    TimeTokens t = c.t;
    Integer o = TimeLexicon.ORDINALS.get(t.at(i + 1));
    if (o != null && o <= 4 && (t.is(i + 2, "quarter") || t.is(i + 2, "-") && t.is(i + 3, "quarter"))) {
      int to = t.is(i + 2, "-") ? i + 4 : i + 3;
      return new Hit(i, to, TimeType.DATE, y + "-Q" + o, false, TimexRule.QUARTER_OR_HALF);
    }
    if (o != null && o <= 2 && t.is(i + 2, "half")) {
      return new Hit(i, i + 3, TimeType.DATE, y + "-H" + o, false, TimexRule.QUARTER_OR_HALF);
    }
    if (t.is(i + 1, "period")) {
      return new Hit(i, i + 2, TimeType.DATE, Integer.toString(y), false, TimexRule.YEAR);
    }
    if (t.is(i + 1, "quarter") && c.ref != null) {
      return new Hit(i, i + 2, TimeType.DATE, y + "-Q" + ((c.ref.minusMonths(3).getMonthValue() - 1) / 3 + 1), true,
          TimexRule.QUARTER_OR_HALF);
    }
    return new Hit(i, i + 1, TimeType.DATE, Integer.toString(y), false, TimexRule.YEAR);
  }

  /** "nineteen ninety-six", "two thousand (and) three" as spoken in broadcast transcripts. */
  static @Nullable Hit spokenYear(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.at(i);
    if (w.equals("nineteen") || w.equals("eighteen")) {
      int base = w.equals("nineteen") ? 1900 : 1800;
      int k = i + 1;
      Integer tens = TimeLexicon.NUMBERS.get(t.at(k));
      if (tens == null || tens < 10 || t.is(k, "a") || t.is(k, "an")) {
        return null;
      }
      Num n = Quantities.number(t, k);
      if (n == null || n.value() >= 100) {
        return null;
      }
      return new Hit(i, n.to(), TimeType.DATE, Integer.toString(base + (int) n.value()), false, TimexRule.SPOKEN_YEAR);
    }
    if (w.equals("two") && t.is(i + 1, "thousand")) {
      int k = t.is(i + 2, "and") ? i + 3 : i + 2;
      Num n = TimeLexicon.NUMBERS.containsKey(t.at(k)) && !t.is(k, "a") && !t.is(k, "an")
          ? Quantities.number(t, k) : null;
      if (n != null && n.value() < 100) {
        return new Hit(i, n.to(), TimeType.DATE, Integer.toString(2000 + (int) n.value()), false, TimexRule.SPOKEN_YEAR);
      }
      return new Hit(i, i + 2, TimeType.DATE, "2000", false, TimexRule.SPOKEN_YEAR);
    }
    return null;
  }

  /** "year-ago", "year-earlier", "comparable year-ago", optionally followed by "quarter" or "period". */
  static @Nullable Hit yearAgo(TimeContext c, int i) {
    TimeTokens t = c.t;
    int k = t.is(i, "comparable") || t.is(i, "corresponding") ? i + 1 : i;
    if (!(t.is(k, "year") && t.is(k + 1, "-") && (t.is(k + 2, "ago") || t.is(k + 2, "earlier")))) {
      return null;
    }
    int to = k + 3;
    if (c.ref == null) {
      return new Hit(i, to, TimeType.DATE, "XXXX", false, TimexRule.YEAR_AGO);
    }
    LocalDate ref = c.ref;
    if (t.is(to, "quarter") || t.is(to, "period")) {
      // reports compare the latest quarter with the same one a year before
      c.derivedEnds.add(t.end[to]);
      return new Hit(i, to + 1, TimeType.DATE, TimeFormat.quarter(ref.minusMonths(15)), true, TimexRule.YEAR_AGO);
    }
    Integer q = TimeLexicon.ORDINALS.get(t.at(to));
    if (q != null && q <= 4 && (t.is(to + 1, "quarter") || t.is(to + 1, "-") && t.is(to + 2, "quarter"))) {
      int end = t.is(to + 1, "-") ? to + 3 : to + 2;
      c.derivedEnds.add(t.end[end - 1]);
      return new Hit(i, end, TimeType.DATE, (ref.getYear() - 1) + "-Q" + q, true, TimexRule.YEAR_AGO);
    }
    String focus = c.quarterInFocus(i);
    if (focus != null) {
      c.derivedEnds.add(t.end[to - 1]);
      return new Hit(i, to, TimeType.DATE, TimeFormat.yearBefore(focus), true, TimexRule.YEAR_AGO);
    }
    return new Hit(i, to, TimeType.DATE, Integer.toString(ref.getYear() - 1), true, TimexRule.YEAR_AGO);
  }

  /** "20th century", "twentieth-century". */
  static @Nullable Hit centuryOrdinal(TimeContext c, int i, int ord) {
    int k = c.t.is(i + 1, "-") ? i + 2 : i + 1;
    if (c.t.is(k, "century")) {
      return new Hit(i, k + 1, TimeType.DATE, two(ord - 1), false, TimexRule.CENTURY);
    }
    return null;
  }

  /** "Friday", "Friday, Oct. 23", "Friday, 23 October", "Friday morning". */
  static @Nullable Hit weekday(TimeContext c, int i, int wd) {
    int k = i + 1;
    int at = c.t.is(k, ",") ? k + 1 : k;
    if (c.monthToken(at) && c.dayAt(at + 1) != null) {
      Hit m = MonthDayRules.monthFirst(c, at);
      if (m != null) {
        return m.startingAt(i);
      }
    }
    Integer day = c.dayAt(at);
    if (day != null && c.monthToken(at + 1)) {
      Hit m = MonthDayRules.dayMonth(c, at, day, at + 1);
      if (m != null) {
        return m.startingAt(i);
      }
    }
    if (c.ref == null) {
      return c.withPartOfDay(new Hit(i, k, TimeType.DATE, "XXXX-WXX-" + wd, false, TimexRule.WEEKDAY));
    }
    LocalDate d = c.tense(i) > 0 ? c.ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(wd)))
        : c.ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
    return c.withPartOfDay(new Hit(i, k, TimeType.DATE, d.toString(), true, TimexRule.WEEKDAY));
  }

  /** "spring of 2024", "in the summer", "last winter" is {@link RelativeRules}'. */
  static @Nullable Hit season(TimeContext c, int i, String code) {
    TimeTokens t = c.t;
    int at = t.is(i + 1, "of") ? i + 2 : i + 1;
    Integer y = c.yearAt(at);
    if (y != null) {
      return new Hit(i, at + 1, TimeType.DATE, y + "-" + code, false, TimexRule.SEASON);
    }
    String prev = t.at(i - 1);
    if (!(prev.equals("in") || prev.equals("the") || prev.equals("this") || prev.equals("during")
        || prev.equals("by") || prev.equals("until") || prev.equals("since") || prev.equals("early")
        || prev.equals("late") || prev.equals("next") || prev.equals("last"))) {
      return null;
    }
    if (t.at(i + 1).equals("season") || TimeLexicon.UNITS.containsKey(t.at(i + 1))) {
      return null;
    }
    if (c.ref == null) {
      return new Hit(i, i + 1, TimeType.DATE, "XXXX-" + code, false, TimexRule.SEASON);
    }
    int year = ReferenceYears.seasonByTense(c.ref, code, c.tense(i));
    return new Hit(i, i + 1, TimeType.DATE, year + "-" + code, true, TimexRule.SEASON);
  }
}
