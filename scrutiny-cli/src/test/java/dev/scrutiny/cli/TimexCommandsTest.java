package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexCommandsTest {

  @Test
  void eval_timex_prints_the_headline_as_its_last_line(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/doc1.tml"), """
        <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-02" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
        <TEXT>On <TIMEX3 tid="t1" type="DATE" value="2025-04-30">April 30</TIMEX3>, the brigade withdrew.</TEXT></TimeML>
        """);
    CliRun r = CliRun.of("eval", "timex", "--gold", dir.toString());
    assertThat(r.exit()).isZero();
    String[] lines = r.out().strip().split("\\R");
    assertThat(lines[lines.length - 1])
        .isEqualTo("strictF1=1.0000 relaxedF1=1.0000 typeAcc=1.0000 valueF1=1.0000");
    assertThat(r.out()).contains("tokens/s");
  }

  @Test
  void eval_timex_rejects_a_missing_folder_as_a_usage_error(@TempDir Path dir) {
    CliRun r = CliRun.of("eval", "timex", "--gold", dir.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope");
  }

  @Test
  void bench_timex_reports_tokens_per_second(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "On April 30, Kadyrov reported gains over the past two days. Talks resume next week.");
    CliRun r = CliRun.of("bench", "timex", "--input", f.toString(), "--seconds", "0.2");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("tokens/s=\\d+");
  }
}
