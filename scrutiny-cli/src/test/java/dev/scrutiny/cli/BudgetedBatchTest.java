package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.Origin;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class BudgetedBatchTest {

  @TempDir Path dir;

  /** Misbehaves on articles containing a trigger word: runs out of memory, or spins ignoring interrupts. */
  private static final class Hostile implements Analyzer<Sentence> {
    private final LayerKey<Sentence> key = LayerKey.of("hostile", Sentence.class, LayerKey.Order.SORTED_DISJOINT);

    @Override
    public LayerKey<Sentence> produces() {
      return key;
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return Set.of();
    }

    @Override
    public List<Sentence> analyze(Analysis in) {
      if (in.text().contains("BOOM")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (in.text().contains("SPIN")) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        long x = 0;
        while (System.nanoTime() < end) {
          x++; // ignores interruption, like a quadratic loop would
        }
        return x < 0 ? List.of() : List.of();
      }
      return List.of();
    }
  }

  private record Seen(List<String> analysed, List<String> failed) {}

  private Seen run(Duration budget, String... texts) throws Exception {
    return run(null, budget, texts);
  }

  private Seen run(Runnable prepare, Duration budget, String... texts) throws Exception {
    for (int i = 0; i < texts.length; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), texts[i]);
    }
    ArticleReader reader = new ArticleReader(IngestOptions.defaults());
    Pipeline pipeline = Pipeline.of(List.of(new ParagraphAnalyzer(), new Hostile()));
    Seen seen = new Seen(new ArrayList<>(), new ArrayList<>());
    BudgetedBatch batch = prepare == null ? new BudgetedBatch(pipeline, budget, 1)
        : new BudgetedBatch(pipeline, budget, 1, prepare);
    batch.run(reader, reader.plan(dir.toString()), new BudgetedBatch.Listener() {
      @Override
      public void analysed(Analysis analysis) {
        seen.analysed().add(analysis.article().id());
      }

      @Override
      public void failed(Origin origin, String reason) {
        seen.failed().add(Path.of(origin.input()).getFileName() + ": " + reason);
      }

      @Override
      public void skipped(Origin origin, String reason) {}

      @Override
      public void nextInput() {}
    });
    return seen;
  }

  @Test
  void out_of_memory_in_one_article_fails_that_article_only() throws Exception {
    Seen s = run(Duration.ofSeconds(30), "The council met on Tuesday.", "It went BOOM on Wednesday.",
        "The bridge reopened on Thursday.");
    assertThat(s.analysed()).containsExactly("a0", "a2");
    assertThat(s.failed()).singleElement().asString().startsWith("a1.txt: out of memory");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void an_analyzer_that_never_returns_is_abandoned_after_the_budget_and_the_batch_goes_on() throws Exception {
    long t0 = System.nanoTime();
    Seen s = run(Duration.ofSeconds(3), "The council met on Tuesday.", "Then it began to SPIN forever.",
        "The bridge reopened on Thursday.");
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(s.analysed()).containsExactly("a0", "a2");
    assertThat(s.failed()).singleElement().asString().contains("over the time budget of 3 s").contains("abandoned");
    assertThat(seconds).as("the spinning analyzer runs 40 s; the batch must not wait for it").isLessThan(30);
  }

  @Test
  void a_given_preparation_runs_once_before_any_article_is_analysed_instead_of_the_warm_up_article() throws Exception {
    List<String> order = new ArrayList<>();
    Seen s = run(() -> order.add("prepared"), Duration.ofSeconds(30), "The council met on Tuesday.",
        "The bridge reopened on Thursday.");
    assertThat(order).containsExactly("prepared");
    assertThat(s.analysed()).containsExactly("a0", "a1");
    assertThatThrownBy(() -> run(() -> {
      throw new IllegalStateException("models missing");
    }, Duration.ofSeconds(30), "The council met on Tuesday.")).hasMessage("models missing");
  }
}
