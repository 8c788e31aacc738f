package dev.scrutiny.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.corpus.CorpusStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerApiTest {

  static CorpusStore store;
  static ScrutinyServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
    return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) {
    return Json.parse(r.body());
  }

  @Test
  void searchFindsArticlesBestFirstWithSnippetsAndFacets() throws Exception {
    HttpResponse<String> r = get("/api/articles?q=Klitschko&facets=1");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = json(r);
    assertThat(body.path("total").asLong()).isEqualTo(3);
    JsonNode first = body.path("articles").get(0);
    assertThat(first.path("id").asText()).isNotBlank();
    assertThat(first.path("snippet").asText()).contains("Klitschko");
    JsonNode h = first.path("highlights").get(0);
    assertThat(first.path("snippet").asText().substring(h.get(0).asInt(), h.get(1).asInt())).isEqualToIgnoringCase("Klitschko");
    assertThat(body.path("facets").path("source")).isNotEmpty();
    assertThat(body.path("totalExact").asBoolean()).isTrue();
    assertThat(body.path("facets").has("month")).isTrue();
    // each side counted by the facet is what the side filter finds
    JsonNode sides = body.path("facets").path("side");
    assertThat(sides).isNotEmpty();
    for (JsonNode side : sides) {
      JsonNode bySide = json(get("/api/articles?q=Klitschko&side=" + side.path("value").asText().toLowerCase(java.util.Locale.ROOT)));
      assertThat(bySide.path("total").asLong()).as(side.toString()).isEqualTo(side.path("count").asLong());
    }
    for (JsonNode genre : body.path("facets").path("genre")) {
      JsonNode byGenre = json(get("/api/articles?q=Klitschko&genre=" + genre.path("value").asText()));
      assertThat(byGenre.path("total").asLong()).as(genre.toString()).isEqualTo(genre.path("count").asLong());
    }
    assertThat(json(get("/api/articles?q=Klitschko&side=nobody")).path("total").asLong()).isZero();
  }

  @Test
  void filtersBySourceAndDate() throws Exception {
    assertThat(json(get("/api/articles?q=drone&source=Wire%20Service")).path("total").asLong()).isEqualTo(1);
    assertThat(json(get("/api/articles?from=2025-03-13")).path("total").asLong()).isEqualTo(2);
    HttpResponse<String> bad = get("/api/articles?from=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("error").asText()).contains("from").contains("yesterday");
  }

  @Test
  void articleByIdIsTheStoredAnalysisAndUnknownIdsAre404() throws Exception {
    String id = json(get("/api/articles?q=Konashenkov%20kamikaze")).path("articles").get(0).path("id").asText();
    HttpResponse<String> r = get("/api/articles/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode a = json(r);
    assertThat(a.path("id").asText()).isEqualTo(id);
    assertThat(a.path("text").asText()).contains("kamikaze");
    assertThat(a.path("claims")).isNotEmpty();
    HttpResponse<String> missing = get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).path("error").asText()).contains("nope");
  }

  @Test
  void claimsBySpeakerAcrossOutletsWithCueAndStance() throws Exception {
    JsonNode body = json(get("/api/claims?speaker=Konashenkov"));
    JsonNode statements = body.path("statements");
    assertThat(statements.size()).isGreaterThanOrEqualTo(2);
    java.util.Set<String> outlets = new java.util.HashSet<>();
    statements.forEach(s -> outlets.add(s.path("outlet").asText()));
    assertThat(outlets).contains("Capital Courier");
    assertThat(statements.get(0).path("cue").asText()).isNotBlank();
    assertThat(get("/api/claims").statusCode()).isEqualTo(400);
  }

  @Test
  void openApiDocumentsEveryPath() throws Exception {
    JsonNode doc = json(get("/openapi.json"));
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").has("/api/articles")).isTrue();
    assertThat(doc.path("paths").has("/api/articles/{id}")).isTrue();
    assertThat(doc.path("paths").has("/api/claims")).isTrue();
  }

  @Test
  void readOnlyServerRefusesToAdd() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).path("error").asText()).contains("--allow-add");
  }

  @Test
  void everyResponseCarriesSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/api/articles", "/no/such/page"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v ->
          assertThat(v).contains("default-src 'none'").doesNotContain("script-src"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void pathTraversalAndUnknownMethodsAreRefused() throws Exception {
    assertThat(get("/static/../../pom.xml").statusCode()).isEqualTo(404);
    assertThat(get("/static/%2e%2e%2fpom.xml").statusCode()).isEqualTo(404);
    assertThat(get("/articles/%2e%2e/report").statusCode()).isEqualTo(404);
    HttpResponse<String> del = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
        .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(del.statusCode()).isEqualTo(405);
  }

  @Test
  void foreignHostHeaderIsRefused() throws Exception {
    // a rebound DNS name pointing at 127.0.0.1 arrives with its own Host header
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write(("GET /api/articles HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String head = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(head).startsWith("HTTP/1.1 421");
    }
  }

  @Test
  void tooManyParametersIsAClientError() throws Exception {
    StringBuilder q = new StringBuilder("/api/articles?");
    for (int i = 0; i < 100; i++) {
      q.append("p").append(i).append("=1&");
    }
    assertThat(get(q.toString()).statusCode()).isEqualTo(400);
  }

  static URI uri(String path) {
    return server.uri().resolve(path);
  }
}
