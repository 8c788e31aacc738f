package dev.scrutiny.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.corpus.AddOutcome;
import dev.scrutiny.corpus.ArticleIds;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.StoredArticle;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.render.HtmlRenderer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the API and the pages share: the store, the pipeline, search queries built from request
 * parameters, the article report view (re-rendered from the stored text and cached), and adding.
 */
final class Corpora {

  /** Rendered reports kept; a report is a few hundred kB. */
  private static final int REPORT_CACHE = 32;

  final CorpusStore store;
  private final Pipeline pipeline;
  private final @Nullable UrlReader urls;
  private final Provenance provenance;
  private final Map<String, String> reports = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REPORT_CACHE;
    }
  };

  Corpora(CorpusStore store, Pipeline pipeline, @Nullable UrlReader urls) {
    this.store = store;
    this.pipeline = pipeline;
    this.urls = urls;
    this.provenance = Provenance.current(pipeline);
  }

  /** The search that the request's parameters ask for: q, source, from, to, language, speaker, place, technique, check, genre, side. */
  SearchQuery query(Request r, int defaultLimit) {
    String q = r.param("q");
    return SearchQuery.of(q == null ? "" : q)
        .withSource(r.param("source"))
        .withFrom(date(r, "from"))
        .withTo(date(r, "to"))
        .withLanguage(r.param("language"))
        .withSpeaker(r.param("speaker"))
        .withPlace(r.param("place"))
        .withTechnique(r.param("technique"))
        .withCheckKind(r.param("check"))
        .withGenre(r.param("genre"))
        .withSide(r.param("side"))
        .withLimit(r.intParam("limit", defaultLimit, 0, 500))
        .withOffset(r.intParam("offset", 0, 0, 1_000_000));
  }

  private static @Nullable LocalDate date(Request r, String name) {
    String v = r.param(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new Request.BadRequest(name + " must be a date like 2025-04-26, got '" + v + "'");
    }
  }

  StoredArticle article(String id) {
    Optional<StoredArticle> a = store.article(id);
    return a.orElseThrow(() -> new Request.HttpError(404, "no article with id " + id));
  }

  /** The stored analysis as a JSON tree. */
  JsonNode analysis(StoredArticle a) {
    return Json.parse(a.analysisJson());
  }

  /** The article's report: the same page as {@code scrutiny analyze --format html}, from the stored text. */
  String report(String id) {
    synchronized (reports) {
      String cached = reports.get(id);
      if (cached != null) {
        return cached;
      }
    }
    StoredArticle stored = article(id);
    Analysis analysis = Scrutiny.analyze(pipeline, toArticle(stored.id(), analysis(stored)));
    String html = HtmlRenderer.defaults().render(List.of(analysis), List.of());
    synchronized (reports) {
      reports.put(id, html);
    }
    return html;
  }

  static Article toArticle(String id, JsonNode json) {
    Article.Builder b = Article.builder(id, json.path("text").asText(""))
        .title(text(json, "title"))
        .url(text(json, "url"))
        .source(text(json, "source"))
        .author(text(json, "author"))
        .language(text(json, "language"));
    String published = text(json, "published");
    if (published != null) {
      try {
        b.published(Published.parse(published));
      } catch (RuntimeException e) {
        // an unreadable stored date: shown as unknown rather than failing the page
      }
    }
    return b.build();
  }

  static @Nullable String text(JsonNode json, String field) {
    JsonNode n = json.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  boolean canAddUrls() {
    return urls != null;
  }

  /** Analyses and stores a pasted article or the page at a URL. */
  AddOutcome add(AddRequest req) throws IOException {
    Article article;
    if (req.url() != null && req.text() == null) {
      if (urls == null) {
        throw new Request.HttpError(501, "this server cannot fetch URLs");
      }
      article = urls.read(req.url());
    } else if (req.text() != null && !req.text().isBlank()) {
      Article.Builder b = Article.builder(ArticleIds.of(req.text()), req.text())
          .title(req.title()).url(req.url()).source(req.source()).language(req.language());
      if (req.published() != null) {
        try {
          b.published(Published.parse(req.published()));
        } catch (RuntimeException e) {
          throw new Request.BadRequest("published must be a date like 2025-04-26, got '" + req.published() + "'");
        }
      }
      article = b.build();
    } else {
      throw new Request.BadRequest("give the article's text, or a url");
    }
    return store.add(Scrutiny.analyze(pipeline, article), provenance, req.url() == null ? "web app" : req.url());
  }

  /** An article to add, from the API's JSON or the app's form. */
  record AddRequest(@Nullable String text, @Nullable String url, @Nullable String title, @Nullable String source,
                    @Nullable String published, @Nullable String language) {}
}
