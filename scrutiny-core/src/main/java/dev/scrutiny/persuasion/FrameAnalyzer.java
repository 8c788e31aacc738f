package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import java.util.List;

/**
 * Labels the frames of the whole article (SemEval-2023 Task 3 subtask 2): at least one, most confident
 * first, each with its cue features. Reads the title and the article's shared token and sentence layers
 * (requires both). The model is chosen by {@code article.language()} (English by default).
 * Thread-safe; models load once, on first use.
 */
public final class FrameAnalyzer extends DocumentAnalyzer<FrameLabel> {

  /** Uses the shipped models for each article's language. */
  public FrameAnalyzer() {
    super(null);
  }

  /**
   * Uses the shipped frame model trained with {@code encoder}'s paragraph vectors where the build has one for the
   * article's language, the plain one elsewhere; where the encoder fine-tuned for techniques is installed with a
   * frame model of its own (as {@code scrutiny-encoder} ships for English), that model and encoder instead. Give
   * {@link PersuasionAnalyzer} the same {@link dev.scrutiny.text.CachingEncoder} to encode each paragraph once.
   */
  public FrameAnalyzer(dev.scrutiny.text.SentenceEncoder encoder) {
    super(null, java.util.Objects.requireNonNull(encoder, "encoder"));
  }

  /** Uses {@code models} for every article. */
  public FrameAnalyzer(PersuasionModels models) {
    super(models);
  }

  @Override
  public LayerKey<FrameLabel> produces() {
    return FrameLabel.LAYER;
  }

  @Override
  public String name() {
    return encoder() == null ? "frames/1" : "frames/1+" + EncoderModels.frameEncoder("en", encoder()).id();
  }

  @Override
  public List<FrameLabel> analyze(Analysis in) {
    return models(in).frames(withTitle(in));
  }
}
