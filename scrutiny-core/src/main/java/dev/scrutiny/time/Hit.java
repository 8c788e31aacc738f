package dev.scrutiny.time;

import org.jspecify.annotations.Nullable;

/**
 * A candidate expression found by a rule: token range {@code [from, to)}, type, value, whether the value
 * used the reference date, and the rule.
 */
record Hit(int from, int to, TimeType type, String value, boolean relative, TimexRule rule) {

  /** The same expression starting at token {@code start} (a modifier before it: "about", "early"). */
  Hit startingAt(int start) {
    return new Hit(start, to, type, value, relative, rule);
  }

  /** The same value and extent, credited to another rule. */
  Hit by(TimexRule other) {
    return new Hit(from, to, type, value, relative, other);
  }

  /** The longer of two candidates; the first on a tie. */
  static @Nullable Hit longer(@Nullable Hit a, @Nullable Hit b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.to > a.to) {
      return b;
    }
    return a;
  }
}
