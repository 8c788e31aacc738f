package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalChecksCommandTest {

  @TempDir
  Path dir;

  @Test
  void counts_firings_per_thousand_sentences_with_the_real_layers() throws Exception {
    Path csv = dir.resolve("corpus.csv");
    Files.writeString(csv, """
        link,headline,date,body
        https://example.org/1,"Talks, again",2025-06-10T09:00:00Z,"As the war in Ukraine enters its seventh year, envoys met.
        They said ""nothing"" was agreed."
        https://example.org/2,Grain,2025-06-11T09:00:00Z,Ships left Odesa with grain. The convoy reached the Bosphorus.
        """);
    CliRun r = CliRun.of("eval", "checks", "--corpus", csv.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("articles: 2, sentences: 4,");
    assertThat(r.out()).as("the real layers run, so no check family is skipped")
        .contains("entities/1, places/1, time/1").doesNotContain("skipped");
    assertThat(r.out()).containsPattern("TEMPORAL\\s+1\\s+250\\.000");
    assertThat(r.out()).contains("enters its seventh year").contains("https://example.org/1");
    assertThat(r.out().strip()).endsWith("articles with an ERROR: 50.00% (1 of 2)");
  }

  @Test
  void a_malformed_fact_file_is_a_usage_error_naming_the_line() throws Exception {
    Path csv = dir.resolve("c.csv");
    Files.writeString(csv, "link,date,body\nx,2025-01-01,Text.\n");
    Path facts = dir.resolve("facts.tsv");
    Files.writeString(facts, "id\tsubject\tproperty\tvalue\tunit\tdate\taliases\tsource\nx\tX\tarea\tlots\tkm2\t\tx\tme\n");
    CliRun r = CliRun.of("eval", "checks", "--corpus", csv.toString(), "--facts", facts.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("facts.tsv:2").contains("lots");
  }

  @Test
  void eval_markers_counts_terms_per_side() throws Exception {
    Path csv = dir.resolve("m.csv");
    Files.writeString(csv, "link,body\n1,\"The Kiev regime and its neo-Nazis lost. The orcs retreated.\"\n");
    CliRun r = CliRun.of("eval", "markers", "--corpus", csv.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("PRO_KREMLIN\\s+2").containsPattern("PRO_UKRAINIAN\\s+1");
  }
}
