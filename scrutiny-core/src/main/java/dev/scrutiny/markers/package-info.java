/**
 * Markers: the vocabulary that gives a side away. Loaded labels and euphemisms from a {@link
 * dev.scrutiny.markers.Lexicon} matched by lemma, toponym conventions (Kiev or Kyiv) from the places layer,
 * and an article-level {@link dev.scrutiny.markers.MarkerSummary} with a {@link dev.scrutiny.markers.SourcingProfile}.
 */
@NullMarked
package dev.scrutiny.markers;

import org.jspecify.annotations.NullMarked;
