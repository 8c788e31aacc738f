package dev.scrutiny.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Scores Scrutiny's segmenter and OpenNLP's UD English models on the EWT-style gold and prints both. */
class SegmentationComparisonTest {

  static List<GoldSegmentation> gold() throws IOException {
    try (Reader r = new InputStreamReader(Objects.requireNonNull(
        SegmentationComparisonTest.class.getResourceAsStream(GoldSegmentation.BUNDLED)),
        StandardCharsets.UTF_8)) {
      return GoldSegmentation.read(r);
    }
  }

  @Test
  void gold_file_aligns_and_has_enough_examples() throws IOException {
    List<GoldSegmentation> gold = gold();
    assertThat(gold).hasSizeBetween(40, 60);
    assertThat(gold.stream().mapToInt(g -> g.sentences().size()).sum()).isGreaterThanOrEqualTo(80);
  }

  @Test
  void gold_reader_rejects_a_token_that_is_not_in_the_text() {
    String bad = "text: He left.\ns: He went .\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GoldSegmentation.read(new StringReader(bad)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("went");
  }

  @Test
  void scrutiny_and_opennlp_side_by_side() throws IOException {
    List<GoldSegmentation> gold = gold();
    SegmentationEval.Report ours = SegmentationEval.evaluate(gold, TextSegmenter.scrutiny());
    OpenNlpSegmenter opennlp = OpenNlpSegmenter.fromClasspath().orElseThrow();
    SegmentationEval.Report theirs = SegmentationEval.evaluate(gold, opennlp);
    System.out.println("Segmentation on " + gold.size() + " EWT-style paragraphs:");
    System.out.print(ours.format());
    System.out.print(theirs.format());
    // the hand-written segmenter is chosen on these figures: it must stay at least as good as OpenNLP's
    assertThat(ours.boundaries().f1()).isGreaterThanOrEqualTo(theirs.boundaries().f1());
    assertThat(ours.ewtTokens().f1()).isGreaterThanOrEqualTo(theirs.tokens().f1());
  }

  @Test
  void ewt_conventions_split_hyphens_percent_and_units_only() {
    String text = "long-term 17.1% 50km 3rd 1990s Su-34 -15";
    List<dev.scrutiny.article.Span> adapted = EwtConventions.adapt(text,
        dev.scrutiny.text.Segmenter.tokens(text).stream().map(dev.scrutiny.text.Token::span).toList());
    assertThat(adapted.stream().map(s -> text.substring(s.start(), s.end())))
        .containsExactly("long", "-", "term", "17.1", "%", "50", "km", "3rd", "1990s", "Su-34", "-15");
  }
}
