package dev.scrutiny.markers;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;

/**
 * An item of the {@code markers} layer: a {@link TermMarker} per loaded-label or euphemism match, a
 * {@link ToponymMarker} per place name written in a contested convention, and one {@link MarkerSummary}
 * per article (last, with no spans). JSON carries a {@code type} field: {@code term}, {@code toponym} or
 * {@code summary}. Implementations are immutable records.
 */
public sealed interface Marker extends Annotation permits TermMarker, ToponymMarker, MarkerSummary {

  /** The {@code markers} layer: matches in document order, then the summary. */
  LayerKey<Marker> LAYER = LayerKey.of("markers", Marker.class, LayerKey.Order.SORTED);

  /** {@code term}, {@code toponym} or {@code summary}: which record this is, written to JSON as {@code type}. */
  @JsonProperty("type")
  default String type() {
    return switch (this) {
      case TermMarker t -> "term";
      case ToponymMarker t -> "toponym";
      case MarkerSummary s -> "summary";
    };
  }
}
