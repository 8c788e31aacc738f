package dev.scrutiny.checks;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ordinal years ("enters its seventh year", {@link OrdinalYears}), anniversaries and "N years of war"
 * ({@link ElapsedCounts}) against the start dates in the reference facts; "N days/weeks/months ago, on 6
 * August" against the publication date ({@link AgoCheck}); and a completion dated before a continuation of
 * the same thing ({@link CompletionOrder}).
 */
final class TemporalChecker implements Checker {

  @Override
  public String name() {
    return "temporal";
  }

  /** Ordinal years, durations ago and dates are read from the time layer. */
  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(TimeExpression.LAYER);
  }

  @Override
  public List<Check> check(CheckContext c) {
    List<Check> out = new ArrayList<>();
    for (Sentence s : c.sentences) {
      String st = c.sentence(s);
      OrdinalYears.check(c, s, out);
      ElapsedCounts.anniversaries(c, s, st, out);
      ElapsedCounts.yearsOf(c, s, st, out);
      ElapsedCounts.unitsOf(c, s, st, out);
      AgoCheck.check(c, s, out);
    }
    CompletionOrder.check(c, out);
    return out;
  }
}
