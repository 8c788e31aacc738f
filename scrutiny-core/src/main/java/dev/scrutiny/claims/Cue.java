package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import java.util.Objects;

/**
 * The words that mark a statement as reported: a verb ("said"), a phrase ("made clear",
 * "according to") or a colon after a reporting verb.
 *
 * @param lemma  the lexicon entry's base form, such as {@code say} or {@code according to}
 * @param span   where the cue stands in the text (0-based, end-exclusive UTF-16 offsets)
 * @param stance neutral or loaded, from the lexicon
 */
public record Cue(String lemma, Span span, Stance stance) {

  public Cue {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(stance, "stance");
  }
}
