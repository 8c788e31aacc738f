package dev.scrutiny.time;

import static dev.scrutiny.time.TimeFormat.two;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link TimexRule#CLOCK}: "10:30", "10 a.m.", "3 p.m. Friday", "10.30 a.m. GMT", "at noon". A clock time
 * takes its day from a day named right after it, else from the day mentioned just before, else from the
 * reference date.
 */
final class ClockRules {

  private static final Set<String> ZONES = Set.of("gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest",
      "msk", "eet", "eest", "cst", "cdt", "local");

  private ClockRules() {}

  static @Nullable Hit timeOfDay(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.at(i);
    if (w.equals("noon") || w.equals("midnight") || w.equals("midday")) {
      if (!(t.is(i - 1, "at") || t.is(i - 1, "by") || t.is(i - 1, "until") || t.is(i - 1, "before")
          || t.is(i - 1, "after") || t.is(i - 1, "since"))) {
        return null;
      }
      return clock(c, i, i + 1, w.equals("midnight") ? "24:00" : "12:00");
    }
    if (i >= t.size || t.kind[i] != TimeTokens.NUM) {
      return null;
    }
    int[] hm = hoursMinutes(t, i, w);
    if (hm == null) {
      return null;
    }
    int h = hm[0];
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
    } else if (w.indexOf(':') < 0) {
      return null;
    }
    if (ZONES.contains(t.at(to))) {
      boolean local = t.is(to, "local");
      to++;
      if (local && t.is(to, "time")) {
        to++;
      }
    }
    return clock(c, i, to, two(h) + ":" + two(hm[1]));
  }

  /** Hours and minutes of "10:30", "10", "10.30" (the last only before a.m./p.m.), or null. */
  private static int @Nullable [] hoursMinutes(TimeTokens t, int i, String w) {
    int colon = w.indexOf(':');
    if (colon > 0) {
      String[] p = w.split(":");
      if (p.length < 2 || p[0].length() > 2 || p[1].length() != 2) {
        return null;
      }
      int h = Integer.parseInt(p[0]);
      int m = Integer.parseInt(p[1]);
      return h > 24 || m > 59 ? null : new int[] {h, m};
    }
    if (w.length() <= 2 && w.indexOf('.') < 0 && w.indexOf(',') < 0) {
      int h = Integer.parseInt(w);
      return h > 12 || h == 0 ? null : new int[] {h, 0};
    }
    if (w.indexOf('.') == w.length() - 3 && w.length() <= 5 && w.indexOf('.') > 0) {
      // "10.30 a.m."
      String[] p = w.split("\\.");
      int h = Integer.parseInt(p[0]);
      int m = Integer.parseInt(p[1]);
      return h > 12 || m > 59 || !isMeridiem(t.at(i + 1)) ? null : new int[] {h, m};
    }
    return null;
  }

  static boolean isMeridiem(String s) {
    return s.equals("a.m.") || s.equals("p.m.") || s.equals("am") || s.equals("pm") || s.equals("a.m")
        || s.equals("p.m");
  }

  /** "10:30 a.m. Monday", "10 a.m. today", "at 3 p.m. on Friday"; else the day just mentioned. */
  private static Hit clock(TimeContext c, int i, int to, String hm) {
    TimeTokens t = c.t;
    int k = t.is(to, ",") ? to + 1 : to;
    if (t.is(k, "on")) {
      k++;
    }
    Hit day = null;
    Integer wd = TimeLexicon.WEEKDAYS.get(t.at(k));
    if (c.monthToken(k) && c.dayAt(k + 1) != null) {
      day = MonthDayRules.monthFirst(c, k);
    } else if (wd != null) {
      day = CalendarRules.weekday(c, k, wd);
    } else if (t.is(k, "today") || t.is(k, "yesterday") || t.is(k, "tomorrow")) {
      day = DeicticRules.deictic(c, k);
    }
    if (day != null && day.type() == TimeType.DATE && day.value().length() == 10) {
      return new Hit(i, day.to(), TimeType.TIME, day.value() + "T" + hm, day.relative(), TimexRule.CLOCK);
    }
    // a bare clock time belongs to the day just mentioned ("on Oct. 23 ... at 10 p.m."), else to the reference
    TimeExpression recent = c.recentDay(t.start[i]);
    if (recent != null) {
      return new Hit(i, to, TimeType.TIME, recent.value().substring(0, 10) + "T" + hm,
          recent.anchor() != Anchor.ABSOLUTE, TimexRule.CLOCK);
    }
    if (c.ref == null) {
      return new Hit(i, to, TimeType.TIME, "XXXX-XX-XXT" + hm, false, TimexRule.CLOCK);
    }
    return new Hit(i, to, TimeType.TIME, c.ref + "T" + hm, true, TimexRule.CLOCK);
  }
}
