package dev.scrutiny.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What every time rule reads during one tagging run: the text and its tokens, the reference date, the
 * expressions tagged so far (for rules that look back at the discourse) and the shared token tests
 * (a year, a day, a month name here?). Not thread-safe: one instance per run.
 */
final class TimeContext {

  /** How far back (characters) a quarter stays the time in focus for "a year ago". */
  static final int FOCUS_CHARS = 600;
  /** How far back (characters) a bare clock time looks for the day it belongs to. */
  static final int DAY_CONTEXT_CHARS = 300;
  static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

  final String text;
  final TimeTokens t;
  final @Nullable LocalDate ref;
  /** The anchor of values computed from {@link #ref}. */
  final Anchor relAnchor;
  /** Expressions tagged so far, in document order. */
  final List<TimeExpression> out = new ArrayList<>();
  /** End offsets of expressions resolved against the quarter in focus: they never become the focus. */
  final Set<Integer> derivedEnds = new HashSet<>();
  /** A second expression to emit after the current one (range ends: "April 26-30"). */
  @Nullable TimeExpression pendingRangeEnd;
  /** The token holding the range dash, and the offset of that dash, where the first expression ends. */
  int cutTok = -1;
  int cutAt = -1;

  TimeContext(String text, TimeTokens t, @Nullable LocalDate ref, Anchor relAnchor) {
    this.text = text;
    this.t = t;
    this.ref = ref;
    this.relAnchor = relAnchor;
  }

  Anchor anchor(boolean relative) {
    return relative ? relAnchor : Anchor.ABSOLUTE;
  }

  /** Queues the second expression of a range; the current one is cut at {@code dashAt} in token {@code tok}. */
  void queueRangeEnd(int start, int end, String value, boolean relative, int tok, int dashAt) {
    pendingRangeEnd = new TimeExpression(start, end, text.substring(start, end), TimeType.DATE, value,
        anchor(relative), TimexRule.RANGE_END.id());
    cutTok = tok;
    cutAt = dashAt;
  }

  int tense(int i) {
    return Tense.at(t, i);
  }

  /** The reference date; only called on paths that checked it is there. */
  LocalDate ref() {
    if (ref == null) {
      throw new IllegalStateException("no reference date");
    }
    return ref;
  }

  /** The year of a month-day without one (day 0: a month), by the tense at token i. */
  int chooseYear(int i, int mo, int day) {
    return ReferenceYears.of(ref(), tense(i), mo, day);
  }

  /**
   * Extends a day-valued hit by a following part of day ("Friday morning", "Wednesday night"). The type
   * stays DATE, as TimeBank and AQUAINT annotate these three times in four.
   */
  Hit withPartOfDay(Hit h) {
    String pod = TimeLexicon.PARTS_OF_DAY.get(t.at(h.to()));
    if (pod != null && !pod.isEmpty()) {
      return new Hit(h.from(), h.to() + 1, TimeType.DATE, h.value() + "T" + pod, h.relative(), h.rule());
    }
    return h;
  }

  // ------------------------------------------------------------------------------------ token tests

  boolean upper(int k) {
    return t.upper(text, k);
  }

  /** A year at token k: four digits, 1000–2199. */
  @Nullable Integer yearAt(int k) {
    if (k < 0 || k >= t.size || t.kind[k] != TimeTokens.NUM) {
      return null;
    }
    String w = t.lower[k];
    if (w.length() != 4 || !TimeFormat.digits(w)) {
      return null;
    }
    int y = Integer.parseInt(w);
    return y >= 1000 && y <= 2199 ? y : null;
  }

  /** A day of the month at token k: 1–31 in digits, or an ordinal such as "6th". */
  @Nullable Integer dayAt(int k) {
    if (k < 0 || k >= t.size) {
      return null;
    }
    String w = t.lower[k];
    if (t.kind[k] == TimeTokens.NUM && w.length() <= 2 && TimeFormat.digits(w)) {
      int d = Integer.parseInt(w);
      return d >= 1 && d <= 31 ? d : null;
    }
    if (t.kind[k] == TimeTokens.ALNUM) {
      return TimeLexicon.ORDINALS.get(w);
    }
    return null;
  }

  /** A capitalised month name at token k that reads as a month in its context. */
  boolean monthToken(int k) {
    if (k < 0 || k >= t.size || t.kind[k] != TimeTokens.WORD) {
      return false;
    }
    String w = t.lower[k];
    if (!TimeLexicon.MONTHS.containsKey(w) || !upper(k)) {
      return false;
    }
    if (w.length() <= 4 && !w.endsWith(".") && !w.equals("may") && !w.equals("june") && !w.equals("july")) {
      // "Jan" without a dot is as often a first name: only with a day or year next to it
      return dayAt(k + 1) != null || yearAt(k + 1) != null || dayAt(k - 1) != null;
    }
    if (w.equals("may") || w.equals("march")) {
      // modal "May" / verb "March" at a sentence start: require a date context around it
      return dayAt(k + 1) != null || yearAt(k + 1) != null || dayAt(k - 1) != null
          || MONTH_CONTEXT.contains(t.at(k - 1));
    }
    return true;
  }

  private static final Set<String> MONTH_CONTEXT = Set.of("in", "of", "since", "until", "early", "late",
      "mid", "-", "last", "next", "this", "by", "through", "from", "to", "and");

  /** Whether the 4-digit number at token i reads as a year rather than a count or an amount. */
  boolean plausibleYear(int i) {
    String prev = t.at(i - 1);
    if (prev.equals("$") || prev.equals("#") || prev.equals("no.") || prev.equals("number")) {
      return false;
    }
    if (COUNTED_NOUNS.contains(t.at(i + 1))) {
      return false;
    }
    int y = Integer.parseInt(t.lower[i]);
    return y >= 1800 && y <= 2100;
  }

  private static final Set<String> COUNTED_NOUNS = Set.of("%", "percent", "people", "troops", "soldiers",
      "shares", "km", "miles", "meters", "metres", "feet", "tons", "tonnes", "men", "points");

  // ------------------------------------------------------------------------------------ discourse

  /** The latest day-precise date tagged so far, or null. */
  @Nullable LocalDate lastFullDate() {
    for (int k = out.size() - 1; k >= 0; k--) {
      String v = out.get(k).value();
      if (v.length() >= 10 && FULL_DATE.matcher(v.substring(0, 10)).matches()) {
        try {
          return LocalDate.parse(v.substring(0, 10));
        } catch (java.time.DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * The quarter the discourse is about at token i: the value of the latest quarter-valued expression
   * ("the third quarter", "1989-Q3") tagged within {@value #FOCUS_CHARS} characters before it, or null.
   */
  @Nullable String quarterInFocus(int i) {
    int at = t.start[Math.min(i, t.size - 1)];
    for (int k = out.size() - 1; k >= 0; k--) {
      TimeExpression e = out.get(k);
      if (at - e.end() > FOCUS_CHARS) {
        return null;
      }
      if (e.type() == TimeType.DATE && QUARTER.matcher(e.value()).matches() && !derivedEnds.contains(e.end())) {
        return e.value();
      }
    }
    return null;
  }

  /** The latest expression with a day value ending within {@value #DAY_CONTEXT_CHARS} characters before. */
  @Nullable TimeExpression recentDay(int offset) {
    for (int k = out.size() - 1; k >= 0; k--) {
      TimeExpression e = out.get(k);
      if (offset - e.end() > DAY_CONTEXT_CHARS) {
        return null;
      }
      if (e.value().length() >= 10 && FULL_DATE.matcher(e.value().substring(0, 10)).matches()) {
        return e;
      }
    }
    return null;
  }
}
