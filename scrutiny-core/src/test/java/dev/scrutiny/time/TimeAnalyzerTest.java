package dev.scrutiny.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAnalyzerTest {

  @Test
  void the_times_layer_is_resolved_against_the_publication_date() {
    Article a = Article.builder("a1", "Kyiv, 6 August. The offensive began last week, officials said.")
        .published(Published.parse("2024-08-06T09:30:00+03:00")).build();
    Analysis an = Pipeline.of(List.of(new TimeAnalyzer())).run(a);
    List<TimeExpression> t = an.items(TimeExpression.LAYER);
    assertThat(t).extracting(TimeExpression::text).containsExactly("6 August", "last week");
    assertThat(t).extracting(TimeExpression::value).containsExactly("2024-08-06", "2024-W31");
    assertThat(t).extracting(TimeExpression::anchor).containsOnly(Anchor.PUBLICATION);
    assertThat(an.layer(TimeExpression.LAYER).orElseThrow().producer()).isEqualTo("time/1");
  }

  @Test
  void without_a_publication_date_the_reference_is_inferred_from_the_text() {
    Article a = Article.builder("a2", "The report of 26 April 2025 says the depot burned yesterday.").build();
    List<TimeExpression> t = Pipeline.of(List.of(new TimeAnalyzer())).run(a).items(TimeExpression.LAYER);
    assertThat(t).extracting(TimeExpression::anchor).containsExactly(Anchor.ABSOLUTE, Anchor.INFERRED);
    assertThat(t.get(1).value()).isEqualTo("2025-04-25");
  }

  @Test
  void the_default_pipeline_produces_the_times_layer() {
    Analysis an = Scrutiny.analyze(Article.builder("a3", "Talks resume on Monday.").build());
    assertThat(an.layer(TimeExpression.LAYER)).isPresent();
  }
}
