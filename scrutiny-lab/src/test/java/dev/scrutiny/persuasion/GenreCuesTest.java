package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenreCuesTest {

  private static Map<String, Double> cues(String text) {
    Map<String, Double> out = new LinkedHashMap<>();
    GenreCues.add(TextLayers.of(text), out);
    return out;
  }

  @Test
  void first_person_inside_a_quotation_is_not_the_writers_own_voice() {
    String quoted = "Title\n\n\"I will never leave,\" the mayor said. \"We stay,\" she added.";
    String own = "Title\n\nI will never leave this city. We stay, and you should too.";
    assertThat(cues(quoted).get("d own-first-person-sentences")).isEqualTo(0.0);
    assertThat(cues(own).get("d own-first-person-sentences")).isEqualTo(1.0);
    assertThat(cues(own).get("d own-second-person-sentences")).isEqualTo(0.5);
    assertThat(cues(quoted).get("d quoted-words")).isGreaterThan(0.5);
    assertThat(cues(own).get("d quoted-words")).isEqualTo(0.0);
  }

  @Test
  void a_quotation_does_not_run_past_its_paragraph() {
    String unclosed = "Title\n\n\"I came here, he said.\n\nI think this is absurd.";
    assertThat(cues(unclosed).get("d own-first-person-sentences")).isEqualTo(0.5);
    assertThat(cues(unclosed).get("d own-evaluative-sentences")).isEqualTo(1.0);
  }

  @Test
  void wire_datelines_and_credits_are_recognised_in_the_first_paragraph_only() {
    String wire = "Convoy arrives\n\nKYIV, March 3 (Reuters) - A convoy of 40 trucks arrived, officials said.";
    String later = "Convoy arrives\n\nA convoy arrived.\n\nKYIV, March 3 (Reuters) - More trucks came.";
    assertThat(cues(wire)).containsEntry("d caps-dateline", 1.0).containsEntry("d wire-credit", 1.0);
    assertThat(cues(later)).containsEntry("d caps-dateline", 0.0).containsEntry("d wire-credit", 0.0);
  }

  @Test
  void named_sources_ages_links_and_one_sentence_paragraphs_are_counted() {
    String text = "Title\n\nThe strike hit a depot, said Oleh Marchenko, 42, a local guard.\n\n"
        + "Prices rose. Nobody knows why.\n\nSee https://example.org for more.";
    Map<String, Double> c = cues(text);
    assertThat(c.get("d named-source-sentences")).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.get("d ages")).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.get("d link-paragraphs")).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.get("d one-sentence-paragraphs")).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void every_value_lies_between_zero_and_one_even_for_odd_text() {
    for (String text : new String[] {"", "\n\n", "\"\"\"\n\n\"", "!!!???", "A\n\n" + "I you ".repeat(50),
        "T\n\n«« »» „ “ ” ? ?"}) {
      assertThat(cues(text).values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Test
  void the_cues_join_the_style_block_only_for_a_model_without_word_features() {
    String text = "Title\n\nI think so.";
    FeatureExtractor styleOnly = new FeatureExtractor(new FeatureConfig(12, false, false, 0, 0, 0, true, false));
    FeatureExtractor withWords = new FeatureExtractor(new FeatureConfig(12, true, true, 0, 0, 0, true, false));
    assertThat(styleOnly.named(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE))
        .containsKey("d own-first-person-sentences");
    assertThat(withWords.named(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE))
        .doesNotContainKey("d own-first-person-sentences").containsKey("d first-person");
  }
}
