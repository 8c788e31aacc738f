package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyWarmUpTest {

  @Test
  void only_a_plain_analyze_run_warms_up_before_parsing() {
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "a.txt"})).isTrue();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "--format", "html", "dir/"})).isTrue();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"add", "a.txt"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"--version"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "--help"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "--facts", "f.tsv", "a.txt"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "--lexicon=l.tsv", "a.txt"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "a.txt", "--encoder"})).isFalse();
    assertThat(EarlyWarmUp.wantsDefaultPipeline(new String[] {"analyze", "--no-encoder", "a.txt"})).isFalse();
  }

  @Test
  void a_started_warm_up_is_handed_over_once_and_completes() throws Exception {
    assertThat(EarlyWarmUp.started()).as("nothing started yet").isFalse();
    EarlyWarmUp.startFor(new String[] {"analyze", "a.txt"});
    assertThat(EarlyWarmUp.started()).isTrue();
    CompletableFuture<Void> loaded = EarlyWarmUp.takeOrStart(false);
    assertThat(EarlyWarmUp.started()).as("taken once").isFalse();
    loaded.get(2, TimeUnit.MINUTES);
    assertThat(loaded).isCompleted();
    CompletableFuture<Void> fresh = EarlyWarmUp.takeOrStart(true);
    assertThat(fresh).as("none left to take: a new one").isNotSameAs(loaded);
    fresh.get(2, TimeUnit.MINUTES);
    assertThat(fresh).isCompleted();
  }

  @Test
  void an_analyze_run_takes_over_the_early_warm_up_and_reports_as_usual(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Officials in Kharkiv said on Tuesday that 14 drones were shot down overnight.");
    String[] args = {"analyze", "--format", "jsonl", "--no-timings", article.toString()};
    EarlyWarmUp.startFor(args);
    CliRun warmed = CliRun.of(args);
    assertThat(EarlyWarmUp.started()).as("the command took it").isFalse();
    CliRun plain = CliRun.of(args);
    assertThat(warmed.exit()).isZero();
    assertThat(warmed.out()).contains("Kharkiv").isEqualTo(plain.out());
  }
}
