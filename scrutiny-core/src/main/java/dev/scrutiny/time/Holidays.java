package dev.scrutiny.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/** {@link TimexRule#HOLIDAY}: "Christmas (Day/Eve)", "New Year's Day/Eve", "Thanksgiving (Day)". */
final class Holidays {

  private Holidays() {}

  static @Nullable Hit holiday(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.at(i);
    int to;
    int mo;
    int day;
    if (w.equals("christmas")) {
      to = i + 1;
      boolean eve = t.is(to, "eve");
      if (eve || t.is(to, "day")) {
        to++;
      }
      mo = 12;
      day = eve ? 24 : 25;
    } else if (w.equals("new") && (t.is(i + 1, "year's") || t.is(i + 1, "year\u2019s"))) {
      to = i + 2;
      if (t.is(to, "eve")) {
        mo = 12;
        day = 31;
      } else if (t.is(to, "day")) {
        mo = 1;
        day = 1;
      } else {
        return null;
      }
      to++;
    } else if (w.equals("thanksgiving")) {
      return thanksgiving(c, i);
    } else {
      return null;
    }
    Integer y = c.yearAt(to);
    if (y != null) {
      return new Hit(i, to + 1, TimeType.DATE, TimeFormat.day(y, mo, day), false, TimexRule.HOLIDAY);
    }
    if (c.ref == null) {
      return new Hit(i, to, TimeType.DATE, "XXXX-" + TimeFormat.two(mo) + "-" + TimeFormat.two(day), false,
          TimexRule.HOLIDAY);
    }
    return new Hit(i, to, TimeType.DATE, TimeFormat.day(c.chooseYear(i, mo, day), mo, day), true, TimexRule.HOLIDAY);
  }

  /** The fourth Thursday of November; "last Thanksgiving" the latest one before the reference. */
  private static Hit thanksgiving(TimeContext c, int i) {
    int to = c.t.is(i + 1, "day") ? i + 2 : i + 1;
    if (c.ref == null) {
      return new Hit(i, to, TimeType.DATE, "XXXX-11", false, TimexRule.HOLIDAY);
    }
    int y = c.chooseYear(i, 11, 25);
    int from = i;
    if (c.t.is(i - 1, "last")) {
      y = c.ref.getMonthValue() == 12 ? c.ref.getYear() : c.ref.getYear() - 1;
      from = i - 1;
    }
    LocalDate d = LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    return new Hit(from, to, TimeType.DATE, d.toString(), true, TimexRule.HOLIDAY);
  }
}
