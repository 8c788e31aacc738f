package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.corpus.ArticleIds;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.stories.CrossSourceReport;
import dev.scrutiny.stories.StoriesJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  void the_corpus_option_names_a_missing_corpus_and_refuses_paths_with_it() throws Exception {
    CliRun r = CliRun.of("stories", "--db", dir.resolve("corpus.db").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("corpus.db").contains("no such corpus");
    assertThat(Files.exists(dir.resolve("corpus.db"))).isFalse();
    CliRun both = CliRun.of("stories", "--db", dir.resolve("corpus.db").toString(), corpus().toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }

  /**
   * The hand-written multi-outlet set (one strike told by a wire, a Ukrainian-side and a Russian-side outlet,
   * a reprint, an excerpt, a content-farm rewrite, a feature on the same port, a strike elsewhere, an exchange
   * everyone agrees on, a claimed and denied capture) in a corpus; the wire's later update comes in a second
   * add and joins its story when the stories are compared again.
   */
  @Test
  void stories_of_a_corpus_are_compared_from_the_stored_analyses_and_stored_for_the_app() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("../scrutiny-core/src/test/resources/stories/war-stories.jsonl"));
    ObjectMapper m = new ObjectMapper();
    Map<String, String> storeId = new HashMap<>();
    List<String> first = new ArrayList<>();
    String update = null;
    for (String line : lines) {
      JsonNode a = m.readTree(line);
      storeId.put(a.get("id").asText(), ArticleIds.of(a.get("text").asText()));
      if (a.get("id").asText().equals("meridian-odesa-1800")) {
        update = line;
      } else {
        first.add(line);
      }
    }
    Files.write(dir.resolve("set.jsonl"), first);
    Files.writeString(dir.resolve("update.jsonl"), update + "\n");
    String db = dir.resolve("war.db").toString();
    assertThat(CliRun.of("add", "--db", db, dir.resolve("set.jsonl").toString()).exit()).isZero();

    CliRun r = CliRun.of("stories", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("15 articles").contains("results stored");
    JsonNode doc = m.readTree(r.out());
    // 5 stories by the answer key; the Russian-side exchange account, published the same minute as the wire's,
    // sorts before it by store id here and stays a story of its own (grouping depends on arrival order)
    assertThat(doc.get("stories").size()).isBetween(5, 6);
    String strike = storyOf(doc, storeId.get("meridian-odesa-0900"));
    assertThat(storyOf(doc, storeId.get("kyivledger-odesa"))).isEqualTo(strike);
    assertThat(storyOf(doc, storeId.get("moscowherald-odessa"))).isEqualTo(strike);
    assertThat(storyOf(doc, storeId.get("blacksea-monitor-grain"))).isNotEqualTo(strike);
    // named after its first article: the Ukrainian-side account, 07:30 UTC
    assertThat(strike).isEqualTo("s" + storeId.get("kyivledger-odesa").substring(1));
    String exchange = storyOf(doc, storeId.get("meridian-exchange"));
    assertThat(storyOf(doc, storeId.get("kyivledger-exchange"))).isEqualTo(exchange);
    String exchangeRu = storyOf(doc, storeId.get("moscowherald-exchange"));
    assertThat(doc.get("contradictions")).isNotEmpty()
        .noneMatch(f -> f.get("story").asText().equals(exchange) || f.get("story").asText().equals(exchangeRu))
        .anyMatch(f -> f.get("story").asText().equals(strike) && f.get("kind").asText().equals("figure"));
    assertThat(doc.get("agreements")).anyMatch(f -> f.get("story").asText().equals(exchange));
    assertThat(doc.get("duplicates")).anyMatch(d -> d.get("kind").asText().equals("verbatim")
        && d.get("first").asText().equals(storeId.get("meridian-odesa-0900")));

    try (CorpusStore store = Corpus.open(db)) {
      assertThat(store.results("story")).hasSize(doc.get("stories").size());
      CrossSourceReport stored = StoriesJson.read(store.result("story", exchange).orElseThrow().json(), exchange);
      assertThat(stored.stories()).singleElement().satisfies(s -> assertThat(s.articles())
          .contains(storeId.get("meridian-exchange"), storeId.get("kyivledger-exchange")));
      assertThat(stored.contradictions()).isEmpty();
      assertThat(stored.agreements()).isNotEmpty();
      assertThat(store.resultsFor(storeId.get("moscowherald-odessa"))).extracting(CrossSourceResult::kind)
          .contains("story", "contradiction");
      assertThat(store.results("statement")).hasSize(doc.get("statements").size()).isNotEmpty();
      assertThat(store.results("duplicate")).hasSize(doc.get("duplicates").size());
      assertThat(store.results("contradiction")).hasSize(doc.get("contradictions").size());
      assertThat(store.results("outlet")).hasSize(doc.get("outlets").size());
    }

    assertThat(CliRun.of("add", "--db", db, dir.resolve("update.jsonl").toString()).exit()).isZero();
    CliRun again = CliRun.of("stories", "--db", db, "--format", "html", "--out", dir.resolve("s.html").toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readString(dir.resolve("s.html"))).contains("Death toll from Odesa drone attack rises to four");
    try (CorpusStore store = Corpus.open(db)) {
      assertThat(store.results("story")).hasSize(doc.get("stories").size());
      CrossSourceReport grown = StoriesJson.read(store.result("story", strike).orElseThrow().json(), strike);
      assertThat(grown.stories().getFirst().articles()).hasSize(7).contains(storeId.get("meridian-odesa-1800"));
      assertThat(grown.updates()).anyMatch(f -> f.b().article().equals(storeId.get("meridian-odesa-1800")));
    }
  }

  private static String storyOf(JsonNode doc, String article) {
    for (JsonNode s : doc.get("stories")) {
      for (JsonNode a : s.get("articles")) {
        if (a.asText().equals(article)) {
          return s.get("id").asText();
        }
      }
    }
    throw new AssertionError("article " + article + " is in no story");
  }
}
