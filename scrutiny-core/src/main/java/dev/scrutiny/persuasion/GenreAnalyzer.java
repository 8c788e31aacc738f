package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Labels the article as opinion, reporting or satire (SemEval-2023 Task 3 subtask 1), with the cue
 * features that decided it. Reads the title and the article's shared token and sentence layers
 * (requires both). The model is chosen by {@code article.language()} (English by default).
 * Thread-safe; models load once, on first use.
 *
 * <p>Built on the {@link PersuasionAnalyzer} that runs before it ({@link #GenreAnalyzer(PersuasionAnalyzer)}), it reads
 * the technique probabilities of the article's lines that analyzer computed instead of scoring those lines again;
 * alone, it scores them itself. The label is the same either way.
 */
public final class GenreAnalyzer extends DocumentAnalyzer<GenreLabel> {

  private final @Nullable SharedLineScores shared;

  /** Uses the shipped models for each article's language. */
  public GenreAnalyzer() {
    super(null);
    this.shared = null;
  }

  /**
   * Uses the shipped models for each article's language, reading the line probabilities that {@code techniques}
   * computed for the same article where it ran before this analyzer with the same technique model.
   */
  public GenreAnalyzer(PersuasionAnalyzer techniques) {
    super(null);
    this.shared = techniques.lineScores();
  }

  /** Uses {@code models} for every article. */
  public GenreAnalyzer(PersuasionModels models) {
    super(models);
    this.shared = null;
  }

  @Override
  public LayerKey<GenreLabel> produces() {
    return GenreLabel.LAYER;
  }

  @Override
  public String name() {
    return "genre/2";
  }

  @Override
  public List<GenreLabel> analyze(Analysis in) {
    TextLayers doc = withTitle(in);
    LineScores scores = shared == null ? null : shared.take(in);
    // the article's text ends the title-and-body text, so its tokens lie this far into it
    return List.of(models(in).genre(doc, scores, doc.text().length() - in.text().length()));
  }
}
