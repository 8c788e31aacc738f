package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSearchCommandTest {

  @Test
  void generates_a_corpus_once_and_prints_search_facet_and_concurrency_figures(@TempDir Path dir) {
    String db = dir.resolve("bench.db").toString();
    CliRun r = CliRun.of("bench", "search", "--db", db, "--articles", "300", "--queries", "21", "--concurrent", "40",
        "--threads", "4");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("generated 300 articles", "corpus: 300 articles").containsPattern(
        "search \\(limit 20\\) +21 queries +p50 +[0-9.]+ ms +p95")
        .contains("common word", "phrase", "outlet + language", "search with 8 facets", "broad search with facets")
        .contains("40 at once (4 threads)", "40 searches in").contains(", 0 errors");
    // the corpus is reused, not generated again
    CliRun again = CliRun.of("bench", "search", "--db", db, "--articles", "300", "--queries", "7", "--concurrent", "0");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).doesNotContain("generated").doesNotContain("at once");
  }
}
