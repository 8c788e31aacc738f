package dev.scrutiny.time;

import dev.scrutiny.time.Quantities.Unit;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Words that point at a time from the moment of writing or from the narrative: {@link TimexRule#DEICTIC_DAY}
 * ("yesterday"), {@code NIGHT} ("tonight"), {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF},
 * {@code YEAR_END}, {@code NTH_YEAR} ("its seventh year") and {@code ANAPHORIC_DAY} ("that day").
 */
final class DeicticRules {

  private DeicticRules() {}

  static @Nullable Hit deictic(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.at(i);
    return switch (w) {
      case "today" -> dayRelative(c, i, 0);
      case "yesterday" -> dayRelative(c, i, -1);
      case "tomorrow" -> dayRelative(c, i, 1);
      case "overnight" -> overnight(c, i);
      case "tonight" -> night(c, i, i + 1, c.ref);
      case "now", "currently", "nowadays" -> ref(i, i + 1, "PRESENT_REF", TimexRule.PRESENT_REF);
      // "current" as an adjective before a noun that is not a time unit is still PRESENT_REF in TimeBank
      case "current" -> TimeLexicon.UNITS.containsKey(t.at(i + 1)) || t.is(i + 1, "fiscal") ? null
          : ref(i, i + 1, "PRESENT_REF", TimexRule.PRESENT_REF);
      case "year", "year's" -> yearEnd(c, i);
      case "recently", "lately" -> ref(i, i + 1, "PAST_REF", TimexRule.PAST_REF);
      case "recent" -> recent(c, i);
      case "future" -> future(c, i);
      case "soon" -> t.is(i + 1, "after") || t.is(i + 1, "as") ? null
          : ref(i, i + 1, "FUTURE_REF", TimexRule.FUTURE_REF);
      case "past" -> t.is(i - 1, "the") ? ref(i, i + 1, "PAST_REF", TimexRule.PAST_REF) : null;
      case "present" -> t.is(i - 1, "at") || t.is(i - 1, "the")
          ? ref(i, i + 1, "PRESENT_REF", TimexRule.PRESENT_REF) : null;
      case "these" -> t.is(i + 1, "days") ? ref(i, i + 2, "PRESENT_REF", TimexRule.PRESENT_REF) : null;
      case "year-earlier", "year-ago" -> c.ref == null
          ? new Hit(i, i + 1, TimeType.DATE, "XXXX", false, TimexRule.YEAR_AGO)
          : new Hit(i, i + 1, TimeType.DATE, Integer.toString(c.ref.getYear() - 1), true, TimexRule.YEAR_AGO);
      case "its" -> nthYear(c, i);
      case "mid", "mid-" -> {
        Hit inner = CalendarRules.calendarDate(c, t.is(i + 1, "-") ? i + 2 : i + 1);
        yield inner == null ? null : inner.startingAt(i).by(TimexRule.PERIOD_EDGE);
      }
      default -> null;
    };
  }

  private static Hit ref(int i, int to, String value, TimexRule rule) {
    return new Hit(i, to, TimeType.DATE, value, false, rule);
  }

  private static Hit dayRelative(TimeContext c, int i, int delta) {
    if (c.ref == null) {
      return c.withPartOfDay(new Hit(i, i + 1, TimeType.DATE, "XXXX-XX-XX", false, TimexRule.DEICTIC_DAY));
    }
    return c.withPartOfDay(new Hit(i, i + 1, TimeType.DATE, c.ref.plusDays(delta).toString(), true,
        TimexRule.DEICTIC_DAY));
  }

  private static Hit night(TimeContext c, int i, int to, @Nullable LocalDate day) {
    if (c.ref == null || day == null) {
      return new Hit(i, to, TimeType.TIME, "XXXX-XX-XXTNI", false, TimexRule.NIGHT);
    }
    return new Hit(i, to, TimeType.TIME, day + "TNI", true, TimexRule.NIGHT);
  }

  /** "drones launched overnight": the night before the report; not "an overnight stay". */
  private static @Nullable Hit overnight(TimeContext c, int i) {
    TimeTokens t = c.t;
    if (TimeLexicon.UNITS.containsKey(t.at(i + 1)) || t.kind[Math.min(i + 1, t.size - 1)] == TimeTokens.WORD
        && i + 1 < t.size && !TimeLexicon.ADVERB_FOLLOWERS.contains(t.at(i + 1))) {
      return null;
    }
    return night(c, i, i + 1, c.ref == null ? null : c.ref.minusDays(1));
  }

  /** "year-ago" (as {@link CalendarRules#yearAgo}), "by year-end", "year end", "year's end". */
  private static @Nullable Hit yearEnd(TimeContext c, int i) {
    Hit ya = CalendarRules.yearAgo(c, i);
    if (ya != null) {
      return ya;
    }
    int k = c.t.is(i + 1, "-") ? i + 2 : i + 1;
    if (!c.t.is(k, "end")) {
      return null;
    }
    if (c.ref == null) {
      return new Hit(i, k + 1, TimeType.DATE, "XXXX", false, TimexRule.YEAR_END);
    }
    return new Hit(i, k + 1, TimeType.DATE, Integer.toString(c.ref.getYear()), true, TimexRule.YEAR_END);
  }

  /** "recent years"; a bare "recent" ("the recent attacks") is left alone, as TimeBank mostly does. */
  private static @Nullable Hit recent(TimeContext c, int i) {
    Unit u = Quantities.unit(c.t, i + 1);
    if (u != null && u.plural()) {
      return new Hit(i, u.to(), TimeType.DATE, "PAST_REF", false, TimexRule.PAST_REF);
    }
    return null;
  }

  /** "the future", "the near future"; not "future payments", "the future of", "the foreseeable future". */
  private static @Nullable Hit future(TimeContext c, int i) {
    TimeTokens t = c.t;
    boolean determined = t.is(i - 1, "the") || t.is(i - 1, "near") && t.is(i - 2, "the");
    if (!determined || t.is(i + 1, "of") || t.is(i - 1, "foreseeable")) {
      return null;
    }
    return ref(i, i + 1, "FUTURE_REF", TimexRule.FUTURE_REF);
  }

  /** "in its seventh year", "enters its fourth year": the Nth year running, as a duration. */
  private static @Nullable Hit nthYear(TimeContext c, int i) {
    TimeTokens t = c.t;
    Integer ord = TimeLexicon.ORDINALS.get(t.at(i + 1));
    if (ord == null) {
      return null;
    }
    int k = i + 2;
    if (t.is(k, "straight") || t.is(k, "consecutive") || t.is(k, "full")) {
      k++;
    }
    Unit u = Quantities.unit(t, k);
    if (u != null && !u.plural() && !u.iso().equals("WE") && !u.iso().equals("Q")) {
      return new Hit(i + 1, u.to(), TimeType.DURATION, TimeFormat.period(ord, u.iso()), false, TimexRule.NTH_YEAR);
    }
    return null;
  }

  /**
   * A day named by reference to the narrative rather than to the publication date: "that day", "that same
   * night", "earlier that day", "the same day", "the next day", "the day before". TimeML resolves these
   * against the last full date the text mentioned, so without such a date there is no hit here (and the
   * deictic rules may still read "the same day" against the reference).
   */
  static @Nullable Hit anaphoricDay(TimeContext c, int i) {
    TimeTokens t = c.t;
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
        pod = TimeLexicon.PARTS_OF_DAY.get(t.at(d));
        if (pod == null || pod.isEmpty()) {
          return null;
        }
      }
      to = d + 1;
    } else if (t.is(k, "the")) {
      String w = t.at(k + 1);
      if ((w.equals("same") || w.equals("next") || w.equals("following") || w.equals("previous"))
          && t.is(k + 2, "day")) {
        shift = w.equals("same") ? 0 : w.equals("previous") ? -1 : 1;
      } else if (w.equals("day") && (t.is(k + 2, "before") || t.is(k + 2, "after"))
          && (k + 3 >= t.size || t.kind[k + 3] == TimeTokens.PUNCT)) {
        // only where "the day before" ends the phrase: in "the day before the vote" or "the day before
        // troops arrived" the anchor is another event
        shift = t.is(k + 2, "before") ? -1 : 1;
      } else {
        return null;
      }
      to = k + 3;
    } else {
      return null;
    }
    LocalDate antecedent = c.lastFullDate();
    if (antecedent == null) {
      return null;
    }
    String value = antecedent.plusDays(shift) + (pod == null ? "" : "T" + pod);
    return new Hit(i, to, TimeType.DATE, value, true, TimexRule.ANAPHORIC_DAY);
  }
}
