package dev.scrutiny.persuasion;

import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The genre of the whole article (document-level, so it covers no span); the {@code genre} layer holds
 * exactly one.
 *
 * @param genre      the genre
 * @param confidence the model's probability for it, in [0, 1]
 * @param evidence   the cue features that pushed the score up most, strongest first
 */
public record GenreLabel(Genre genre, double confidence, List<String> evidence) implements Annotation, Labelled {

  /** The {@code genre} layer: one item. */
  public static final LayerKey<GenreLabel> LAYER = LayerKey.of("genre", GenreLabel.class, LayerKey.Order.NONE);

  public GenreLabel {
    Objects.requireNonNull(genre, "genre");
    evidence = List.copyOf(evidence);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("expected confidence in [0, 1], got " + confidence);
    }
  }

  @Override
  public List<Span> spans() {
    return List.of();
  }

  @Override
  public String label() {
    return genre.official();
  }

  @Override
  public String detail() {
    return genre.official() + String.format(Locale.ROOT, " (%.2f)", confidence)
        + (evidence.isEmpty() ? "" : ": " + String.join(", ", evidence));
  }
}
