package dev.scrutiny.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Published;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

  /** Fails on any value the tree hands to the mapper: the layers must all be written without it. */
  private final List<Object> handedOver = new ArrayList<>();
  private final JsonTree tree = new JsonTree(v -> {
    handedOver.add(v);
    return JsonRenderer.MAPPER.valueToTree(v);
  });

  private static final String REPORT = """
      Kiev regime forces shelled Artyomovsk on Monday, the ministry said, calling it "a catastrophic provocation".
      "We will never surrender," Zelensky told reporters in Kyiv on 3 March 2025, adding that 1,200 soldiers had \
      been trained.

      A town of 50,000 lost 30% of its people, around 5,000 residents, officials claimed. Is this not the final \
      proof? The war enters its seventh year, Moscow insists, and Kursk Oblast was liberated.""";

  @Test
  void every_layer_of_an_analysis_is_written_as_the_mapper_writes_it() {
    Analysis an = Scrutiny.analyze(Article.builder("t1", REPORT).title("Shelling of Artyomovsk")
        .published(Published.parse("2025-03-04")).language("en").build());
    int layers = 0;
    for (Layer<?> layer : an.layers()) {
      JsonNode expected = JsonRenderer.MAPPER.valueToTree(layer.items());
      assertThat(tree.of(layer.items())).as(layer.name()).isEqualTo(expected);
      assertThat(tree.of(layer.items()).toString()).as(layer.name()).isEqualTo(expected.toString());
      layers++;
    }
    for (var d : an.diagnostics()) {
      assertThat(tree.of(d)).isEqualTo(JsonRenderer.MAPPER.valueToTree(d));
    }
    assertThat(layers).isGreaterThanOrEqualTo(10);
    assertThat(an.layers().stream().filter(l -> !l.items().isEmpty()).map(Layer::name))
        .contains("tokens", "entities", "places", "times", "claims", "markers", "checks");
    assertThat(handedOver).as("values the tree did not write itself").isEmpty();
  }

  enum Side {
    NORTH, SOUTH;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Inner(String label, double score, float weight) {}

  record Sample(int start, String absent, Side side, List<Inner> inners, List<String> withNull,
      Map<Side, Integer> counts, Map<String, String> notes, int[] ints, short small, char letter) {

    @JsonProperty("span")
    String span() {
      return start + "+";
    }
  }

  @Test
  void records_nulls_enums_maps_and_arrays_follow_the_mapper() {
    Map<Side, Integer> counts = new EnumMap<>(Side.class);
    counts.put(Side.SOUTH, 2);
    counts.put(Side.NORTH, 1);
    Map<String, String> notes = new LinkedHashMap<>();
    notes.put("kept", "yes");
    notes.put("dropped", null);
    Sample s = new Sample(4, null, Side.SOUTH, List.of(new Inner("a", 0.1, 0.25f)), Arrays.asList("x", null),
        counts, notes, new int[] {1, 2}, (short) 7, 'q');

    JsonNode mine = tree.of(s);

    assertThat(mine).isEqualTo(JsonRenderer.MAPPER.valueToTree(s));
    assertThat(mine.toString()).isEqualTo(JsonRenderer.MAPPER.valueToTree(s).toString());
    assertThat(mine.has("absent")).isFalse();
    assertThat(mine.get("side").asText()).isEqualTo("south");
    assertThat(mine.get("withNull").get(1).isNull()).isTrue();
    assertThat(mine.get("notes").has("dropped")).isFalse();
    assertThat(mine.get("span").asText()).isEqualTo("4+");
    assertThat(handedOver).isEmpty();
  }

  record Wrapped(String value) {
    @JsonValue
    String wire() {
      return "<" + value + ">";
    }
  }

  enum Renamed {
    @JsonProperty("first-one")
    FIRST
  }

  @Test
  void annotations_and_types_outside_its_mapping_go_to_the_mapper() {
    Wrapped w = new Wrapped("v");

    assertThat(tree.of(w).asText()).isEqualTo("<v>");
    assertThat(tree.of(List.of(w, "plain")).toString()).isEqualTo("[\"<v>\",\"plain\"]");
    assertThat(tree.of(Renamed.FIRST).asText()).isEqualTo("first-one");
    assertThat(handedOver).containsExactly(w, w, Renamed.FIRST);
  }
}
