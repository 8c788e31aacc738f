package dev.scrutiny.stories;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Published;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.markers.Marker;
import dev.scrutiny.markers.MarkerSummary;
import dev.scrutiny.markers.TermMarker;
import dev.scrutiny.markers.ToponymMarker;
import dev.scrutiny.persuasion.GenreLabel;
import dev.scrutiny.persuasion.TechniqueMatch;
import dev.scrutiny.places.Place;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads back, from an analysis as {@code analyze --format json} writes it (and a corpus store keeps it),
 * the layers the cross-source comparison uses: sentences, entities, places, time expressions, claims,
 * persuasion techniques, genre and markers. Other layers are left out. No analyzer runs, so this is
 * what lets a stored corpus be compared across sources without analysing it again. Thread-safe.
 */
public final class StoredAnalysis {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
      .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private StoredAnalysis() {}

  /**
   * The analysis in one JSON document.
   *
   * @param label names the input in error messages (an article id, a file)
   * @throws IllegalArgumentException naming {@code label} when the JSON is not such an analysis
   */
  public static Analysis read(String json, String label) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(label + ": not JSON: " + e.getMessage(), e);
    }
    return read(tree, label);
  }

  /** The analysis in a JSON tree; see {@link #read(String, String)}. */
  public static Analysis read(JsonNode tree, String label) {
    Article article = article(tree, label);
    Analysis analysis = Analysis.of(article);
    int length = article.text().length();
    try {
      analysis = layer(analysis, tree, Sentence.LAYER, length);
      analysis = layer(analysis, tree, Entity.LAYER, length);
      analysis = layer(analysis, tree, Place.LAYER, length);
      analysis = layer(analysis, tree, TimeExpression.LAYER, length);
      analysis = layer(analysis, tree, Claim.LAYER, length);
      analysis = layer(analysis, tree, TechniqueMatch.LAYER, length);
      analysis = layer(analysis, tree, GenreLabel.LAYER, length);
      analysis = markers(analysis, tree, length);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(label + ": the stored analysis cannot be read back: " + e.getMessage(), e);
    }
    return analysis;
  }

  /** The article itself (metadata and text) from an analysis JSON tree. */
  public static Article article(JsonNode tree, String label) {
    JsonNode text = tree.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException(label + ": the stored analysis has no text");
    }
    String id = text(tree, "id");
    String published = text(tree, "published");
    Published p = null;
    if (published != null) {
      try {
        p = Published.parse(published);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(label + ": stored publication date '" + published + "' is unreadable", e);
      }
    }
    return Article.builder(id == null ? label : id, text.asText()).title(text(tree, "title")).url(text(tree, "url"))
        .source(text(tree, "source")).author(text(tree, "author")).published(p).language(text(tree, "language"))
        .build();
  }

  private static <T extends Annotation> Analysis layer(Analysis analysis, JsonNode tree, LayerKey<T> key, int length)
      throws IOException {
    JsonNode items = tree.get(key.name());
    if (items == null || !items.isArray()) {
      return analysis;
    }
    List<T> list = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      list.add(MAPPER.treeToValue(item, key.type()));
    }
    return analysis.with(new Layer<>(key, producer(tree, key), list, length), 0);
  }

  private static Analysis markers(Analysis analysis, JsonNode tree, int length) throws IOException {
    JsonNode items = tree.get(Marker.LAYER.name());
    if (items == null || !items.isArray()) {
      return analysis;
    }
    List<Marker> list = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      String type = text(item, "type");
      Class<? extends Marker> c = switch (type == null ? "" : type) {
        case "term" -> TermMarker.class;
        case "toponym" -> ToponymMarker.class;
        case "summary" -> MarkerSummary.class;
        default -> throw new IllegalArgumentException("marker of unknown type '" + type + "'");
      };
      list.add(MAPPER.treeToValue(item, c));
    }
    return analysis.with(new Layer<>(Marker.LAYER, producer(tree, Marker.LAYER), list, length), 0);
  }

  private static String producer(JsonNode tree, LayerKey<?> key) {
    String p = text(tree.path("producers"), key.name());
    return p == null ? "stored" : p;
  }

  private static @Nullable String text(JsonNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
