package dev.scrutiny.time;

import static dev.scrutiny.time.TimeFormat.period;
import static dev.scrutiny.time.TimeFormat.quarter;

import dev.scrutiny.time.Quantities.Num;
import dev.scrutiny.time.Quantities.Unit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * Expressions led by a determiner or an edge word: "this year", "last Friday", "next March", "the past two
 * days", "the coming weeks", "last night", "early next year", "the end of 2024". Produces
 * {@link TimexRule#RELATIVE_UNIT}, {@code RELATIVE_DURATION}, {@code RELATIVE_WEEKDAY}, {@code RELATIVE_MONTH},
 * {@code RELATIVE_SEASON}, {@code RELATIVE_PART_OF_DAY} and {@code PERIOD_EDGE}; "the" before anything
 * else goes to {@link ThePeriodRules}.
 */
final class RelativeRules {

  private RelativeRules() {}

  /** A determiner and what it determines; direction -1 last, 0 this, +1 next. */
  private record Det(int i, int j, String word, int dir, boolean durationDet, boolean the) {}

  static @Nullable Hit relativeDeterminer(TimeContext c, int i) {
    TimeTokens t = c.t;
    boolean the = t.is(i, "the");
    int j = the ? i + 1 : i;
    String d = t.at(j);
    if (!the && (d.equals("earlier") || d.equals("later")) || d.equals("early") || d.equals("late")
        || d.equals("mid")) {
      return periodEdge(c, i, j, d);
    }
    if (the && (d.equals("end") || d.equals("beginning") || d.equals("start") || d.equals("middle"))
        && t.is(j + 1, "of")) {
      return endOf(c, i, j + 2);
    }
    Det det;
    switch (d) {
      case "this", "current", "present", "same" -> det = new Det(i, j, d, 0, false, the);
      case "that" -> {
        if (!the) {
          return null; // "that day" refers back to a narrative time: leave it
        }
        det = new Det(i, j, d, 0, false, true);
      }
      case "last", "previous", "past", "latest", "preceding", "prior" -> det = new Det(i, j, d, -1,
          d.equals("past") || d.equals("preceding") || (the && !d.equals("latest")), the);
      case "next", "coming", "following", "upcoming" -> det = new Det(i, j, d, 1,
          the && !d.equals("following") || d.equals("coming"), the);
      case "first", "second", "third", "fourth" -> {
        return ThePeriodRules.ordinalPeriod(c, i, j, the);
      }
      case "fiscal" -> {
        return ThePeriodRules.fiscal(c, i, j);
      }
      default -> {
        return the ? ThePeriodRules.the(c, i, j) : null;
      }
    }
    return determined(c, det);
  }

  /** "earlier this year", "later this month", "early next year", "late last year", "mid-2024". */
  private static @Nullable Hit periodEdge(TimeContext c, int i, int j, String d) {
    int k = c.t.is(j + 1, "-") ? j + 2 : j + 1;
    Hit inner = relativeDeterminer(c, k);
    if (inner == null) {
      inner = CalendarRules.calendarDate(c, k);
    }
    if (inner == null && !d.startsWith("earlier") && !d.equals("later")) {
      inner = DeicticRules.deictic(c, k);
    }
    if (inner != null && inner.type() != TimeType.DURATION && inner.type() != TimeType.SET) {
      return inner.startingAt(i).by(TimexRule.PERIOD_EDGE);
    }
    return null;
  }

  /** "the end of the year", "the beginning of 2024", "the middle of next month"; k is after "of". */
  private static @Nullable Hit endOf(TimeContext c, int i, int k) {
    Hit inner = relativeDeterminer(c, k);
    if (inner == null) {
      inner = CalendarRules.calendarDate(c, k);
    }
    if (inner != null && inner.type() == TimeType.DATE) {
      return inner.startingAt(i).by(TimexRule.PERIOD_EDGE);
    }
    return null;
  }

  /** What follows the determiner: a count, a named period (season, weekday, month, part of day), a unit. */
  private static @Nullable Hit determined(TimeContext c, Det det) {
    TimeTokens t = c.t;
    int i = det.i();
    int k = det.j() + 1;
    String d = det.word();
    if (t.is(k, "period") && (d.equals("latest") || d.equals("last") || d.equals("previous"))) {
      // "the latest period" in an earnings report: the last quarter reported
      return lastQuarter(c, i, k + 1);
    }
    if (t.is(k, "fiscal")) {
      // "this fiscal year", "last fiscal year"
      Unit u = Quantities.unit(t, k + 1);
      if (u == null || !u.iso().equals("Y")) {
        return null;
      }
      if (c.ref == null) {
        return new Hit(i, u.to(), TimeType.DATE, "XXXX", false, TimexRule.FISCAL_YEAR);
      }
      return new Hit(i, u.to(), TimeType.DATE, Integer.toString(c.ref.getYear() + det.dir()), true,
          TimexRule.FISCAL_YEAR);
    }
    Num n = Quantities.number(t, k);
    if (n != null && !t.is(k, "a") && !t.is(k, "an")) {
      // "the past two days", "the next few weeks", "the last 20 years"
      Unit u = Quantities.unit(t, n.to());
      return u == null ? null
          : new Hit(i, u.to(), TimeType.DURATION, period(n.value(), u.iso()), false, TimexRule.RELATIVE_DURATION);
    }
    Hit named = named(c, det, k);
    return named != null ? named : unit(c, det, k);
  }

  /** "last summer", "next Monday", "last March", "this morning". */
  private static @Nullable Hit named(TimeContext c, Det det, int k) {
    TimeTokens t = c.t;
    int i = det.i();
    int dir = det.dir();
    String season = TimeLexicon.SEASONS.get(t.at(k));
    if (season != null) {
      if (c.ref == null) {
        return new Hit(i, k + 1, TimeType.DATE, "XXXX-" + season, false, TimexRule.RELATIVE_SEASON);
      }
      return new Hit(i, k + 1, TimeType.DATE, ReferenceYears.season(c.ref, season, dir) + "-" + season, true,
          TimexRule.RELATIVE_SEASON);
    }
    Integer wd = TimeLexicon.WEEKDAYS.get(t.at(k));
    if (wd != null) {
      return weekday(c, i, k, wd, dir);
    }
    Integer mo = TimeLexicon.MONTHS.get(t.at(k));
    if (mo != null && t.kind[k] == TimeTokens.WORD && c.upper(k)) {
      return month(c, i, k, mo, dir);
    }
    String pod = TimeLexicon.PARTS_OF_DAY.get(t.at(k));
    if (pod != null) {
      if (c.ref == null) {
        return new Hit(i, k + 1, TimeType.TIME, "XXXX-XX-XXT" + pod, false, TimexRule.RELATIVE_PART_OF_DAY);
      }
      LocalDate r = c.ref;
      LocalDate day = det.word().equals("last") && pod.equals("NI") ? r.minusDays(1)
          : dir == 0 ? r : r.plusDays(dir);
      return new Hit(i, k + 1, TimeType.TIME, day + "T" + pod, true, TimexRule.RELATIVE_PART_OF_DAY);
    }
    return null;
  }

  private static Hit weekday(TimeContext c, int i, int k, int wd, int dir) {
    if (c.ref == null) {
      return new Hit(i, k + 1, TimeType.DATE, "XXXX-WXX-" + wd, false, TimexRule.RELATIVE_WEEKDAY);
    }
    LocalDate r = c.ref;
    LocalDate date = switch (dir) {
      case -1 -> r.with(TemporalAdjusters.previous(DayOfWeek.of(wd)));
      case 1 -> r.with(TemporalAdjusters.next(DayOfWeek.of(wd)));
      default -> r.with(DayOfWeek.of(wd));
    };
    return c.withPartOfDay(new Hit(i, k + 1, TimeType.DATE, date.toString(), true, TimexRule.RELATIVE_WEEKDAY));
  }

  private static Hit month(TimeContext c, int i, int k, int mo, int dir) {
    if (c.ref == null) {
      return new Hit(i, k + 1, TimeType.DATE, "XXXX-" + TimeFormat.two(mo), false, TimexRule.RELATIVE_MONTH);
    }
    int y = c.ref.getYear();
    if (dir == -1 && mo >= c.ref.getMonthValue()) {
      y--;
    } else if (dir == 1 && mo <= c.ref.getMonthValue()) {
      y++;
    }
    return new Hit(i, k + 1, TimeType.DATE, y + "-" + TimeFormat.two(mo), true, TimexRule.RELATIVE_MONTH);
  }

  /** "this year", "last week", "the past year", "the coming weeks", "the past", "the latest quarter". */
  private static @Nullable Hit unit(TimeContext c, Det det, int k) {
    TimeTokens t = c.t;
    int i = det.i();
    String d = det.word();
    Unit u = Quantities.unit(t, k);
    if (u == null || t.is(k, "-")) {
      if (det.the() && (d.equals("past") || d.equals("present"))) {
        return d.equals("past") ? new Hit(i, det.j() + 1, TimeType.DATE, "PAST_REF", false, TimexRule.PAST_REF)
            : new Hit(i, det.j() + 1, TimeType.DATE, "PRESENT_REF", false, TimexRule.PRESENT_REF);
      }
      return null;
    }
    if (u.plural()) {
      return new Hit(i, u.to(), TimeType.DURATION, period(-1, u.iso()), false, TimexRule.RELATIVE_DURATION);
    }
    if (det.durationDet() && !u.iso().equals("WE") && !u.iso().equals("Q")) {
      return new Hit(i, u.to(), TimeType.DURATION, period(1, u.iso()), false, TimexRule.RELATIVE_DURATION);
    }
    int dir = det.dir();
    if (d.equals("latest") && u.iso().equals("Q") || (dir == -1 && u.iso().equals("Q"))) {
      return lastQuarter(c, i, u.to());
    }
    if (c.ref == null) {
      return new Hit(i, u.to(), TimeType.DATE, TimeFormat.underspecified(u.iso()), false, TimexRule.RELATIVE_UNIT);
    }
    return DurationRules.offset(c, i, u.to(), Math.abs(dir), u.iso(), dir == 0 ? 1 : dir, TimexRule.RELATIVE_UNIT);
  }

  /** The last quarter reported before the reference. */
  static Hit lastQuarter(TimeContext c, int i, int to) {
    if (c.ref == null) {
      return new Hit(i, to, TimeType.DATE, "XXXX-QX", false, TimexRule.RELATIVE_UNIT);
    }
    return new Hit(i, to, TimeType.DATE, quarter(c.ref.minusMonths(3)), true, TimexRule.RELATIVE_UNIT);
  }
}
