package dev.scrutiny.persuasion;

import dev.scrutiny.article.LayerKey;
import java.util.List;
import java.util.Objects;

/**
 * The genre of the whole article; the {@code genre} layer holds exactly one.
 *
 * @param genre      the genre
 * @param confidence the model's probability for it, in [0, 1]
 * @param evidence   the cue features that pushed the score up most, strongest first
 */
public record GenreLabel(Genre genre, double confidence, List<String> evidence) implements DocumentLabel {

  /** The {@code genre} layer: one item. */
  public static final LayerKey<GenreLabel> LAYER = LayerKey.of("genre", GenreLabel.class, LayerKey.Order.NONE);

  public GenreLabel {
    Objects.requireNonNull(genre, "genre");
    evidence = List.copyOf(evidence);
    DocumentLabel.checkedConfidence(confidence);
  }

  @Override
  public String label() {
    return genre.official();
  }
}
