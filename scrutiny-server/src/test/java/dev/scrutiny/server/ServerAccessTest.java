package dev.scrutiny.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.corpus.CorpusStore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Token, adding, request size limits and form-post origin checks, each on its own server. */
class ServerAccessTest {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void nonLoopbackHostNeedsAToken() {
    assertThatThrownBy(() -> ServerOptions.loopback(0).withHost("0.0.0.0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token");
    assertThat(ServerOptions.loopback(0).withToken("s3cret-token").withHost("0.0.0.0").host()).isEqualTo("0.0.0.0");
  }

  @Test
  void tokenIsCheckedOnEveryRequestAndTheLinkSetsACookie() throws Exception {
    try (CorpusStore store = TestCorpus.open();
         ScrutinyServer server = ScrutinyServer.start(store, TestCorpus.PIPELINE,
             ServerOptions.loopback(0).withToken("s3cret-token"), null)) {
      HttpResponse<String> none = send(HttpRequest.newBuilder(server.uri().resolve("/api/articles")).build());
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
          .header("Authorization", "Bearer wrong-token").build()).statusCode()).isEqualTo(401);
      assertThat(send(HttpRequest.newBuilder(server.uri().resolve("/api/articles"))
          .header("Authorization", "Bearer s3cret-token").build()).statusCode()).isEqualTo(200);
      HttpResponse<String> link = send(HttpRequest.newBuilder(server.uri().resolve("/?token=s3cret-token")).build());
      assertThat(link.statusCode()).isEqualTo(303);
      String cookie = link.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
      assertThat(link.headers().firstValue("Location")).contains("/");
      assertThat(send(HttpRequest.newBuilder(server.uri().resolve("/"))
          .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void addingAnalysesStoresAndFindsThePastedArticleOnce() throws Exception {
    try (CorpusStore store = TestCorpus.open();
         ScrutinyServer server = ScrutinyServer.start(store, TestCorpus.PIPELINE,
             ServerOptions.loopback(0).withAllowAdd(true), null)) {
      String body = "{\"text\":\"Officials in Odesa said on Monday that a grain convoy of 14 ships had left port.\","
          + "\"title\":\"Grain convoy leaves Odesa\",\"source\":\"Port Gazette\",\"published\":\"2025-05-05\"}";
      HttpResponse<String> first = post(server, body, "application/json");
      assertThat(first.statusCode()).isEqualTo(201);
      String id = Json.parse(first.body()).path("id").asText();
      assertThat(Json.parse(first.body()).path("status").asText()).isEqualTo("added");
      HttpResponse<String> again = post(server, body, "application/json");
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(Json.parse(again.body()).path("status").asText()).isEqualTo("present");
      HttpResponse<String> found = send(HttpRequest.newBuilder(server.uri().resolve("/api/articles?q=convoy")).build());
      assertThat(Json.parse(found.body()).path("articles").get(0).path("id").asText()).isEqualTo(id);
      assertThat(post(server, "text=hello", "application/x-www-form-urlencoded").statusCode()).isEqualTo(415);
      assertThat(post(server, "{\"title\":\"no text\"}", "application/json").statusCode()).isEqualTo(400);
      assertThat(post(server, "{not json", "application/json").statusCode()).isEqualTo(400);
      // URLs need a fetcher; this server has none
      assertThat(post(server, "{\"url\":\"http://127.0.0.1:1/x\"}", "application/json").statusCode()).isEqualTo(501);
    }
  }

  @Test
  void oversizedBodiesAreRefusedBeforeBeingRead() throws Exception {
    try (CorpusStore store = TestCorpus.open();
         ScrutinyServer server = ScrutinyServer.start(store, TestCorpus.PIPELINE,
             new ServerOptions("127.0.0.1", 0, null, true, 1024), null)) {
      String big = "{\"text\":\"" + "a".repeat(5000) + "\"}";
      HttpResponse<String> r = post(server, big, "application/json");
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(store.count()).isEqualTo(4);
    }
  }

  @Test
  void formPostsFromOtherOriginsAreRefused() throws Exception {
    try (CorpusStore store = TestCorpus.open();
         ScrutinyServer server = ScrutinyServer.start(store, TestCorpus.PIPELINE,
             ServerOptions.loopback(0).withAllowAdd(true), null)) {
      HttpRequest cross = HttpRequest.newBuilder(server.uri().resolve("/add"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
          .POST(HttpRequest.BodyPublishers.ofString("text=Planted+story")).build();
      assertThat(send(cross).statusCode()).isEqualTo(403);
      String origin = "http://127.0.0.1:" + server.port();
      HttpRequest own = HttpRequest.newBuilder(server.uri().resolve("/add"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
          .POST(HttpRequest.BodyPublishers.ofString("title=Mine&text=Officials+in+Kharkiv+said+on+Monday+that+a+school+reopened.")).build();
      HttpResponse<String> r = send(own);
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/articles/"));
      assertThat(store.count()).isEqualTo(5);
    }
  }

  private static HttpResponse<String> post(ScrutinyServer server, String body, String type) throws Exception {
    return send(HttpRequest.newBuilder(server.uri().resolve("/api/articles")).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }
}
