package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Labels the article as opinion, reporting or satire (SemEval-2023 Task 3 subtask 1), with the cue
 * features that decided it. Reads the title and text; requires no layer. The model is chosen by
 * {@code article.language()} (English by default). Thread-safe; models load once, on first use.
 */
public final class GenreAnalyzer implements Analyzer<GenreLabel> {

  private final @Nullable PersuasionModels fixed;

  /** Uses the shipped models for each article's language. */
  public GenreAnalyzer() {
    this.fixed = null;
  }

  /** Uses {@code models} for every article. */
  public GenreAnalyzer(PersuasionModels models) {
    this.fixed = models;
  }

  @Override
  public LayerKey<GenreLabel> produces() {
    return GenreLabel.LAYER;
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
    return "genre/1";
  }

  @Override
  public List<GenreLabel> analyze(Analysis in) {
    PersuasionModels models = fixed != null ? fixed : PersuasionModels.forLanguage(in.article().language());
    return List.of(models.genre(withTitle(in)));
  }

  /** The text as the models were trained on it: title line, blank line, body. */
  static String withTitle(Analysis in) {
    String title = in.article().title();
    return title == null || title.isBlank() ? in.text() : title + "\n\n" + in.text();
  }
}
