package dev.scrutiny.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Spanned;
import java.time.Duration;

/**
 * The whole default pipeline on arbitrary text: it returns an analysis (or stops over budget), every
 * analyzer completes without an exception, and every span lies inside the text.
 */
class PipelineFuzzTest {

  @FuzzTest(maxDuration = "40s")
  void analyses_any_text(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    if (text.isBlank()) {
      return;
    }
    Article article = Article.builder("fuzz", text).build();
    Analysis a;
    try {
      a = Scrutiny.analyze(Scrutiny.defaultPipeline(), article, Budget.of(Duration.ofSeconds(20)));
    } catch (OverBudgetException e) {
      return;
    }
    assertThat(a.diagnostics()).noneMatch(d -> d.message().startsWith("failed"));
    for (Layer<?> layer : a.layers()) {
      for (Object item : layer.items()) {
        if (item instanceof Spanned s) {
          assertThat(s.start()).isBetween(0, text.length());
          assertThat(s.end()).isBetween(s.start(), text.length());
        }
      }
    }
  }
}
