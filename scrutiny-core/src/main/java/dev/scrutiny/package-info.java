/** Scrutiny's facade, {@link dev.scrutiny.Scrutiny}: the shortest way to analyse an article. */
@NullMarked
package dev.scrutiny;

import org.jspecify.annotations.NullMarked;
