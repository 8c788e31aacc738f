package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  private final FeatureExtractor fx = new FeatureExtractor(new FeatureConfig(16, true, true, 3, 4, 0.5, false, false));

  @Test
  void words_bigrams_and_lexicon_categories_are_named() {
    String text = "The so-called government is a brutal regime!";
    Map<String, Double> f = fx.named(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE);
    assertThat(f).containsKeys("w regime", "w so-called", "b brutal regime", "b <s> the", "x label", "x so_called",
        "x loaded", "s exclamation", "c reg");
  }

  @Test
  void word_and_character_blocks_are_normalised_to_their_scale() {
    String text = "Shelling shelling shelling hit the port of Odesa overnight.";
    Map<String, Double> f = fx.named(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE);
    double words = 0, chars = 0;
    for (Map.Entry<String, Double> e : f.entrySet()) {
      if (e.getKey().startsWith("w ") || e.getKey().startsWith("b ")) {
        words += e.getValue() * e.getValue();
      } else if (e.getKey().startsWith("c ")) {
        chars += e.getValue() * e.getValue();
      }
    }
    assertThat(Math.sqrt(words)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Math.sqrt(chars)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(f.get("w shelling")).isGreaterThan(f.get("w port"));
  }

  @Test
  void hashed_vector_has_distinct_indices_inside_the_space() {
    String text = "Missiles struck the city; officials said the attack was deliberate.";
    FeatureVector v = fx.vector(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE);
    assertThat(v.size()).isPositive();
    assertThat(java.util.Arrays.stream(v.index()).distinct().count()).isEqualTo(v.size());
    assertThat(java.util.Arrays.stream(v.index()).allMatch(i -> i >= 0 && i < (1 << 16))).isTrue();
  }

  @Test
  void repetition_against_the_article_is_a_feature() {
    String article = "Victory is near. Victory will come. Victory is certain. Victory, they promise.\nNothing else.";
    TextLayers doc = TextLayers.of(article);
    FeatureExtractor.Context ctx = FeatureExtractor.Context.of(doc.tokens(), false);
    Map<String, Double> f = fx.named(doc, 0, 17, ctx);
    assertThat(f.keySet()).anyMatch(k -> k.startsWith("r article"));
    Map<String, Double> g = fx.named(doc, article.indexOf("Nothing"), article.length(), ctx);
    assertThat(g.keySet()).noneMatch(k -> k.startsWith("r article"));
  }

  @Test
  void the_words_are_the_shared_tokens_with_numbers_as_one_form() {
    String text = "  Kyiv’s mayor said 1,200 people left.";
    TextLayers doc = TextLayers.of(text);
    assertThat(doc.tokens()).extracting(TextLayers::form)
        .containsExactly("kyiv", "'s", "mayor", "said", "0", "people", "left", ".");
    assertThat(doc.tokens().get(4).text()).isEqualTo("1,200");
    Map<String, Double> f = fx.named(doc, 0, text.length(), FeatureExtractor.Context.NONE);
    assertThat(f).containsKeys("w kyiv", "w 's", "w 0", "b kyiv 's").doesNotContainKey("w 1,200");
  }

  @Test
  void punctuation_marks_are_counted_inside_a_token() {
    String text = "Really?! Who would believe it?";
    Map<String, Double> f = fx.named(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE);
    assertThat(f.get("s question")).isEqualTo(2 / 3.0);
    assertThat(f.get("s exclamation")).isEqualTo(1 / 3.0);
  }
}
