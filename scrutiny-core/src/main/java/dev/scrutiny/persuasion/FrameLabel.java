package dev.scrutiny.persuasion;

import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A frame the whole article uses (document-level, so it covers no span).
 *
 * @param frame      the frame
 * @param confidence the model's probability, in [0, 1]
 * @param evidence   the cue features that pushed the score up most, strongest first
 */
public record FrameLabel(Frame frame, double confidence, List<String> evidence) implements Annotation, Labelled {

  /** The {@code frames} layer, most confident first. */
  public static final LayerKey<FrameLabel> LAYER = LayerKey.of("frames", FrameLabel.class, LayerKey.Order.NONE);

  public FrameLabel {
    Objects.requireNonNull(frame, "frame");
    evidence = List.copyOf(evidence);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected confidence in [0, 1], got " + confidence);
    }
  }

  @Override
  public List<Span> spans() {
    return List.of();
  }

  @Override
  public String label() {
    return frame.official();
  }

  @Override
  public String detail() {
    return frame.official() + String.format(Locale.ROOT, " (%.2f)", confidence)
        + (evidence.isEmpty() ? "" : ": " + String.join(", ", evidence));
  }
}
