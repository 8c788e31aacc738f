package dev.scrutiny.time;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The small engine that runs the rule families over the tokens: at each trigger token it reads an
 * approximator or comparative ("about", "more than", "up to") into the extent, tries every family in
 * {@link #CORE} and keeps the longest match (the earlier family on a tie), then skips past it. Ranges
 * ("April 26-30") come out as two expressions. Stateless; the run's state lives in its {@link TimeContext}.
 */
final class TimeRules {

  /** The rule families, in order of precedence on equally long matches. */
  static final List<TimeRule> CORE = List.of(
      DeicticRules::anaphoricDay,
      DurationRules::durationOrAgo,
      RelativeRules::relativeDeterminer,
      CalendarRules::calendarDate,
      DeicticRules::deictic,
      SetRules::setExpression,
      TimeRules::clockTime);

  private TimeRules() {}

  /** Tags the context's tokens; when not lenient, a rule's unforeseen exception propagates (tests). */
  static List<TimeExpression> scan(TimeContext c, boolean lenient) {
    TimeTokens t = c.t;
    int i = 0;
    while (i < t.size) {
      byte k = t.kind[i];
      if (k == TimeTokens.PUNCT || (k == TimeTokens.WORD && !TimeLexicon.TRIGGERS.contains(t.lower[i]))) {
        i++;
        continue;
      }
      Hit h = tryAt(c, i, lenient);
      i = h == null ? i + 1 : emit(c, h);
    }
    return c.out;
  }

  private static @Nullable Hit tryAt(TimeContext c, int i, boolean lenient) {
    c.pendingRangeEnd = null;
    c.cutTok = -1;
    try {
      return match(c, i);
    } catch (NumberFormatException | IndexOutOfBoundsException | java.time.DateTimeException e) {
      // a token shape no rule foresaw must not cost the article its whole layer; the property tests
      // run without this net to hunt for such shapes
      if (!lenient) {
        throw e;
      }
      return null;
    }
  }

  /** Adds the hit (and a queued range end) to the output; returns the token to go on from. */
  private static int emit(TimeContext c, Hit h) {
    TimeTokens t = c.t;
    int s = t.start[h.from()];
    int e = t.end[h.to() - 1];
    TimeExpression second = null;
    TimeExpression p = c.pendingRangeEnd;
    if (p != null && c.cutTok >= h.from() && c.cutTok < h.to()) {
      // a range: the first expression ends at the dash, the second runs to the end of the match
      int se = Math.max(p.end(), e);
      second = new TimeExpression(p.start(), se, c.text.substring(p.start(), se), p.type(), p.value(), p.anchor(),
          p.rule());
      e = c.cutAt;
    }
    c.out.add(new TimeExpression(s, e, c.text.substring(s, e), h.type(), h.value(), c.anchor(h.relative()),
        h.rule().id()));
    int next = h.to();
    if (second != null) {
      c.out.add(second);
      while (next < t.size && t.start[next] < second.end()) {
        next++;
      }
    }
    return next;
  }

  /** Approximators and comparatives are part of the extent in TimeML ("almost a year", "up to 180 days"). */
  static @Nullable Hit match(TimeContext c, int i) {
    TimeTokens t = c.t;
    int j = i;
    String w = t.at(i);
    switch (w) {
      case "about", "around", "approximately", "nearly", "almost", "roughly", "some" -> j = i + 1;
      case "more", "less", "fewer" -> j = t.is(i + 1, "than") ? i + 2 : i;
      case "no" -> j = t.is(i + 1, "more") && t.is(i + 2, "than") ? i + 3 : i;
      case "over", "under" -> {
        // "over a month ago" keeps its modifier; "over three years" (a span) does not, as in TimeBank
        Hit ago = DurationRules.durationOrAgo(c, i + 1);
        if (ago != null && ago.type() == TimeType.DATE) {
          return ago.startingAt(i);
        }
      }
      case "at" -> j = (t.is(i + 1, "least") || t.is(i + 1, "most")) ? i + 2 : i;
      case "up" -> j = t.is(i + 1, "to") ? i + 2 : i;
      default -> { }
    }
    if (j == i) {
      return core(c, i);
    }
    Hit modified = DurationRules.durationOrAgo(c, j);
    if (modified != null) {
      return modified.startingAt(i);
    }
    return w.equals("some") ? core(c, i) : null;
  }

  /**
   * The longest expression any rule family in {@link #CORE} reads from token i. The calls are written out
   * in {@link #CORE}'s order: a loop over the list makes one call site for seven targets, which the JIT
   * cannot inline (15% slower on TimeBank).
   */
  static @Nullable Hit core(TimeContext c, int i) {
    Hit best = DeicticRules.anaphoricDay(c, i);
    best = Hit.longer(best, DurationRules.durationOrAgo(c, i));
    best = Hit.longer(best, RelativeRules.relativeDeterminer(c, i));
    best = Hit.longer(best, CalendarRules.calendarDate(c, i));
    best = Hit.longer(best, DeicticRules.deictic(c, i));
    best = Hit.longer(best, SetRules.setExpression(c, i));
    return Hit.longer(best, clockTime(c, i));
  }

  private static @Nullable Hit clockTime(TimeContext c, int i) {
    try {
      return ClockRules.timeOfDay(c, i);
    } catch (NumberFormatException e) {
      return null; // an odd digit group such as "3:4,5" is no clock time
    }
  }
}
