package dev.scrutiny.time;

import static dev.scrutiny.time.TimeFormat.digits;
import static dev.scrutiny.time.TimeFormat.two;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates with a month: {@link TimexRule#DAY_OF_MONTH} ("August 6", "Aug. 6, 2024", "6 August"),
 * {@link TimexRule#MONTH} ("August 2024", "June last year", "May '98"), {@link TimexRule#NUMERIC_DATE}
 * ("26.04.2025") and ranges ("April 26-30", "26-30 April", "2022-2023"), whose second part is queued on the
 * context as a {@link TimexRule#RANGE_END}.
 */
final class MonthDayRules {

  private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019]\\d\\d");

  private MonthDayRules() {}

  /** A day, or a range of days ("26-30"), after a month name; end day -1 when no range. */
  private record Days(@Nullable Integer day, int endDay, int rangeTok, int next) {}

  /** "August", "August 6", "Aug. 6, 2024", "August 2024", "June last year", "April 26-30". */
  static @Nullable Hit monthFirst(TimeContext c, int i) {
    int mo = TimeLexicon.MONTHS.get(c.t.lower[i]);
    Days days = daysAfter(c, i + 1);
    Integer day = days.day();
    int k = days.next();
    int to = k;
    Integer year = null;
    if (day != null) {
      int at = c.t.is(k, ",") ? k + 1 : k;
      year = c.yearAt(at);
      to = year != null ? at + 1 : k;
    } else {
      Hit y = yearAfterMonth(c, k);
      if (y != null) {
        year = Integer.parseInt(y.value());
        to = y.to();
      }
    }
    boolean relative = year == null;
    int y;
    if (year != null) {
      y = year;
    } else if ((c.t.is(to, "last") || c.t.is(to, "this") || c.t.is(to, "next")) && c.t.is(to + 1, "year")) {
      // "June last year", "April this year"
      if (c.ref == null) {
        return new Hit(i, to + 2, TimeType.DATE, undated(mo, day), false, rule(day));
      }
      y = c.ref.getYear() + (c.t.is(to, "last") ? -1 : c.t.is(to, "next") ? 1 : 0);
      to += 2;
    } else if (c.ref == null) {
      return rangeEnd(c, new Hit(i, to, TimeType.DATE, undated(mo, day), false, rule(day)), days, "XXXX", mo);
    } else {
      y = c.chooseYear(i, mo, day == null ? 0 : day);
    }
    if (day == null) {
      return new Hit(i, to, TimeType.DATE, y + "-" + two(mo), relative, TimexRule.MONTH);
    }
    if (day > LocalDate.of(y, mo, 1).lengthOfMonth()) {
      return null;
    }
    Hit h = c.withPartOfDay(new Hit(i, to, TimeType.DATE, TimeFormat.day(y, mo, day), relative,
        TimexRule.DAY_OF_MONTH));
    return rangeEnd(c, h, days, Integer.toString(y), mo);
  }

  private static TimexRule rule(@Nullable Integer day) {
    return day == null ? TimexRule.MONTH : TimexRule.DAY_OF_MONTH;
  }

  private static String undated(int mo, @Nullable Integer day) {
    return day == null ? "XXXX-" + two(mo) : "XXXX-" + two(mo) + "-" + two(day);
  }

  /** The day or "26-30" range at token k after a month name. */
  private static Days daysAfter(TimeContext c, int k) {
    TimeTokens t = c.t;
    String dayTok = t.at(k);
    if (k < t.size && t.kind[k] == TimeTokens.NUM && (dayTok.indexOf('-') > 0 || dayTok.indexOf('\u2013') > 0)) {
      String[] parts = dayTok.split("[-\u2013]");
      if (parts.length == 2 && parts[0].length() <= 2 && parts[1].length() <= 2 && digits(parts[0])
          && digits(parts[1])) {
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        if (a >= 1 && a <= 31 && b > a && b <= 31) {
          return new Days(a, b, k, k + 1);
        }
      }
      return new Days(null, -1, -1, k);
    }
    Integer d = c.dayAt(k);
    if (d != null && c.yearAt(k) == null) {
      return new Days(d, -1, -1, k + 1);
    }
    return new Days(null, -1, -1, k);
  }

  /** The year after a bare month at token k: "2024", ", 2024", "of 2024", "nineteen ninety", "'98". */
  private static @Nullable Hit yearAfterMonth(TimeContext c, int k) {
    TimeTokens t = c.t;
    int at = t.is(k, ",") || t.is(k, "of") ? k + 1 : k;
    Integer y = c.yearAt(at);
    if (y != null) {
      return new Hit(at, at + 1, TimeType.DATE, Integer.toString(y), false, TimexRule.YEAR);
    }
    Hit spoken = CalendarRules.spokenYear(c, at);
    if (spoken != null) {
      return spoken;
    }
    if (k < t.size && SHORT_YEAR.matcher(t.lower[k]).matches()) {
      int yy = Integer.parseInt(t.lower[k].substring(1));
      return new Hit(k, k + 1, TimeType.DATE, Integer.toString(yy > 30 ? 1900 + yy : 2000 + yy), false,
          TimexRule.YEAR);
    }
    return null;
  }

  /** For "April 26-30": the hit covers "April 26", and the range end "30" is queued on the context. */
  private static Hit rangeEnd(TimeContext c, Hit h, Days days, String year, int mo) {
    int rangeTok = days.rangeTok();
    if (rangeTok < 0) {
      return h;
    }
    int s = c.t.start[rangeTok];
    String tok = c.text.substring(s, c.t.end[rangeTok]);
    int dash = Math.max(tok.indexOf('-'), tok.indexOf('\u2013'));
    // the first hit ends at the first day; the end day becomes its own expression (TimeML practice)
    c.queueRangeEnd(s + dash + 1, c.t.end[rangeTok], year + "-" + two(mo) + "-" + two(days.endDay()),
        h.relative(), rangeTok, s + dash);
    return h;
  }

  /** "6 August", "6th of August", "6 August 2024"; the month name at token {@code monthTok}. */
  static @Nullable Hit dayMonth(TimeContext c, int i, int day, int monthTok) {
    int mo = TimeLexicon.MONTHS.get(c.t.lower[monthTok]);
    int to = monthTok + 1;
    int at = c.t.is(to, ",") ? to + 1 : to;
    Integer year = c.yearAt(at);
    boolean relative = false;
    int y;
    if (year != null) {
      y = year;
      to = at + 1;
    } else if (c.ref == null) {
      return new Hit(i, to, TimeType.DATE, "XXXX-" + two(mo) + "-" + two(day), false, TimexRule.DAY_OF_MONTH);
    } else {
      y = c.chooseYear(i, mo, day);
      relative = true;
    }
    if (day > LocalDate.of(y, mo, 1).lengthOfMonth()) {
      return null;
    }
    return c.withPartOfDay(new Hit(i, to, TimeType.DATE, TimeFormat.day(y, mo, day), relative,
        TimexRule.DAY_OF_MONTH));
  }

  /**
   * "26-30 April" and "2022-2023": a range becomes two expressions, as in TimeML; the second is queued on
   * the context and the first is cut at the dash.
   */
  static @Nullable Hit numericRange(TimeContext c, int i, String w) {
    int dash = Math.max(w.indexOf('-'), w.indexOf('\u2013'));
    if (dash <= 0 || dash == w.length() - 1) {
      return null;
    }
    String a = w.substring(0, dash);
    String b = w.substring(dash + 1);
    if (!digits(a) || !digits(b)) {
      return null;
    }
    int firstEnd = c.t.start[i] + dash;
    if (a.length() <= 2 && b.length() <= 2 && c.monthToken(i + 1)) {
      int d1 = Integer.parseInt(a);
      int d2 = Integer.parseInt(b);
      if (d1 < 1 || d2 > 31 || d1 >= d2) {
        return null;
      }
      Hit whole = dayMonth(c, i, d2, i + 1);
      if (whole == null) {
        return null;
      }
      // the first day shares the month and year of the second: "26-30 April 2025"
      String first = whole.value().substring(0, whole.value().length() - 2) + two(d1);
      c.queueRangeEnd(firstEnd + 1, c.t.end[whole.to() - 1], whole.value(), whole.relative(), i, firstEnd);
      // emit only the first day's digits; the month belongs to the second expression
      return new Hit(i, i + 1, TimeType.DATE, first, whole.relative(), TimexRule.DAY_OF_MONTH);
    }
    if (a.length() == 4 && (b.length() == 4 || b.length() == 2)) {
      int y1 = Integer.parseInt(a);
      int y2 = b.length() == 4 ? Integer.parseInt(b) : y1 / 100 * 100 + Integer.parseInt(b);
      if (y1 < 1800 || y1 > 2100 || y2 <= y1 || y2 - y1 > 100) {
        return null;
      }
      c.queueRangeEnd(firstEnd + 1, c.t.end[i], Integer.toString(y2), false, i, firstEnd);
      return new Hit(i, i + 1, TimeType.DATE, Integer.toString(y1), false, TimexRule.YEAR);
    }
    return null;
  }

  /** "26.04.2025", "2025-04-26", "10/30/89" (month first with slashes), "26-04-25". */
  static @Nullable Hit numericDate(int i, String w) {
    int len = w.length();
    if (len < 6 || len > 10) {
      return null;
    }
    char sep = w.indexOf('.') > 0 ? '.' : w.indexOf('/') > 0 ? '/' : w.indexOf('-') > 0 ? '-' : 0;
    if (sep == 0) {
      return null;
    }
    String[] p = w.split(sep == '.' ? "\\." : String.valueOf(sep));
    if (p.length != 3) {
      return null;
    }
    try {
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      int c = Integer.parseInt(p[2]);
      int yy = p[2].length() == 2 ? (c > 30 ? 1900 + c : 2000 + c) : c;
      int y = p[0].length() == 4 ? a : yy;
      int m = p[0].length() == 4 ? b : sep == '/' ? a : b;
      int d = p[0].length() == 4 ? c : sep == '/' ? b : a;
      if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2199 || p[2].length() == 3 || p[2].length() > 4
          || d > LocalDate.of(y, m, 1).lengthOfMonth()) {
        return null;
      }
      return new Hit(i, i + 1, TimeType.DATE, TimeFormat.day(y, m, d), false, TimexRule.NUMERIC_DATE);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
