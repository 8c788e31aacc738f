package dev.scrutiny.time;

import static dev.scrutiny.time.TimeFormat.period;
import static dev.scrutiny.time.TimeFormat.quarter;

import dev.scrutiny.time.Quantities.Num;
import dev.scrutiny.time.Quantities.Unit;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Counted spans and offsets: {@link TimexRule#DURATION} ("two years", "20 more days", "2 1/2 years"),
 * {@link TimexRule#OFFSET} ("two days ago", "a year from now", "years ago"), {@link TimexRule#VAGUE_DURATION}
 * ("for months") and {@link TimexRule#YEAR_AGO_QUARTER} ("a year ago" in a report about a quarter).
 */
final class DurationRules {

  private DurationRules() {}

  /** A count and a unit, possibly followed by "ago", "later", "from now". */
  static @Nullable Hit durationOrAgo(TimeContext c, int i) {
    TimeTokens t = c.t;
    Num n = Quantities.number(t, i);
    if (n == null) {
      return bareUnits(c, i);
    }
    int j = n.to();
    long value = n.value();
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
    Unit u = Quantities.unit(t, j);
    if (u == null) {
      return null; // "1 1/2 hours", "a half hour"
    }
    if (half) {
      return halfMore(i, value, u);
    }
    int to = u.to();
    if (t.is(to, "old") || t.is(to, "-") && t.is(to + 1, "old")) {
      return null; // an age: "52 years old"
    }
    Hit offset = offsetAfter(c, i, to, value, u.iso());
    if (offset != null) {
      return offset;
    }
    // "a year" alone after a price is a rate ("$5 a year"): skip when the left token is a number or currency
    if ((t.is(i, "a") || t.is(i, "an")) && i > 0 && rateContext(t, i - 1)) {
      return null;
    }
    if (u.iso().equals("WE")) {
      return null;
    }
    return new Hit(i, to, TimeType.DURATION, period(value, u.iso()), false, TimexRule.DURATION);
  }

  /** "2 1/2 years", "3 1/2 days", "1 1/2 hours". */
  private static @Nullable Hit halfMore(int i, long value, Unit u) {
    String v = switch (u.iso()) {
      case "Y" -> "P" + value + "Y6M";
      case "D" -> "P" + value + "DT12H";
      case "H" -> "PT" + value + "H30M";
      default -> null;
    };
    return v == null ? null : new Hit(i, u.to(), TimeType.DURATION, v, false, TimexRule.DURATION);
  }

  /** "… ago", "… earlier", "… later", "… from now" after a count and unit ending before token {@code to}. */
  private static @Nullable Hit offsetAfter(TimeContext c, int i, int to, long value, String iso) {
    TimeTokens t = c.t;
    String after = t.at(to);
    switch (after) {
      case "ago", "earlier", "before", "previously" -> {
        return offset(c, i, to + 1, value, iso, -1, TimexRule.OFFSET);
      }
      case "later", "after", "hence" -> {
        if (after.equals("after") && !(t.kind[to + 1 < t.size ? to + 1 : to] == TimeTokens.PUNCT
            || to + 1 >= t.size)) {
          return null; // "two days after the vote" is a duration
        }
        return offset(c, i, to + 1, value, iso, +1, TimexRule.OFFSET);
      }
      case "from" -> {
        if (t.is(to + 1, "now") || t.is(to + 1, "today")) {
          return offset(c, i, to + 2, value, iso, +1, TimexRule.OFFSET);
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  /** Whether token k before "a week" makes it a rate ("$5 million a year", "four flights a week"). */
  static boolean rateContext(TimeTokens t, int k) {
    if (t.kind[k] == TimeTokens.NUM || t.kind[k] == TimeTokens.ALNUM) {
      return true;
    }
    String w = t.lower[k];
    return switch (w) {
      case "%", "million", "billion", "thousand", "hundred", "percent", "cents", "times", "once", "twice" -> true;
      default -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !TimeLexicon.UNITS.containsKey(w)
          && !w.equals("was") && !w.equals("its") && !w.equals("has") && !w.equals("this");
    };
  }

  /** "years", "for months", "decades", "centuries": vague durations after a preposition; "years ago". */
  static @Nullable Hit bareUnits(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.at(i);
    String iso = TimeLexicon.UNITS.get(w);
    if (iso == null || !w.endsWith("s") && !w.equals("centuries") || iso.equals("WE") || iso.equals("Q")) {
      return null;
    }
    if (t.is(i + 1, "ago")) {
      return new Hit(i, i + 2, TimeType.DATE, "PAST_REF", false, TimexRule.OFFSET);
    }
    String prev = t.at(i - 1);
    if (prev.equals("for") || prev.equals("over") || prev.equals("within") || prev.equals("in")
        || prev.equals("after") || prev.equals("than") || prev.equals("lasting") || prev.equals("took")) {
      return new Hit(i, i + 1, TimeType.DURATION, period(-1, iso), false, TimexRule.VAGUE_DURATION);
    }
    return null;
  }

  /**
   * The date {@code n} units ({@code sign} -1 before, +1 after) from the reference, credited to
   * {@code rule}; "a year ago" in a report about a quarter is that quarter a year before.
   */
  static Hit offset(TimeContext c, int from, int to, long n, String iso, int sign, TimexRule rule) {
    if (n > 5000) {
      n = -1; // "a million years ago" lies outside the calendar: a vague past or future
    }
    if (c.ref != null && n == 1 && iso.equals("Y") && sign < 0) {
      Hit focus = yearAgoInFocus(c, from, to);
      if (focus != null) {
        return focus;
      }
    }
    if (n < 0) {
      return new Hit(from, to, TimeType.DATE, sign < 0 ? "PAST_REF" : "FUTURE_REF", false, rule);
    }
    if (c.ref == null) {
      return new Hit(from, to, TimeType.DATE, TimeFormat.underspecified(iso), false, rule);
    }
    LocalDate r = c.ref;
    long k = sign * n;
    String v = switch (iso) {
      case "S", "MIN", "H" -> r.toString();
      case "D" -> r.plusDays(k).toString();
      case "W", "WE" -> TimeFormat.week(r.plusWeeks(k));
      case "M" -> TimeFormat.month(r.plusMonths(k));
      case "Q" -> quarter(r.plusMonths(3 * k));
      case "Y" -> Integer.toString(r.getYear() + (int) k);
      case "DE" -> TimeFormat.decade(r.getYear() + 10 * (int) k);
      case "CE" -> TimeFormat.century(r.getYear() + 100 * (int) k);
      default -> r.toString();
    };
    return new Hit(from, to, TimeType.DATE, v, true, rule);
  }

  /** "a year ago" where a quarter is in focus, or in a sentence about a quarter (TimeBank practice). */
  private static @Nullable Hit yearAgoInFocus(TimeContext c, int from, int to) {
    String focus = c.quarterInFocus(from);
    if (focus != null) {
      // TimeML anchors it to the time in focus, not to the publication date
      c.derivedEnds.add(c.t.end[to - 1]);
      return new Hit(from, to, TimeType.DATE, TimeFormat.yearBefore(focus), true, TimexRule.YEAR_AGO_QUARTER);
    }
    if (Tense.sentenceMentions(c.t, from, "quarter")) {
      // earnings reports compare a quarter with the same quarter a year before
      c.derivedEnds.add(c.t.end[to - 1]);
      return new Hit(from, to, TimeType.DATE, quarter(c.ref().minusMonths(15)), true, TimexRule.YEAR_AGO_QUARTER);
    }
    return null;
  }
}
