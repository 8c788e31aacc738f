package dev.scrutiny.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.corpus.CorpusStore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerPagesTest {

  static CorpusStore store;
  static ScrutinyServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    store = TestCorpus.open();
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

  @Test
  void everyPageRendersAndEscapesHostileText() throws Exception {
    String hostileId = Json.parse(get("/api/articles?q=wall").body()).path("articles").get(0).path("id").asText();
    List<String> pages = List.of("/", "/?q=script", "/?q=Kyiv&source=Kyiv%20Ledger", "/articles/" + hostileId,
        "/articles/" + hostileId + "/report", "/speakers/Vitali%20Klitschko", "/outlets", "/outlets/Evil%20%3Ci%3EOutlet%3C%2Fi%3E",
        "/places", "/places/Kyiv", "/checks");
    for (String p : pages) {
      HttpResponse<String> r = get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      assertThat(r.body()).as(p).doesNotContain("<script").doesNotContain("<img src=x").doesNotContain("<i>Outlet");
    }
    assertThat(get("/?q=wall").body()).contains("&lt;script&gt;alert(&#39;title&#39;)");
  }

  @Test
  void searchPageShowsHighlightedSnippetsAndFacetLinks() throws Exception {
    String page = get("/?q=Klitschko").body();
    assertThat(page).contains("<mark>Klitschko</mark>").contains("3 articles");
    assertThat(page).contains("href=\"/?q=Klitschko&amp;source=Kyiv%20Ledger\"");
  }

  @Test
  void speakerPageShowsEachOutletsCues() throws Exception {
    String page = get("/speakers/Konashenkov").body();
    assertThat(page).contains("How each outlet reports them").contains("Capital Courier").contains("Kyiv Ledger");
    assertThat(page).contains("class=\"cue loaded\"");
  }

  @Test
  void placePageTellsWhichOutletWritesKievAndWhichKyiv() throws Exception {
    String page = get("/places/Kyiv").body();
    assertThat(page).contains("Capital Courier").contains("Kiev").contains("Kyiv Ledger").contains("<svg");
  }

  @Test
  void unknownOutletIsA404Page() throws Exception {
    HttpResponse<String> r = get("/outlets/Nobody");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("no outlet named Nobody");
  }

  /**
   * A bounded load test: 200 searches at once on loopback (searches run side by side on the store's
   * readers), every one answered 200 with the same total and first hit as the same search alone.
   */
  @Test
  void answersTwoHundredConcurrentSearches() throws Exception {
    String[] words = {"drone", "Kyiv", "Klitschko", "power", "attack", "injured", "targets", "mayor"};
    java.util.Map<String, String> alone = new java.util.HashMap<>();
    for (String w : words) {
      alone.put(w, summary(get("/api/articles?q=" + w + (w.length() % 2 == 0 ? "&facets=1" : "")).body()));
    }
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String w = words[i % words.length];
      answers.add(pool.submit(() -> HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/articles?q=" + w
          + (w.length() % 2 == 0 ? "&facets=1" : ""))).timeout(java.time.Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString())));
    }
    int ok = 0;
    for (int i = 0; i < answers.size(); i++) {
      HttpResponse<String> r = answers.get(i).get(90, TimeUnit.SECONDS);
      if (r.statusCode() == 200) {
        ok++;
        assertThat(summary(r.body())).isEqualTo(alone.get(words[i % words.length]));
      }
    }
    pool.shutdown();
    assertThat(ok).isEqualTo(200);
  }

  /** The total, the first hit's id and the facets of a search answer. */
  private static String summary(String body) {
    com.fasterxml.jackson.databind.JsonNode j = Json.parse(body);
    return j.path("total").asText() + " " + j.path("articles").path(0).path("id").asText() + " " + j.path("facets");
  }
}
