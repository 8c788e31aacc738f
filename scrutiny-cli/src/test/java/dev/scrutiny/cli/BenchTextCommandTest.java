package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTextCommandTest {

  @Test
  void prints_accuracy_and_throughput_for_generated_text() {
    CliRun r = CliRun.of("bench", "text", "--chars", "20000", "--warmup", "0", "--seconds", "0.2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("generated articles, seed 42", "scrutiny  sentence boundaries",
        "scrutiny (sent+tok)", "scrutiny (one pass)").containsPattern("sentences\\+tokens: [0-9,]+ tokens/s");
  }

  @Test
  void reads_given_files(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Gen. Smith arrived. He left at 9 a.m. The war went on.\n\nSecond paragraph.");
    CliRun r = CliRun.of("bench", "text", "--warmup", "0", "--seconds", "0.1", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("text: 1 files").contains("17 tokens, 4 sentences per pass");
  }

  @Test
  void missing_file_and_half_given_models_are_usage_errors(@TempDir Path dir) {
    CliRun missing = CliRun.of("bench", "text", "--seconds", "0.1", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.txt");
    CliRun half = CliRun.of("bench", "text", "--opennlp-sentence-model", "x.bin");
    assertThat(half.exit()).isEqualTo(2);
    assertThat(half.err()).contains("--opennlp-token-model");
  }
}
