package dev.scrutiny.persuasion;

import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Span;
import java.util.List;
import java.util.Locale;

/**
 * A label of the whole article (a genre, a frame): document-level, so it covers no span, with the model's
 * confidence and the cue features that pushed its score up most, strongest first.
 */
public sealed interface DocumentLabel extends Annotation, Labelled permits GenreLabel, FrameLabel {

  /** The model's probability for the label, in [0, 1]. */
  double confidence();

  /** The cue features behind the label, strongest first. */
  List<String> evidence();

  @Override
  default List<Span> spans() {
    return List.of();
  }

  @Override
  default String detail() {
    return label() + String.format(Locale.ROOT, " (%.2f)", confidence())
        + (evidence().isEmpty() ? "" : ": " + String.join(", ", evidence()));
  }

  /** Checks a confidence for the records' constructors. */
  static double checkedConfidence(double confidence) {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected confidence in [0, 1], got " + confidence);
    }
    return confidence;
  }
}
