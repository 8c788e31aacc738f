package dev.scrutiny.pipeline;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.LayerKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs analyzers in order over an article, each adding one layer, and times each one. Built once,
 * reused for every article; immutable and thread-safe when its analyzers are.
 *
 * <p>{@link #of(List)} checks that every analyzer's requirements are produced by an analyzer before
 * it, and that no two analyzers produce the same layer, so a mis-assembled pipeline fails at build
 * time with a message naming both, not halfway through a corpus.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer()));
 * Analysis a = p.run(article);
 * a.require(Sentence.LAYER).items();
 * }</pre>
 */
public final class Pipeline {

  private final List<Analyzer<?>> analyzers;

  private Pipeline(List<Analyzer<?>> analyzers) {
    this.analyzers = analyzers;
  }

  /**
   * A pipeline running {@code analyzers} in the given order.
   *
   * @throws IllegalArgumentException when an analyzer requires a layer no earlier analyzer produces, or
   *     two produce the same layer
   */
  public static Pipeline of(List<? extends Analyzer<?>> analyzers) {
    Set<LayerKey<?>> available = new HashSet<>();
    List<Analyzer<?>> list = new ArrayList<>();
    for (Analyzer<?> a : analyzers) {
      Objects.requireNonNull(a, "analyzer");
      for (LayerKey<?> need : a.requires()) {
        if (!available.contains(need)) {
          throw new IllegalArgumentException("analyzer " + a.name() + " requires layer '" + need.name()
              + "', which no analyzer before it produces (available: " + available + ")");
        }
      }
      if (!available.add(a.produces())) {
        throw new IllegalArgumentException("layer '" + a.produces().name() + "' is produced twice; second by "
            + a.name());
      }
      list.add(a);
    }
    return new Pipeline(List.copyOf(list));
  }

  public List<Analyzer<?>> analyzers() {
    return analyzers;
  }

  /** The layers this pipeline produces, in run order. */
  public List<LayerKey<?>> produces() {
    return analyzers.stream().<LayerKey<?>>map(Analyzer::produces).toList();
  }

  /** Analyses one article. Never throws for a bad article: failures become diagnostics. */
  public Analysis run(Article article) {
    return run(Analysis.of(article));
  }

  /** Continues an analysis that may already hold some layers. */
  public Analysis run(Analysis start) {
    Analysis current = start;
    for (Analyzer<?> a : analyzers) {
      current = step(a, current);
    }
    return current;
  }

  /**
   * Continues an analysis within {@code budget}: before each analyzer the budget is checked, so an
   * article that has spent its time (or whose thread was interrupted, or that runs while the heap is
   * nearly full) stops there.
   *
   * @throws OverBudgetException naming the budget and the analyzer it stopped before
   */
  public Analysis run(Analysis start, Budget budget) {
    Analysis current = start;
    for (Analyzer<?> a : analyzers) {
      budget.check(a.name());
      current = step(a, current);
    }
    return current;
  }

  private static <T extends Annotation> Analysis step(Analyzer<T> a, Analysis in) {
    // in name order, so the layer a skip names does not depend on the set's iteration order
    for (LayerKey<?> need : a.requires().stream().sorted(java.util.Comparator.comparing(LayerKey::name)).toList()) {
      if (in.layer(need).isEmpty()) {
        return in.with(Diagnostic.of(a.name(), "skipped: required layer '" + need.name() + "' is absent"));
      }
    }
    String lang = in.article().language();
    if (lang != null && !a.languages().isEmpty() && !a.languages().contains(lang)) {
      return in.with(Diagnostic.of(a.name(), "skipped: its model covers " + String.join(", ", new java.util.TreeSet<>(a.languages()))
          + ", the article is in '" + lang + "'"));
    }
    long t0 = System.nanoTime();
    try {
      List<T> items = a.analyze(in);
      Layer<T> layer = new Layer<>(a.produces(), a.name(), items, in.text().length());
      return in.with(layer, System.nanoTime() - t0);
    } catch (RuntimeException | StackOverflowError e) {
      String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return in.with(Diagnostic.of(a.name(), "failed, layer '" + a.produces().name() + "' left out: " + msg));
    }
  }
}
