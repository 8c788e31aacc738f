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
 * Periods after "the" and ordinal periods: {@link TimexRule#THE_UNIT} ("the year", "the quarter"),
 * {@link TimexRule#QUARTER_OR_HALF} ("the third quarter of 1989", "the first half"),
 * {@link TimexRule#FISCAL_YEAR} ("fiscal 1989"), "the nine months", "the 1990s", "the sixties", "the near
 * term", "the weeks ahead".
 */
final class ThePeriodRules {

  private ThePeriodRules() {}

  /** "the" at token i, followed at j by neither a determiner nor an edge word. */
  static @Nullable Hit the(TimeContext c, int i, int j) {
    TimeTokens t = c.t;
    Hit yearAgo = CalendarRules.yearAgo(c, j);
    if (yearAgo != null) {
      return yearAgo.startingAt(i);
    }
    Hit h = theNoun(c, i, j);
    if (h != null) {
      return h;
    }
    Num n = Quantities.number(t, j);
    if (n != null && !t.is(j, "a") && !t.is(j, "an") && t.kind[j] != TimeTokens.NUM || n != null
        && t.kind[j] == TimeTokens.NUM && n.value() < 1000) {
      Unit u = Quantities.unit(t, n.to());
      if (u != null && !u.iso().equals("WE")) {
        // "the nine months", "the four days"
        return new Hit(i, u.to(), TimeType.DURATION, period(n.value(), u.iso()), false, TimexRule.RELATIVE_DURATION);
      }
    }
    Hit inner = CalendarRules.calendarDate(c, j);
    if (inner != null && inner.type() != TimeType.DURATION && (inner.value().length() <= 3
        || inner.value().endsWith("SP") || inner.value().endsWith("SU") || inner.value().endsWith("FA")
        || inner.value().endsWith("WI") || t.is(inner.to() - 1, "period") || t.is(inner.to() - 1, "quarter"))) {
      // "the 1990s", "the spring of 2024", "the 1988 period"; not "the [Feb. 23] accord"
      return inner.startingAt(i);
    }
    return theWord(c, i, j);
  }

  /** "the weeks ahead", "the sixties", "the near term", "the latest period", "the full year", "the past". */
  private static @Nullable Hit theWord(TimeContext c, int i, int j) {
    TimeTokens t = c.t;
    String plural = TimeLexicon.UNITS.get(t.at(j));
    if (plural != null && t.at(j).endsWith("s") && t.is(j + 1, "ahead")) {
      return new Hit(i, j + 2, TimeType.DURATION, period(-1, plural), false, TimexRule.VAGUE_DURATION);
    }
    String decade = TimeLexicon.DECADE_WORDS.get(t.at(j));
    if (decade != null) {
      return new Hit(i, j + 1, TimeType.DATE, decade, false, TimexRule.DECADE);
    }
    if ((t.is(j, "near") || t.is(j, "short")) && (t.is(j + 1, "term") || t.is(j + 1, "future"))) {
      return new Hit(i, j + 2, TimeType.DATE, "FUTURE_REF", false, TimexRule.FUTURE_REF);
    }
    if ((t.is(j, "latest") || t.is(j, "full")) && t.is(j + 1, "period") && c.ref != null) {
      return new Hit(i, j + 2, TimeType.DATE, quarter(c.ref.minusMonths(3)), true, TimexRule.RELATIVE_UNIT);
    }
    if (t.is(j, "full") && t.is(j + 1, "year") && c.ref != null) {
      return new Hit(i, j + 2, TimeType.DATE, Integer.toString(c.ref.getYear()), true, TimexRule.RELATIVE_UNIT);
    }
    Hit deictic = DeicticRules.deictic(c, j);
    if (deictic != null && (t.is(j, "past") || t.is(j, "future") || t.is(j, "present"))) {
      return deictic.startingAt(i);
    }
    return null;
  }

  /** "the year", "the quarter", "the week", "the weekend" referring to the current period; "the year 2024". */
  static @Nullable Hit theNoun(TimeContext c, int i, int j) {
    TimeTokens t = c.t;
    String w = t.at(j);
    if (w.equals("year")) {
      Integer y = c.yearAt(j + 1);
      if (y != null) {
        return new Hit(i, j + 2, TimeType.DATE, Integer.toString(y), false, TimexRule.THE_UNIT);
      }
      Hit spoken = CalendarRules.spokenYear(c, j + 1);
      if (spoken != null) {
        return new Hit(i, spoken.to(), TimeType.DATE, spoken.value(), false, TimexRule.THE_UNIT);
      }
      if (!t.at(j + 1).isEmpty() && Character.isDigit(t.at(j + 1).charAt(0))) {
        // "the year 999999": a number we cannot read as a year names some other year, never this one
        return null;
      }
    }
    String iso = TimeLexicon.UNITS.get(w);
    if (iso == null || w.endsWith("s")) {
      return null;
    }
    if (iso.equals("Y") && (t.is(j + 1, "ended") || t.is(j + 1, "ending"))) {
      // "for the year ended March 31": a fiscal year as a span
      return new Hit(i, j + 1, TimeType.DURATION, "P1Y", false, TimexRule.THE_UNIT);
    }
    if (c.ref == null) {
      return new Hit(i, j + 1, TimeType.DATE, TimeFormat.underspecified(iso), false, TimexRule.THE_UNIT);
    }
    LocalDate ref = c.ref;
    String value = switch (iso) {
      case "Y" -> Integer.toString(ref.getYear());
      case "Q" -> quarter(c.tense(i) > 0 ? ref : ref.minusMonths(3));
      case "M" -> TimeFormat.month(ref);
      case "W" -> TimeFormat.week(ref);
      case "WE" -> TimeFormat.week(c.tense(i) > 0 ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
          : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))) + "-WE";
      default -> null;
    };
    return value == null ? null : new Hit(i, j + 1, TimeType.DATE, value, true, TimexRule.THE_UNIT);
  }

  /** "(the) third quarter (of 1989)", "the first half", "the first nine months". */
  static @Nullable Hit ordinalPeriod(TimeContext c, int i, int j, boolean the) {
    TimeTokens t = c.t;
    int q = TimeLexicon.ORDINALS.getOrDefault(t.at(j), 0);
    int k = t.is(j + 1, "-") ? j + 2 : j + 1;
    String w = t.at(k);
    boolean quarterWord = w.equals("quarter") || w.equals("quarters");
    boolean halfWord = w.equals("half");
    if (!quarterWord && !halfWord) {
      // "the first nine months"
      Num n = Quantities.number(t, j + 1);
      if (the && n != null && n.value() > 1) {
        Unit u = Quantities.unit(t, n.to());
        if (u != null) {
          return new Hit(i, u.to(), TimeType.DURATION, period(n.value(), u.iso()), false,
              TimexRule.RELATIVE_DURATION);
        }
      }
      return null;
    }
    if (quarterWord && q > 4 || halfWord && q > 2) {
      return null;
    }
    return ofYear(c, i, k + 1, q, quarterWord);
  }

  /** The year of "the third quarter" from token {@code to}: "of 1989", "of last year", "1989's", or by tense. */
  private static Hit ofYear(TimeContext c, int i, int to, int q, boolean quarterWord) {
    TimeTokens t = c.t;
    String code = quarterWord ? "Q" + q : "H" + q;
    Integer year = null;
    boolean rel = false;
    if (t.is(to, "of") || t.is(to, ",")) {
      Integer y = c.yearAt(to + 1);
      if (y != null) {
        year = y;
        to += 2;
      } else if (c.ref != null && (t.is(to + 1, "this") || t.is(to + 1, "last") || t.is(to + 1, "next"))
          && t.is(to + 2, "year")) {
        year = c.ref.getYear() + (t.is(to + 1, "last") ? -1 : t.is(to + 1, "next") ? 1 : 0);
        rel = true;
        to += 3;
      }
    } else {
      Integer y = c.yearAt(to);
      if (y != null) {
        year = y;
        to++;
      }
    }
    if (year == null && i > 0) {
      // "1989 third quarter", "1989's first half"
      Integer y = c.yearAt(i - 1);
      year = y == null && t.is(i - 1, "'s") ? c.yearAt(i - 2) : y;
    }
    if (year != null) {
      return new Hit(i, to, TimeType.DATE, year + "-" + code, rel, TimexRule.QUARTER_OR_HALF);
    }
    if (c.ref == null) {
      return new Hit(i, to, TimeType.DATE, "XXXX-" + code, false, TimexRule.QUARTER_OR_HALF);
    }
    LocalDate ref = c.ref;
    int cur = quarterWord ? (ref.getMonthValue() - 1) / 3 + 1 : (ref.getMonthValue() - 1) / 6 + 1;
    int y = ref.getYear();
    int tense = c.tense(i);
    if (q > cur && tense < 0 || q >= cur && tense <= 0 && quarterWord && q > cur) {
      y--;
    }
    return new Hit(i, to, TimeType.DATE, y + "-" + code, true, TimexRule.QUARTER_OR_HALF);
  }

  /** "fiscal 1989", "fiscal-year 2024", "the fiscal year". */
  static @Nullable Hit fiscal(TimeContext c, int i, int j) {
    TimeTokens t = c.t;
    int k = j + 1;
    if (t.is(k, "-")) {
      k++;
    }
    if (t.is(k, "year")) {
      k++;
    }
    Integer y = c.yearAt(k);
    if (y != null) {
      return new Hit(i, k + 1, TimeType.DATE, Integer.toString(y), false, TimexRule.FISCAL_YEAR);
    }
    if (i < j && t.is(j + 1, "year") && c.ref != null) {
      return new Hit(i, j + 2, TimeType.DURATION, "P1Y", false, TimexRule.FISCAL_YEAR);
    }
    return null;
  }
}
