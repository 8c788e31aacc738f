package dev.scrutiny.persuasion;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Spanned;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A persuasion technique detected in one paragraph, highlighted on the sentence or cue phrase that
 * drives the model's score.
 *
 * @param start      first offset of the highlighted range (0-based, UTF-16)
 * @param end        end offset (exclusive)
 * @param text       the highlighted text
 * @param technique  the technique
 * @param confidence the model's probability for the technique in the paragraph, in [0, 1]
 * @param paragraphStart first offset of the paragraph the technique was detected in
 * @param paragraphEnd   end offset of that paragraph (exclusive)
 * @param evidence   the cue features that pushed the score up most, strongest first, such as
 *                   {@code word "regime"} or {@code lexicon name-calling}
 */
public record TechniqueMatch(int start, int end, String text, Technique technique, double confidence,
    int paragraphStart, int paragraphEnd, List<String> evidence) implements Spanned, Labelled {

  /** The {@code techniques} layer, in document order; matches of different techniques may overlap. */
  public static final LayerKey<TechniqueMatch> LAYER =
      LayerKey.of("techniques", TechniqueMatch.class, LayerKey.Order.SORTED);

  public TechniqueMatch {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(technique, "technique");
    evidence = List.copyOf(evidence);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("expected 0 <= start <= end, got start=" + start + " end=" + end);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected confidence in [0, 1], got " + confidence);
    }
  }

  @Override
  public String label() {
    return technique.official();
  }

  @Override
  public String detail() {
    return technique.official() + String.format(Locale.ROOT, " (%.2f): ", confidence) + technique.definition()
        + (evidence.isEmpty() ? "" : " Cues: " + String.join(", ", evidence) + ".");
  }
}
