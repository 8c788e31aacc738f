package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import org.jspecify.annotations.Nullable;

/**
 * A claim rule that attributes one quotation (by its index in {@link ClaimContext#quotes}); the
 * quotation rules are tried in order and the first that applies wins. Implementations are immutable.
 */
interface QuoteRule {

  /**
   * Attributes quotation {@code qi} if this rule applies, adding or extending a draft.
   *
   * @return how many quotations the draft took (2 for a quotation split by its cue), or 0 when the rule
   *     does not apply
   */
  int apply(ClaimContext doc, int qi);

  /**
   * The speaker of a quotation's cue: the phrase before the cue (from word {@code floor} on), else the
   * one after it (before word {@code ceiling}): “…,” he said / “…,” said Peskov; null without a cue or
   * a speaker.
   */
  static @Nullable Span speaker(SpeakerPhrases phrases, ClaimContext doc, @Nullable CueMatch cue, int floor,
                                int ceiling) {
    if (cue == null) {
      return null;
    }
    Span speaker = phrases.before(doc, cue.first(), floor);
    return speaker != null ? speaker : phrases.after(doc, cue.last() + 1, ceiling);
  }
}
