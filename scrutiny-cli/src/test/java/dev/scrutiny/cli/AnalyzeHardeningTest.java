package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line under hostile conditions: each case exited 0, lost data or hung before. */
class AnalyzeHardeningTest {

  private static final String PROSE = "The council met on Tuesday, officials said, and agreed to repair the bridge.";

  @TempDir Path dir;

  private void articles(Path folder, int n) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < n; i++) {
      Files.writeString(folder.resolve(String.format("a%03d.txt", i)), "Report " + i + "\n\n" + PROSE + "\n");
    }
  }

  @Test
  void a_huge_thread_count_is_a_usage_error() {
    CliRun r = CliRun.of("analyze", "--threads", String.valueOf(1 << 29), dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be between 1 and");
  }

  @Test
  void out_naming_an_input_is_refused_and_the_input_kept() throws Exception {
    Path input = dir.resolve("a.txt");
    Files.writeString(input, PROSE);
    CliRun r = CliRun.of("analyze", "--format", "json", "--out", input.toString(), input.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is one of the inputs");
    assertThat(Files.readString(input)).isEqualTo(PROSE);
    Path same = dir.resolve("sub/../a.txt");
    assertThat(CliRun.of("analyze", "--out", same.toString(), dir.resolve("a.txt").toString()).exit()).isEqualTo(2);
  }

  @Test
  void a_report_inside_an_input_folder_is_never_read_back_as_an_article() throws Exception {
    articles(dir.resolve("corpus"), 2);
    Path report = dir.resolve("corpus/report.html");
    for (int run = 0; run < 2; run++) {
      CliRun r = CliRun.of("analyze", "--format", "html", "--out", report.toString(), dir.resolve("corpus").toString());
      assertThat(r.exit()).isZero();
      assertThat(r.err()).contains("2 analysed");
    }
    CliRun second = CliRun.of("analyze", "--format", "html", "--out", report.toString(), dir.resolve("corpus").toString());
    assertThat(second.err()).contains("report.html").contains("the report being written");
  }

  @Test
  void a_failing_standard_output_stops_the_batch_with_exit_1() throws Exception {
    articles(dir.resolve("in"), 30);
    List<String> written = new ArrayList<>();
    Writer failing = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        written.add(new String(cbuf, off, len));
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    CliRun r = CliRun.of(failing, "analyze", "--format", "jsonl", "--threads", "1", dir.resolve("in").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("cannot write the report to standard output");
    assertThat(r.err()).doesNotContain("30 analysed");
  }

  @Test
  void a_failed_report_file_leaves_no_partial_file_and_an_old_report_intact() throws Exception {
    articles(dir.resolve("in"), 2);
    Path report = dir.resolve("report.json");
    Files.writeString(report, "old report");
    CliRun bad = CliRun.of("analyze", "--format", "json", "--facts", dir.resolve("missing.tsv").toString(), "--out",
        report.toString(), dir.resolve("in").toString());
    assertThat(bad.exit()).isNotZero();
    assertThat(Files.readString(report)).isEqualTo("old report");
    CliRun ok = CliRun.of("analyze", "--format", "json", "--no-timings", "--out", report.toString(), dir.resolve("in").toString());
    assertThat(ok.exit()).isZero();
    assertThat(new ObjectMapper().readTree(report.toFile()).get("articles")).hasSize(2);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void control_characters_in_paths_and_reasons_are_escaped_on_stderr_and_in_text() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Path evil;
    try {
      evil = folder.resolve("x\u001b]0;owned\u0007\nscrutiny: 0 analysed, 0 failed.txt");
      Files.write(evil, new byte[] {0, 1, 2, 0, 0, 9, 0});
    } catch (Exception e) {
      assumeTrue(false, "the file system refuses control characters in names");
      return;
    }
    CliRun r = CliRun.of("analyze", "--format", "text", folder.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b]0;owned");
    assertThat(r.err().lines()).noneMatch(l -> l.startsWith("scrutiny: 0 analysed, 0 failed.txt"));
    assertThat(r.out()).doesNotContain("\u001b").contains("\\n");
  }

  @Test
  void an_article_over_its_budget_fails_with_the_reason_and_the_batch_goes_on() throws Exception {
    articles(dir.resolve("in"), 3);
    CliRun r = CliRun.of("analyze", "--format", "json", "--budget", "0.001", dir.resolve("in").toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("failures")).hasSize(3);
    assertThat(doc.get("failures").get(0).get("reason").asText()).contains("over the time budget of 1 ms");
    assertThat(CliRun.of("analyze", "--budget", "0", dir.toString()).exit()).isEqualTo(2);
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void a_200k_word_sentence_costs_its_own_article_at_most_its_budget() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    StringBuilder b = new StringBuilder("Officials said that ");
    String[] words = {"the", "army", "said", "Kyiv", "forces", "claimed", "that", "reports", "told", "Reuters"};
    for (int i = 0; i < 200_000; i++) {
      b.append(words[i % words.length]).append(' ');
    }
    Files.writeString(folder.resolve("a-hostile.txt"), b.append("end.").toString());
    Files.writeString(folder.resolve("b-good.txt"), "Good\n\n" + PROSE);
    long t0 = System.nanoTime();
    CliRun r = CliRun.of("analyze", "--format", "json", "--budget", "10", "--threads", "2", folder.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("articles").findValuesAsText("id")).contains("b-good");
    for (JsonNode f : doc.get("failures")) {
      assertThat(f.get("reason").asText()).contains("time budget");
    }
    assertThat(seconds).as("whole batch, seconds").isLessThan(60);
  }

  /** The real process: standard output is a file descriptor, not a test writer. */
  private static Process launch(Path workDir, ProcessBuilder.Redirect stdout, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(stdout)
        .redirectError(workDir.resolve("stderr.txt").toFile()).start();
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void writing_to_dev_full_fails() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full exists");
    articles(dir.resolve("in"), 2);
    Process p = launch(dir, ProcessBuilder.Redirect.to(full), "analyze", "--format", "jsonl", dir.resolve("in").toString());
    assertThat(p.waitFor()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("cannot write the report");
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void a_reader_that_goes_away_stops_the_batch_early_with_a_non_zero_exit() throws Exception {
    articles(dir.resolve("in"), 400);
    Process p = launch(dir, ProcessBuilder.Redirect.PIPE, "analyze", "--format", "jsonl", "--threads", "1",
        dir.resolve("in").toString());
    try (InputStream in = p.getInputStream()) {
      assertThat(in.readNBytes(100)).hasSize(100); // like `| head -c 100`
    }
    assertThat(p.waitFor()).isEqualTo(1);
    String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(err).contains("cannot write the report").doesNotContain("400 analysed");
  }

  @Test
  void bad_reference_facts_are_usage_errors_naming_the_problem() throws Exception {
    Files.writeString(dir.resolve("a.txt"), PROSE);
    String header = "id\tsubject\tproperty\tvalue\tunit\tdate\taliases\tsource\n";
    String[][] cases = {
        {"NaN", "km2", "positive finite number"}, {"Infinity", "km2", "positive finite number"},
        {"0", "km2", "positive finite number"}, {"-5", "people", "positive finite number"},
        {"100", "miles", "unknown unit 'miles'"}};
    for (String[] c : cases) {
      Path facts = dir.resolve("facts-" + c[1] + ".tsv");
      Files.writeString(facts, header + "x.area\tX\tarea\t" + c[0] + "\t" + c[1] + "\t\t\tmine\n");
      CliRun r = CliRun.of("analyze", "--facts", facts.toString(), dir.resolve("a.txt").toString());
      assertThat(r.exit()).as("value %s %s", c[0], c[1]).isEqualTo(2);
      assertThat(r.err()).contains(c[2]);
    }
    Path binary = dir.resolve("facts.bin");
    Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, 0x28, 10});
    CliRun r = CliRun.of("analyze", "--facts", binary.toString(), dir.resolve("a.txt").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not UTF-8 text").doesNotContain("Input length");
  }
}
