package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchPipelineCommandTest {

  @Test
  void two_threads_share_the_articles_and_report_cpu_per_article() {
    CliRun run = CliRun.of("bench", "pipeline", "--articles", "5", "--chars", "400", "--rounds", "1",
        "--threads", "2");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("warm-up: 5 articles").containsPattern("round 1: .* ms CPU/article, 2 threads")
        .contains("entities");
  }

  @Test
  void with_the_encoder_it_reports_each_installed_encoders_cost_per_sentence() {
    CliRun run = CliRun.of("bench", "pipeline", "--articles", "3", "--chars", "400", "--rounds", "1", "--encoder");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("encoder all-minilm-l6-v2-q: [0-9.]+ ms a sentence one at a time, "
            + "[0-9.]+ ms in batches of 16 \\(\\d+ sentences, one thread\\)")
        .contains("encoder all-minilm-l6-v2-q-techniques (persuasion-techniques): ")
        .contains("persuasion/1+all-minilm-l6-v2-q-techniques").contains("frames/1+all-minilm-l6-v2-q-techniques");
  }

  @Test
  void by_default_claims_and_techniques_read_their_fine_tuned_encoders_and_with_no_encoder_they_do_not() {
    CliRun run = CliRun.of("bench", "pipeline", "--articles", "3", "--chars", "400", "--rounds", "1");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("claims/1+e5-small-v2-q-checkworthy")
        .contains("persuasion/1+all-minilm-l6-v2-q-techniques ").containsPattern("frames/1 ");
    CliRun none = CliRun.of("bench", "pipeline", "--articles", "3", "--chars", "400", "--rounds", "1", "--no-encoder");
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).containsPattern("claims/1 ").doesNotContain("minilm");
    CliRun both = CliRun.of("bench", "pipeline", "--articles", "3", "--encoder", "--no-encoder");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--encoder and --no-encoder exclude each other");
  }

  @Test
  void a_thread_count_below_one_is_a_usage_error() {
    CliRun run = CliRun.of("bench", "pipeline", "--threads", "0");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be between 1");
  }
}
