package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {

  @TempDir
  Path dir;

  private Path corpus() throws Exception {
    String strike = "Russian drones struck the port of Odesa overnight, killing two people and injuring five, "
        + "regional governor Oleh Kiper said on Wednesday. The attack set fire to a grain warehouse near the port.";
    Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
        line("wire-1", "Meridian Wire", "2025-08-06T09:00:00Z", "Drone attack on Odesa port", strike),
        line("copy-1", "Port Gazette", "2025-08-06T11:00:00Z", "Drone attack on Odesa port", strike),
        line("herald-1", "Moscow Herald", "2025-08-06T12:00:00Z", "Strike on <b>Odessa</b> port",
            "Russian forces struck a port facility in Odessa overnight where drones were stored, the Russian Defence "
                + "Ministry said. Local officials said one person was killed near the port of Odessa. <script>x</script>")),
        StandardCharsets.UTF_8);
    return dir.resolve("a.jsonl");
  }

  private static String line(String id, String source, String published, String title, String text) throws Exception {
    ObjectMapper m = new ObjectMapper();
    return m.writeValueAsString(m.createObjectNode().put("id", id).put("source", source).put("published", published)
        .put("title", title).put("text", text).put("language", "en"));
  }

  @Test
  void writes_stories_copies_and_contradictions_as_json() throws Exception {
    CliRun r = CliRun.of("stories", corpus().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("stories")).hasSize(1);
    assertThat(doc.get("stories").get(0).get("articles")).hasSize(3);
    JsonNode dup = doc.get("duplicates").get(0);
    assertThat(dup.get("kind").asText()).isEqualTo("verbatim");
    assertThat(dup.get("first").asText()).isEqualTo("wire-1");
    JsonNode contra = doc.get("contradictions");
    assertThat(contra).isNotEmpty();
    JsonNode figure = contra.get(0);
    assertThat(figure.get("kind").asText()).isEqualTo("figure");
    assertThat(figure.get("passages")).hasSize(2);
    assertThat(figure.get("passages").get(0).get("start").isInt()).isTrue();
    assertThat(figure.get("explanation").asText()).contains("Moscow Herald");
    assertThat(doc.has("updates")).isTrue();
    assertThat(doc.has("agreements")).isTrue();
    assertThat(doc.get("outlets")).hasSize(3);
  }

  @Test
  void writes_a_self_contained_escaped_html_report() throws Exception {
    Path out = dir.resolve("s.html");
    CliRun r = CliRun.of("stories", "--format", "html", "--out", out.toString(), corpus().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("<b>Odessa")
        .contains("&lt;script&gt;").contains("mark class=\"contra\"").contains("id=\"s1\"");
  }

  @Test
  void the_corpus_option_says_what_is_missing() {
    CliRun r = CliRun.of("stories", "--db", dir.resolve("corpus.db").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("corpus.db");
  }
}
