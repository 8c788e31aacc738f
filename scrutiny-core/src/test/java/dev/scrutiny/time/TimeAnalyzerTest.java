package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.TokenAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAnalyzerTest {

  static final Pipeline PIPELINE = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(),
      new TokenAnalyzer(), new TimeAnalyzer()));

  @Test
  void the_times_layer_is_resolved_against_the_publication_date() {
    Article a = Article.builder("a1", "Kyiv, 6 August. The offensive began last week, officials said.")
        .published(Published.parse("2024-08-06T09:30:00+03:00")).build();
    Analysis an = PIPELINE.run(a);
    List<TimeExpression> t = an.items(TimeExpression.LAYER);
    assertThat(t).extracting(TimeExpression::text).containsExactly("6 August", "last week");
    assertThat(t).extracting(TimeExpression::value).containsExactly("2024-08-06", "2024-W31");
    assertThat(t).extracting(TimeExpression::anchor).containsOnly(Anchor.PUBLICATION);
    assertThat(an.layer(TimeExpression.LAYER).orElseThrow().producer()).isEqualTo("time/1");
  }

  @Test
  void without_a_publication_date_the_reference_is_inferred_from_the_text() {
    Article a = Article.builder("a2", "The report of 26 April 2025 says the depot burned yesterday.").build();
    List<TimeExpression> t = PIPELINE.run(a).items(TimeExpression.LAYER);
    assertThat(t).extracting(TimeExpression::anchor).containsExactly(Anchor.ABSOLUTE, Anchor.INFERRED);
    assertThat(t.get(1).value()).isEqualTo("2025-04-25");
  }

  @Test
  void the_default_pipeline_produces_the_times_layer() {
    Analysis an = Scrutiny.analyze(Article.builder("a3", "Talks resume on Monday.").build());
    assertThat(an.layer(TimeExpression.LAYER)).isPresent();
  }

  @Test
  void the_analyzer_declares_the_shared_sentence_and_token_layers() {
    assertThat(new TimeAnalyzer().requires())
        .containsExactlyInAnyOrder(dev.scrutiny.text.Sentence.LAYER, dev.scrutiny.text.Token.LAYER);
  }

  @Test
  void the_shared_sentences_keep_an_initial_inside_the_sentence_for_the_tense_cue() {
    // "P." is an initial, not a sentence end, so "will" makes the February ahead, not the one before
    Article a = Article.builder("a4", "Mr. Hale, 52 years old, will succeed Daniel P. Moss Feb. 1, the bank said.")
        .published(Published.parse("1989-10-26T09:00:00Z")).build();
    List<TimeExpression> t = PIPELINE.run(a).items(TimeExpression.LAYER);
    assertThat(t).extracting(TimeExpression::value).contains("1990-02-01");
    assertThat(t).extracting(TimeExpression::rule).contains("day-of-month");
  }
}
