package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  @TempDir
  Path dir;

  @Test
  void analyses_a_folder_to_json_and_reports_a_bad_file_without_stopping() throws Exception {
    Files.writeString(dir.resolve("one.txt"), "Strike on Kharkiv\n\nThe city was shelled overnight, officials said.\n");
    Files.write(dir.resolve("two.bin.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 7, 0, 9});
    Path report = dir.resolve("out/report.json");
    CliRun r = CliRun.of("analyze", "--format", "json", "--out", report.toString(), "--published", "2025-03-01", dir.toString());
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
  void check_worthiness_reads_its_encoder_by_default_and_not_with_no_encoder() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Shelling\n\nThe governor said that 14 people were wounded in Kharkiv on "
        + "Tuesday. Prices of bread rose by 40 percent in the region last month.\n");
    // the analyzer names in the report say which model scored: the default and --encoder read the encoder
    for (String option : new String[] {"", "--encoder", "--no-encoder"}) {
      Path report = dir.resolve("out" + option + ".json");
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("analyze", "--format", "json", "--out",
          report.toString(), dir.resolve("a.txt").toString()));
      if (!option.isEmpty()) {
        args.add(1, option);
      }
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode claims = new ObjectMapper().readTree(Files.readString(report)).get("articles").get(0).get("claims");
      assertThat(claims).as(option).isNotEmpty();
      assertThat(Files.readString(report)).as(option).contains(option.equals("--no-encoder") ? "\"claims/1\""
          : "\"claims/1+e5-small-v2-q-checkworthy\"");
    }
    CliRun both = CliRun.of("analyze", "--encoder", "--no-encoder", dir.resolve("a.txt").toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("--encoder and --no-encoder exclude each other");
  }

  @Test
  void writes_a_self_contained_html_report() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Title\n\n<script>alert(1)</script> Kyiv said nothing.\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("r.html");
    CliRun r = CliRun.of("analyze", "--format", "html", "--out", report.toString(), dir.toString());
    assertThat(r.exit()).isZero();
    String html = Files.readString(report);
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void bad_usage_exits_2_with_a_message() {
    CliRun r = CliRun.of("analyze", "--published", "yesterday", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'yesterday'");
    assertThat(CliRun.of("analyze").exit()).isEqualTo(2);
  }

  @Test
  void a_missing_path_is_a_failure_naming_it() {
    CliRun r = CliRun.of("analyze", "--format", "jsonl", dir.resolve("nope.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nope.txt");
  }

  @Test
  void persuasion_recall_shows_at_least_the_default_highlights_and_a_bad_rule_is_a_usage_error() throws Exception {
    Files.writeString(dir.resolve("op.txt"), "Enough\n\nThe so-called government is a corrupt puppet regime run by thugs "
        + "and traitors. These shameless warmongers are destroying our nation, and every patriot knows it!\n",
        StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    CliRun precise = CliRun.of("analyze", "--format", "json", "--no-timings", dir.toString());
    CliRun recall = CliRun.of("analyze", "--format", "json", "--no-timings", "--persuasion", "recall", dir.toString());
    assertThat(precise.exit()).isZero();
    assertThat(recall.exit()).isZero();
    JsonNode p = json.readTree(precise.out()).get("articles").get(0).get("techniques");
    JsonNode r = json.readTree(recall.out()).get("articles").get(0).get("techniques");
    assertThat(r.size()).isGreaterThanOrEqualTo(p.size());
    CliRun bad = CliRun.of("analyze", "--persuasion", "maybe", dir.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("maybe");
  }
}
