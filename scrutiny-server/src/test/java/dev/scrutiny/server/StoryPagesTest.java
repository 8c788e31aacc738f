package dev.scrutiny.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.stories.CrossSourceReport;
import dev.scrutiny.stories.StoriesJson;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The story pages and API over the test corpus after its stories were compared and stored. */
class StoryPagesTest {

  static CorpusStore store;
  static ScrutinyServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    store = TestCorpus.open();
    TestCorpus.compareStories(store);
    server = ScrutinyServer.start(store, TestCorpus.PIPELINE, ServerOptions.loopback(0), null);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The stored story with the most articles. */
  static CrossSourceResult biggest() {
    return store.results("story").stream().max(Comparator.comparingInt((CrossSourceResult r) -> r.articleIds().size()))
        .orElseThrow();
  }

  @Test
  void theStrikeToldByThreeOutletsIsOneStoryWithAColumnPerOutlet() throws Exception {
    CrossSourceResult strike = biggest();
    assertThat(strike.articleIds()).hasSize(3);
    HttpResponse<String> r = get("/stories/" + strike.id());
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("<th class=\"outlet\">Capital Courier</th>").contains("<th class=\"outlet\">Kyiv Ledger</th>")
        .contains("<th class=\"outlet\">Wire Service</th>").contains("/static/stories.css");
    assertThat(page.split("<td class=\"account\"", -1)).hasSize(4);
    for (String id : strike.articleIds()) {
      assertThat(page).contains("href=\"/articles/" + id + "\"");
    }
    // served under a CSP without 'unsafe-inline': nothing may rely on inline styles or scripts
    assertThat(page).doesNotContain(" style=\"").doesNotContain("<script");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline");
    CrossSourceReport stored = StoriesJson.read(strike.json(), strike.id());
    if (!stored.statements().isEmpty()) {
      assertThat(page).contains("class=\"versions\"").contains("class=\"cue");
    }
    if (!stored.contradictions().isEmpty()) {
      assertThat(page).contains("mark class=\"contra\"").contains("class=\"finding contra\"");
    }
  }

  @Test
  void hostileTextIsEscapedOnStoryPagesAndUnknownStoriesAre404() throws Exception {
    String hostile = store.results("story").stream()
        .filter(r -> StoriesJson.read(r.json(), r.id()).stories().getFirst().title().contains("<script"))
        .findFirst().orElseThrow().id();
    HttpResponse<String> r = get("/stories/" + hostile);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<i>Outlet")
        .contains("&lt;script&gt;alert(&#39;title&#39;)").contains("Evil &lt;i&gt;Outlet&lt;/i&gt;");
    assertThat(get("/stories").body()).doesNotContain("<script").contains("&lt;script&gt;");
    assertThat(get("/stories/s0000").statusCode()).isEqualTo(404);
    assertThat(get("/stories/%3Cscript%3E").body()).doesNotContain("<script");
    assertThat(get("/api/stories/s0000").statusCode()).isEqualTo(404);
  }

  @Test
  void listArticleLinksNavAndOutletComparison() throws Exception {
    CrossSourceResult strike = biggest();
    String list = get("/stories").body();
    assertThat(list).contains("<a href=\"/stories\">Stories</a>").contains("id=\"stories-biggest\"")
        .contains("id=\"stories-latest\"").contains("href=\"/stories/" + strike.id() + "\"");
    String article = get("/articles/" + strike.articleIds().getFirst()).body();
    assertThat(article).contains("href=\"/stories/" + strike.id() + "\"");
    String outlets = get("/outlets").body();
    assertThat(outlets).contains("id=\"outlet-profiles\"").contains("<meter").doesNotContain(" style=\"");
    HttpResponse<String> css = get("/static/stories.css");
    assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(css.body()).contains(".timeline");
  }

  @Test
  void apiListsStoriesAndServesOneAsAStoriesDocument() throws Exception {
    CrossSourceResult strike = biggest();
    JsonNode list = Json.parse(get("/api/stories?order=biggest&limit=1").body());
    assertThat(list.path("total").asInt()).isEqualTo(store.results("story").size());
    assertThat(list.path("stories")).hasSize(1);
    assertThat(list.path("stories").get(0).path("id").asText()).isEqualTo(strike.id());
    assertThat(list.path("stories").get(0).path("articles")).hasSize(3);
    assertThat(get("/api/stories?order=random").statusCode()).isEqualTo(400);
    HttpResponse<String> one = get("/api/stories/" + strike.id());
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(StoriesJson.read(one.body(), "api").stories().getFirst().articles())
        .containsExactlyInAnyOrderElementsOf(strike.articleIds());
    JsonNode api = Json.parse(get("/openapi.json").body());
    assertThat(api.path("paths").has("/api/stories")).isTrue();
    assertThat(api.path("paths").has("/api/stories/{id}")).isTrue();
  }
}
