package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanWordsTrainerTest {

  @Test
  void the_smallest_threshold_reaching_the_target_is_chosen_else_the_most_precise() {
    List<SpanWordsTrainer.Point> reached = List.of(new SpanWordsTrainer.Point(0, 100, 40),
        new SpanWordsTrainer.Point(0.05, 80, 44), new SpanWordsTrainer.Point(0.1, 50, 30));
    List<SpanWordsTrainer.Point> never = List.of(new SpanWordsTrainer.Point(0, 100, 30),
        new SpanWordsTrainer.Point(0.05, 80, 28), new SpanWordsTrainer.Point(0.1, 50, 16));

    assertThat(SpanWordsTrainer.choose(reached)).isEqualTo(0.05);
    assertThat(SpanWordsTrainer.choose(never)).isEqualTo(0.05);
  }

  @Test
  void words_are_counted_inside_the_spans_of_their_technique_against_all_their_occurrences() {
    String text = "The vile regime lies. The regime said so. A vile act.";
    int vile = text.indexOf("vile");
    SpanWordsTrainer.Annotated a = new SpanWordsTrainer.Annotated("1", text, List.of(
        new SpanWordsTrainer.Span(Technique.LOADED_LANGUAGE, vile, vile + "vile regime".length()),
        new SpanWordsTrainer.Span(Technique.DOUBT, 0, text.length())));
    List<Token> tokens = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer()))
        .run(Article.builder("1", text).language("en").build()).items(Token.LAYER);

    SpanWords t = SpanWordsTrainer.count(List.of(a), Map.of("1", tokens), 0.1);

    assertThat(t.rate(Technique.LOADED_LANGUAGE, "vile")).isEqualTo(1 / 4.0); // 1 inside of 2, smoothed
    assertThat(t.rate(Technique.LOADED_LANGUAGE, "regime")).isEqualTo(1 / 4.0);
    assertThat(t.rate(Technique.LOADED_LANGUAGE, "lies")).isZero();
    assertThat(t.rate(Technique.NAME_CALLING_LABELING, "vile")).as("only word-level techniques' own spans").isZero();
    assertThat(t.threshold()).isEqualTo(0.1);
  }
}
