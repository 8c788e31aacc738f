package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Labels the frames of the whole article (SemEval-2023 Task 3 subtask 2): at least one, most confident
 * first, each with its cue features. Reads the title and text; requires no layer. The model is chosen by
 * {@code article.language()} (English by default). Thread-safe; models load once, on first use.
 */
public final class FrameAnalyzer implements Analyzer<FrameLabel> {

  private final @Nullable PersuasionModels fixed;

  /** Uses the shipped models for each article's language. */
  public FrameAnalyzer() {
    this.fixed = null;
  }

  /** Uses {@code models} for every article. */
  public FrameAnalyzer(PersuasionModels models) {
    this.fixed = models;
  }

  @Override
  public LayerKey<FrameLabel> produces() {
    return FrameLabel.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  /** Models are trained for English and Russian. */
  @Override
  public Set<String> languages() {
    return Set.of("en", "ru");
  }

  @Override
  public String name() {
    return "frames/1";
  }

  @Override
  public List<FrameLabel> analyze(Analysis in) {
    PersuasionModels models = fixed != null ? fixed : PersuasionModels.forLanguage(in.article().language());
    return models.frames(GenreAnalyzer.withTitle(in));
  }
}
