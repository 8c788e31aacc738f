package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import org.jspecify.annotations.Nullable;

/**
 * A reporting cue in its sentence, with what the readings of the cue need: the sentence's words
 * {@code lo..hi-1} ({@code end} leaves out trailing punctuation), whether an explicit complement
 * ("that", a colon, a quotation, "accused X of") follows and where the content would start, and the
 * subject found before the cue.
 *
 * @param opener whether the sentence opens with "In a statement, …" and the like
 */
record CueClause(int lo, int hi, int end, CueMatch cue, boolean opener, boolean explicit, int contentStart,
                 boolean gerund, @Nullable Span speaker) {

  CueClause withEnd(int newEnd) {
    return new CueClause(lo, hi, newEnd, cue, opener, explicit, contentStart, gerund, speaker);
  }

  /** Whether the cue attributes without an explicit complement (not a strict cue, or after an opener). */
  boolean loose() {
    return !cue.entry().strict() || opener;
  }

  Draft draft(ClaimContext doc, java.util.List<Span> parts, Span who, ClaimKind kind, String rule) {
    return Draft.of(parts, who, cue, doc, kind, rule);
  }
}
