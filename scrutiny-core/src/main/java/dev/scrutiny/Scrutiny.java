package dev.scrutiny;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door: analyse an article with the default pipeline.
 *
 * <pre>{@code
 * Article article = Article.builder("a1", "Kyiv, 6 August. The offensive began, officials said.").build();
 * Analysis analysis = Scrutiny.analyze(article);
 * }</pre>
 *
 * The default pipeline is built once, on first use, and shared; it is thread-safe.
 */
public final class Scrutiny {

  private Scrutiny() {}

  /** Analyses one article with {@link #defaultPipeline()}. */
  public static Analysis analyze(Article article) {
    return Holder.DEFAULT.run(article);
  }

  /** The shared default pipeline: every analyzer that ships, in dependency order. */
  public static Pipeline defaultPipeline() {
    return Holder.DEFAULT;
  }

  /** Fresh instances of every analyzer that ships, in dependency order; add one line per new analyzer. */
  public static List<Analyzer<?>> defaultAnalyzers() {
    List<Analyzer<?>> a = new ArrayList<>();
    a.add(new ParagraphAnalyzer());
    a.add(new dev.scrutiny.checks.CheckAnalyzer());
    a.add(new dev.scrutiny.markers.MarkerAnalyzer());
    return a;
  }

  private static final class Holder {
    static final Pipeline DEFAULT = Pipeline.of(defaultAnalyzers());
  }
}
