package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void analyses_a_folder_to_json_and_reports_a_bad_file_without_stopping() throws Exception {
    Files.writeString(dir.resolve("one.txt"), "Strike on Kharkiv\n\nThe city was shelled overnight, officials said.\n");
    Files.write(dir.resolve("two.bin.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 9});
    Path report = dir.resolve("out/report.json");
    Run r = run("analyze", "--format", "json", "--out", report.toString(), "--published", "2025-03-01", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("two.bin.txt").contains("1 analysed, 1 failed");
    JsonNode doc = new ObjectMapper().readTree(Files.readString(report));
    assertThat(doc.get("articles")).hasSize(1);
    JsonNode a = doc.get("articles").get(0);
    assertThat(a.get("title").asText()).isEqualTo("Strike on Kharkiv");
    assertThat(a.get("published").asText()).isEqualTo("2025-03-01");
    assertThat(a.get("sentences").size()).isGreaterThanOrEqualTo(1);
    assertThat(doc.get("failures").get(0).get("input").asText()).endsWith("two.bin.txt");
  }

  @Test
  void writes_a_self_contained_html_report() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Title\n\n<script>alert(1)</script> Kyiv said nothing.\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("r.html");
    Run r = run("analyze", "--format", "html", "--out", report.toString(), dir.toString());
    assertThat(r.exit()).isZero();
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void bad_usage_exits_2_with_a_message() {
    Run r = run("analyze", "--published", "yesterday", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'yesterday'");
    assertThat(run("analyze").exit()).isEqualTo(2);
  }

  @Test
  void a_missing_path_is_a_failure_naming_it() {
    Run r = run("analyze", "--format", "jsonl", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nope.txt");
  }
}
