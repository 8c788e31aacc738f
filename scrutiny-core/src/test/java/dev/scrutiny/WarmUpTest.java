package dev.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  @Test
  void the_background_warm_up_signals_when_the_models_are_loaded_and_hands_over_a_complete_analysis() throws Exception {
    CompletableFuture<Analysis> handedOver = new CompletableFuture<>();
    CompletableFuture<Void> warmed = Scrutiny.warmUpInBackground(handedOver::complete);
    warmed.get(120, TimeUnit.SECONDS);
    Analysis warm = handedOver.get(120, TimeUnit.SECONDS);
    assertThat(warmed).isCompletedWithValue(null);
    assertThat(warm.article().id()).isEqualTo("warm-up");
    assertThat(warm.diagnostics()).isEmpty();

    Article a = Article.builder("a", "Officials in Kyiv said on Monday that 12 drones were shot down.").language("en").build();
    assertThat(Scrutiny.analyze(a).layers()).hasSameSizeAs(warm.layers());
  }
}
