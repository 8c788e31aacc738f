package dev.scrutiny.checks;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Three days ago, on 6 August", "over a month ago (2 May)": a duration counted back from the publication
 * date, read from the tokens of a time-layer DATE, against the calendar date written within 40 characters
 * of it. A hedge ("over", "nearly") bounds the count on one side; otherwise the count may be off by half a
 * unit or a quarter of itself. For {@link TemporalChecker}. Stateless.
 */
final class AgoCheck {

  private AgoCheck() {}

  private static final Set<String> AGO_UNITS = Set.of("day", "week", "month", "year");
  private static final List<String> AGO_QUALIFIERS = List.of("just over", "well over", "more than", "less than", "over",
      "almost", "nearly", "about", "around", "some", "roughly", "barely", "just");

  /** A unit counted back: its length in days, and how many days a hedged count ("over", "nearly") may miss by. */
  private enum Unit {
    DAY(1, 1), WEEK(7, 2), MONTH(30.44, 4), YEAR(365.2425, 20);

    final double days;
    final double slack;

    Unit(double days, double slack) {
      this.days = days;
      this.slack = slack;
    }

    static Unit of(String unit) {
      return valueOf(unit.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** "over a month ago", "three days ago": a DATE of the time layer counted back from now, read from its tokens. */
  private record Ago(int start, int end, int n, String unit, String qualifier) {}

  private static @Nullable Ago ago(CheckContext c, TimeExpression t, int sentenceStart) {
    List<Token> in = c.tokens(t.start(), t.end());
    int size = in.size();
    if (t.type() != TimeType.DATE || size < 3 || !in.get(size - 1).norm().equals("ago")) {
      return null;
    }
    String unit = in.get(size - 2).norm();
    unit = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    int n = Texts.cardinal(in.get(size - 3).norm());
    if (!AGO_UNITS.contains(unit) || n < 1) {
      return null;
    }
    int start = in.get(size - 3).start();
    int first = c.tokenAt(start); // the number's index in the article's tokens
    String qualifier = "";
    for (String q : AGO_QUALIFIERS) {
      String[] words = q.split(" ");
      int from = first - words.length;
      boolean match = from >= 0;
      for (int i = 0; match && i < words.length; i++) {
        match = c.tokens.get(from + i).norm().equals(words[i]) && c.tokens.get(from + i).start() >= sentenceStart;
      }
      if (match) {
        qualifier = q;
        start = c.tokens.get(from).start();
        break;
      }
    }
    return new Ago(start, t.end(), n, unit, qualifier);
  }

  static void check(CheckContext c, Sentence s, List<Check> out) {
    if (c.published == null) {
      return;
    }
    for (TimeExpression t : c.times(s.start(), s.end())) {
      Ago m = ago(c, t, s.start());
      CheckContext.DateMention date = m == null ? null : dateNear(c, s, m);
      if (date == null) {
        continue;
      }
      int a = m.start();
      int b = m.end();
      double unitDays = Unit.of(m.unit()).days;
      double claimed = m.n() * unitDays;
      LocalDate when = date.yearGiven() ? date.date() : bestYear(date.date(), c.published, m.n(), claimed);
      long actual = ChronoUnit.DAYS.between(when, c.published);
      Verdict v = disagreement(m, actual, claimed, unitDays);
      if (v != null) {
        String computed = actual + " days between " + when + " and publication on " + c.published;
        out.add(new Check(Math.min(a, date.start()), Math.max(b, date.end()), CheckKind.TEMPORAL, v.severity(),
            "'" + c.text(a, b) + "' does not agree with the date " + when + " and the publication date "
                + c.published + ": " + v.why() + ".",
            new Evidence(List.of(), new Span(date.start(), date.end()), c.text(date.start(), date.end()), computed)));
      }
    }
  }

  /** The calendar date nearest after (or else before) the phrase, at most 40 characters away, or null. */
  private static CheckContext.@Nullable DateMention dateNear(CheckContext c, Sentence s, Ago m) {
    CheckContext.DateMention date = null;
    for (CheckContext.DateMention d : c.dates(s.start(), s.end())) {
      int gap = d.start() >= m.end() ? d.start() - m.end() : m.start() - d.end();
      if (gap >= 0 && gap <= 40 && (date == null || gap < Math.abs(date.start() - m.end()))) {
        date = d;
      }
    }
    return date;
  }

  /** "Eight years ago, on May 26": a date without a year takes the year that best fits the claim. */
  private static LocalDate bestYear(LocalDate written, LocalDate published, int n, double claimed) {
    LocalDate when = written;
    for (int y = published.getYear() - n - 1; y <= published.getYear() + 1; y++) {
      LocalDate cand = when.withYear(y);
      if (Math.abs(ChronoUnit.DAYS.between(cand, published) - claimed)
          < Math.abs(ChronoUnit.DAYS.between(when, published) - claimed)) {
        when = cand;
      }
    }
    return when;
  }

  /** How badly the days that passed disagree with the phrase, and why. */
  private record Verdict(Severity severity, String why) {}

  /**
   * Why {@code actual} days do not fit the phrase, or null when they do; an unhedged count that is off is a
   * warning unless it is off by more than twice the tolerance.
   */
  private static @Nullable Verdict disagreement(Ago m, long actual, double claimed, double unitDays) {
    String q = m.qualifier();
    double slack = Unit.of(m.unit()).slack;
    if (actual < 0) {
      return new Verdict(Severity.ERROR, "that date is " + (-actual) + " days after publication");
    } else if (q.endsWith("over") || q.equals("more than")) {
      return actual < claimed - slack ? new Verdict(Severity.ERROR, "only " + actual + " days had passed") : null;
    } else if (q.equals("almost") || q.equals("nearly") || q.equals("less than") || q.equals("barely")) {
      return actual > claimed + slack ? new Verdict(Severity.ERROR, actual + " days had passed") : null;
    }
    double tol = Math.max(unitDays * 0.5, claimed * 0.25) + 1;
    double off = Math.abs(actual - claimed);
    return off > tol ? new Verdict(off > 2 * tol ? Severity.ERROR : Severity.WARNING, actual + " days had passed")
        : null;
  }
}
