package dev.scrutiny.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.corpus.AddOutcome;
import dev.scrutiny.corpus.OutletSummary;
import dev.scrutiny.corpus.SearchHit;
import dev.scrutiny.corpus.SearchResult;
import dev.scrutiny.corpus.StatementRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API, described by {@code GET /openapi.json}:
 * {@code GET /api/articles}, {@code GET /api/articles/{id}}, {@code GET /api/claims?speaker=},
 * {@code GET /api/outlets}, {@code GET /api/places}, {@code GET /api/checks}, and
 * {@code POST /api/articles} when adding is allowed.
 */
final class ApiRoutes {

  private final Corpora corpora;
  private final ServerOptions options;

  ApiRoutes(Corpora corpora, ServerOptions options) {
    this.corpora = corpora;
    this.options = options;
  }

  void register(Router r) {
    r.get("/api/articles", this::search)
        .get("/api/articles/{id}", this::article)
        .post("/api/articles", this::add)
        .get("/api/claims", this::claims)
        .get("/api/outlets", req -> ok(corpora.store.outlets().stream().map(ApiRoutes::outlet).toList()))
        .get("/api/places", req -> ok(corpora.store.places(req.intParam("limit", 100, 1, 5000))))
        .get("/api/checks", req -> ok(corpora.store.checks(req.intParam("limit", 500, 1, 50_000))))
        .get("/api/health", req -> ok(Map.of("status", "ok", "articles", corpora.store.count())))
        .get("/openapi.json", req -> Response.json(200, openApi()));
  }

  private Response search(Request req) {
    SearchResult result = corpora.store.search(corpora.query(req, 20).withFacets(req.param("facets") != null));
    List<Map<String, Object>> articles = new ArrayList<>();
    for (SearchHit h : result.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.id());
      m.put("title", h.title());
      m.put("source", h.source());
      m.put("published", h.published());
      m.put("language", h.language());
      m.put("snippet", h.snippet().text());
      m.put("highlights", h.snippet().highlights().stream().map(x -> List.of(x.start(), x.end())).toList());
      m.put("score", h.score());
      articles.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", result.total());
    body.put("totalExact", result.totalExact());
    body.put("articles", articles);
    if (!result.facets().isEmpty()) {
      body.put("facets", result.facets());
    }
    return ok(body);
  }

  private Response article(Request req) {
    return Response.json(200, corpora.article(req.pathParam("id")).analysisJson());
  }

  private Response claims(Request req) {
    String speaker = req.param("speaker");
    if (speaker == null) {
      throw new Request.BadRequest("give ?speaker=NAME (a name or an entity key)");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (StatementRow s : corpora.store.statementsBy(speaker, req.intParam("limit", 1000, 1, 100_000))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articleId", s.articleId());
      m.put("id", s.id());
      m.put("speaker", s.speaker());
      m.put("speakerKey", s.speakerKey());
      m.put("outlet", s.source());
      m.put("published", s.published());
      m.put("date", s.date());
      m.put("cue", s.cue());
      m.put("stance", s.stance());
      m.put("kind", s.kind());
      m.put("content", s.content());
      m.put("start", s.start());
      m.put("end", s.end());
      m.put("title", s.title());
      m.put("url", s.url());
      out.add(m);
    }
    return ok(Map.of("speaker", speaker, "statements", out));
  }

  private Response add(Request req) throws IOException {
    if (!options.allowAdd()) {
      throw new Request.HttpError(403, "this server is read-only; start it with --allow-add to add articles");
    }
    String type = req.header("Content-Type");
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new Request.HttpError(415, "send the article as application/json: {\"text\": …} or {\"url\": …}");
    }
    JsonNode json = Json.parse(new String(req.body(options.maxBodyBytes()), StandardCharsets.UTF_8));
    if (!json.isObject()) {
      throw new Request.BadRequest("expected a JSON object with text or url");
    }
    AddOutcome o = corpora.add(new Corpora.AddRequest(Corpora.text(json, "text"), Corpora.text(json, "url"),
        Corpora.text(json, "title"), Corpora.text(json, "source"), Corpora.text(json, "published"),
        Corpora.text(json, "language")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", o.id());
    body.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
    body.put("revision", o.revision());
    return Response.json(o.status() == AddOutcome.Status.PRESENT ? 200 : 201, Json.object(body))
        .withHeader("Location", "/api/articles/" + o.id());
  }

  private static Map<String, Object> outlet(OutletSummary o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", o.source());
    m.put("articles", o.articles());
    m.put("words", o.words());
    m.put("techniques", o.techniques());
    m.put("techniquesPerThousandWords", o.techniquesPerThousandWords());
    m.put("checks", o.checks());
    m.put("statements", o.statements());
    m.put("loadedCues", o.loadedCues());
    return m;
  }

  private static Response ok(Object body) {
    return Response.json(200, Json.object(body));
  }

  private static String openApi() throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IOException("openapi.json missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
