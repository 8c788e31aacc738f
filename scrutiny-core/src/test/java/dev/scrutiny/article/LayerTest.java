package dev.scrutiny.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerTest {

  @Test
  void span_rejects_negative_or_reversed_offsets_naming_both() {
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("start=-1").hasMessageContaining("end=3");
    assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("start=5, end=2");
    assertThat(new Span(2, 2).isEmpty()).isTrue();
  }

  @Test
  void layer_rejects_a_span_outside_the_text() {
    assertThatThrownBy(() -> new Layer<>(Sentence.LAYER, "t", List.of(new Sentence(0, 11)), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentences").hasMessageContaining("[0,11)").hasMessageContaining("length 10");
  }

  @Test
  void disjoint_layer_rejects_overlap_and_disorder() {
    assertThatThrownBy(() -> new Layer<>(Sentence.LAYER, "t", List.of(new Sentence(0, 5), new Sentence(4, 8)), 10))
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> new Layer<>(Sentence.LAYER, "t", List.of(new Sentence(5, 8), new Sentence(0, 4)), 10))
        .hasMessageContaining("comes before");
  }

  @Test
  void layer_is_immutable_and_keeps_its_producer() {
    java.util.ArrayList<Sentence> items = new java.util.ArrayList<>(List.of(new Sentence(0, 4)));
    Layer<Sentence> layer = new Layer<>(Sentence.LAYER, "seg/1", items, 10);
    items.add(new Sentence(5, 9));
    assertThat(layer.items()).containsExactly(new Sentence(0, 4));
    assertThatThrownBy(() -> layer.items().add(new Sentence(5, 6))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(layer.producer()).isEqualTo("seg/1");
  }

  @Test
  void analysis_distinguishes_absent_from_empty_layers() {
    Article a = Article.builder("a", "Kyiv.").build();
    Analysis none = Analysis.of(a);
    assertThat(none.layer(Sentence.LAYER)).isEmpty();
    assertThatThrownBy(() -> none.require(Sentence.LAYER)).hasMessageContaining("'sentences' is absent");
    Analysis empty = none.with(new Layer<>(Sentence.LAYER, "t", List.of(), 5), 1);
    assertThat(empty.layer(Sentence.LAYER)).get().extracting(Layer::isEmpty).isEqualTo(true);
    assertThat(none.layers()).isEmpty();
  }

  @Test
  void published_parses_dates_and_date_times_and_names_bad_input() {
    assertThat(Published.parse("2025-04-26").toString()).isEqualTo("2025-04-26");
    assertThat(Published.parse("2025-04-26T10:30").dateTime()).isNotNull();
    assertThat(Published.parse("2025-04-26T10:30:00+03:00").toString()).isEqualTo("2025-04-26T10:30+03:00");
    assertThat(Published.parse("2025-04-26T07:30:00Z").offset()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThatThrownBy(() -> Published.parse("26 April")).hasMessageContaining("'26 April'");
  }
}
