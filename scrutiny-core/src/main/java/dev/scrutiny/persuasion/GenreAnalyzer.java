package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import java.util.List;

/**
 * Labels the article as opinion, reporting or satire (SemEval-2023 Task 3 subtask 1), with the cue
 * features that decided it. Reads the title and the article's shared token and sentence layers
 * (requires both). The model is chosen by {@code article.language()} (English by default).
 * Thread-safe; models load once, on first use.
 */
public final class GenreAnalyzer extends DocumentAnalyzer<GenreLabel> {

  /** Uses the shipped models for each article's language. */
  public GenreAnalyzer() {
    super(null);
  }

  /** Uses {@code models} for every article. */
  public GenreAnalyzer(PersuasionModels models) {
    super(models);
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
    return List.of(models(in).genre(withTitle(in)));
  }
}
