package dev.scrutiny.time;

import static dev.scrutiny.time.TimeFormat.period;

import dev.scrutiny.time.Quantities.Num;
import dev.scrutiny.time.Quantities.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Recurrences (TIMEX3 SET): {@link TimexRule#SET_ADVERB} ("rose 20% annually", "a daily rally"),
 * {@link TimexRule#SET_EVERY} ("Mondays", "every Monday", "every two weeks", "each morning") and
 * {@link TimexRule#SET_FREQUENCY} ("twice a week", "three times a day").
 */
final class SetRules {

  private SetRules() {}

  static @Nullable Hit setExpression(TimeContext c, int i) {
    TimeTokens t = c.t;
    String w = t.at(i);
    String adv = TimeLexicon.SET_ADVERBS.get(w);
    if (adv != null) {
      return adverb(c, i, w, adv);
    }
    Integer wdp = TimeLexicon.WEEKDAYS_PLURAL.get(w);
    if (wdp != null && c.upper(i)) {
      return new Hit(i, i + 1, TimeType.SET, "XXXX-WXX-" + wdp, false, TimexRule.SET_EVERY);
    }
    if (w.equals("every") || w.equals("each")) {
      return every(c, i, i + 1);
    }
    return frequency(c, i, w);
  }

  /** The adverb ("rose 20% annually"), not the adjective ("its quarterly dividend"). */
  private static @Nullable Hit adverb(TimeContext c, int i, String w, String value) {
    TimeTokens t = c.t;
    String next = t.at(i + 1);
    if (i + 1 >= t.size || t.isPunct(i + 1) || TimeLexicon.ADVERB_FOLLOWERS.contains(next)) {
      return new Hit(i, i + 1, TimeType.SET, value, false, TimexRule.SET_ADVERB);
    }
    if (TimeLexicon.EVENT_FREQUENCY_ADJECTIVES.contains(w) && t.kind[i + 1] == TimeTokens.WORD
        && Character.isLowerCase(c.text.charAt(t.start[i + 1]))) {
      // a capitalised name after it makes "daily" a newspaper ("the party daily Pravda")
      // TimeML tags the frequency of an event noun ("a daily rally", "weekly flights") as a SET; the
      // financial adjectives ("quarterly dividend", "annual report") name a period, not a recurrence
      return new Hit(i, i + 1, TimeType.SET, value, false, TimexRule.SET_ADVERB);
    }
    return null;
  }

  /** After "every"/"each" at token k: a weekday, month, season, count and unit, unit, or part of day. */
  private static @Nullable Hit every(TimeContext c, int i, int k) {
    TimeTokens t = c.t;
    Integer wd = TimeLexicon.WEEKDAYS.get(t.at(k));
    if (wd != null) {
      return new Hit(i, k + 1, TimeType.SET, "XXXX-WXX-" + wd, false, TimexRule.SET_EVERY);
    }
    Integer mo = TimeLexicon.MONTHS.get(t.at(k));
    if (mo != null && c.monthToken(k)) {
      return new Hit(i, k + 1, TimeType.SET, "XXXX-" + TimeFormat.two(mo), false, TimexRule.SET_EVERY);
    }
    String season = TimeLexicon.SEASONS.get(t.at(k));
    if (season != null) {
      return new Hit(i, k + 1, TimeType.SET, "XXXX-" + season, false, TimexRule.SET_EVERY);
    }
    Num n = t.is(k, "other") ? new Num(2, k + 1) : Quantities.number(t, k);
    if (n != null && (t.kind[k] == TimeTokens.NUM || TimeLexicon.NUMBERS.containsKey(t.at(k)) || t.is(k, "other"))) {
      Unit u = Quantities.unit(t, n.to());
      if (u != null) {
        return new Hit(i, u.to(), TimeType.SET, period(n.value(), u.iso()), false, TimexRule.SET_EVERY);
      }
    }
    Unit u = Quantities.unit(t, k);
    if (u != null && !u.plural()) {
      return new Hit(i, u.to(), TimeType.SET, period(1, u.iso()), false, TimexRule.SET_EVERY);
    }
    String pod = TimeLexicon.PARTS_OF_DAY.get(t.at(k));
    if (pod != null) {
      return new Hit(i, k + 1, TimeType.SET, "XXXX-XX-XXT" + pod, false, TimexRule.SET_EVERY);
    }
    return null;
  }

  /** "twice a week", "three times a day", "several times per day", "once a month". */
  private static @Nullable Hit frequency(TimeContext c, int i, String w) {
    TimeTokens t = c.t;
    int k;
    if (w.equals("once") || w.equals("twice")) {
      k = i + 1;
    } else {
      Num n = Quantities.number(t, i);
      if (n == null || !t.is(n.to(), "times")) {
        return null;
      }
      k = n.to() + 1;
    }
    if (t.is(k, "a") || t.is(k, "an") || t.is(k, "per") || t.is(k, "each") || t.is(k, "every")) {
      Unit u = Quantities.unit(t, k + 1);
      if (u != null && !u.plural()) {
        return new Hit(i, u.to(), TimeType.SET, period(1, u.iso()), false, TimexRule.SET_FREQUENCY);
      }
    }
    return null;
  }
}
