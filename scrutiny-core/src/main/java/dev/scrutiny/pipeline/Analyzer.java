package dev.scrutiny.pipeline;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;
import java.util.List;
import java.util.Set;

/**
 * One analysis step: reads the layers it {@link #requires()} from an {@link Analysis} and returns the
 * items of the one layer it {@link #produces()}. It knows nothing of ingest or output formats.
 *
 * <p>Implementations must be thread-safe and free of per-article state (build models in the
 * constructor, reuse them for every article), so one instance can serve many threads or Spark tasks.
 * A problem with one article should yield a best-effort result; an exception thrown here is turned
 * into a {@link dev.scrutiny.article.Diagnostic} by the {@link Pipeline} and the layer is left absent.
 *
 * <pre>{@code
 * final class ShoutAnalyzer implements Analyzer<Shout> {
 *   public LayerKey<Shout> produces() { return Shout.LAYER; }
 *   public Set<LayerKey<?>> requires() { return Set.of(Token.LAYER); }
 *   public List<Shout> analyze(Analysis in) { ... }
 * }
 * }</pre>
 */
public interface Analyzer<T extends Annotation> {

  /** The layer this analyzer adds. */
  LayerKey<T> produces();

  /** The layers that must be present before it runs; checked when the pipeline is built. */
  Set<LayerKey<?>> requires();

  /** The annotations found in one article, in the order its layer key demands. */
  List<T> analyze(Analysis in);

  /**
   * ISO 639-1 codes of the languages this analyzer's models cover, or an empty set when it works for
   * any language. The pipeline skips it (with a diagnostic) for an article in another language, so an
   * English model never produces noise on Russian text; articles of unknown language are analysed.
   */
  default Set<String> languages() {
    return Set.of();
  }

  /** Name and version recorded as the layer's producer, such as {@code segmenter/1}. */
  default String name() {
    return getClass().getSimpleName() + "/1";
  }
}
