package dev.scrutiny.time;

import org.jspecify.annotations.Nullable;

/**
 * One family of time patterns tried at a trigger token: reads the tokens from {@code i} in the shared
 * {@link TimeContext} and returns the expression found there, credited to the {@link TimexRule} that
 * matched, or null. Rules hold no state of their own.
 */
@FunctionalInterface
interface TimeRule {

  @Nullable Hit match(TimeContext c, int i);
}
