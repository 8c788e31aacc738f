package dev.scrutiny.persuasion;

import dev.scrutiny.article.LayerKey;
import java.util.List;
import java.util.Objects;

/**
 * A frame the whole article uses.
 *
 * @param frame      the frame
 * @param confidence the model's probability, in [0, 1]
 * @param evidence   the cue features that pushed the score up most, strongest first
 */
public record FrameLabel(Frame frame, double confidence, List<String> evidence) implements DocumentLabel {

  /** The {@code frames} layer, most confident first. */
  public static final LayerKey<FrameLabel> LAYER = LayerKey.of("frames", FrameLabel.class, LayerKey.Order.NONE);

  public FrameLabel {
    Objects.requireNonNull(frame, "frame");
    evidence = List.copyOf(evidence);
    DocumentLabel.checkedConfidence(confidence);
  }

  @Override
  public String label() {
    return frame.official();
  }
}
