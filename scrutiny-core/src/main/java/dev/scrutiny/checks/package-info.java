/**
 * Consistency checks: what in an article does not add up against itself, the calendar, the map and a
 * table of {@link dev.scrutiny.checks.ReferenceFacts reference facts}. {@link dev.scrutiny.checks.CheckAnalyzer}
 * produces the {@code checks} layer of {@link dev.scrutiny.checks.Check} records, each with its evidence.
 */
@NullMarked
package dev.scrutiny.checks;

import org.jspecify.annotations.NullMarked;
