package dev.scrutiny.article;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article together with the layers analyzers have added so far, the problems they reported and the
 * time each took. Immutable: {@link #with(Layer, long)} returns a new analysis.
 *
 * <p>A layer that was not produced is absent ({@link #layer} returns empty); a layer that was produced
 * and found nothing is present and empty. Layers keep the order in which they were added.
 */
public final class Analysis {

  private final Article article;
  private final Map<LayerKey<?>, Layer<?>> layers;
  private final List<Diagnostic> diagnostics;
  private final Map<String, Long> timingsNanos;

  private Analysis(Article article, Map<LayerKey<?>, Layer<?>> layers, List<Diagnostic> diagnostics,
                   Map<String, Long> timingsNanos) {
    this.article = article;
    this.layers = layers;
    this.diagnostics = diagnostics;
    this.timingsNanos = timingsNanos;
  }

  /** An analysis with no layers yet. */
  public static Analysis of(Article article) {
    return new Analysis(Objects.requireNonNull(article, "article"), Map.of(), List.of(), Map.of());
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  /** The layer for a key, or empty when no analyzer produced it. */
  @SuppressWarnings("unchecked")
  public <T extends Annotation> Optional<Layer<T>> layer(LayerKey<T> key) {
    return Optional.ofNullable((Layer<T>) layers.get(key));
  }

  /** The items of a layer, or an empty list when the layer is absent. */
  public <T extends Annotation> List<T> items(LayerKey<T> key) {
    return layer(key).map(Layer::items).orElse(List.of());
  }

  /**
   * The layer for a key.
   *
   * @throws IllegalStateException naming the key and the layers present, when it is absent
   */
  public <T extends Annotation> Layer<T> require(LayerKey<T> key) {
    return layer(key).orElseThrow(() -> new IllegalStateException(
        "layer '" + key.name() + "' is absent; present: " + layers.keySet()));
  }

  /** All layers, in the order they were added. */
  public List<Layer<?>> layers() {
    return List.copyOf(layers.values());
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Wall-clock nanoseconds each analyzer took, by analyzer name, in run order. */
  public Map<String, Long> timingsNanos() {
    return timingsNanos;
  }

  /** A copy with {@code layer} added (replacing a layer of the same key) and its timing recorded. */
  public Analysis with(Layer<?> layer, long nanos) {
    Map<LayerKey<?>, Layer<?>> l = new LinkedHashMap<>(layers);
    l.put(layer.key(), layer);
    Map<String, Long> t = new LinkedHashMap<>(timingsNanos);
    t.put(layer.producer(), nanos);
    return new Analysis(article, Collections.unmodifiableMap(l), diagnostics, Collections.unmodifiableMap(t));
  }

  /** A copy with one more diagnostic. */
  public Analysis with(Diagnostic diagnostic) {
    List<Diagnostic> d = new java.util.ArrayList<>(diagnostics);
    d.add(Objects.requireNonNull(diagnostic, "diagnostic"));
    return new Analysis(article, layers, List.copyOf(d), timingsNanos);
  }

  @Override
  public String toString() {
    return "Analysis[" + article.id() + ", layers=" + layers.keySet() + ", diagnostics=" + diagnostics.size() + "]";
  }
}
