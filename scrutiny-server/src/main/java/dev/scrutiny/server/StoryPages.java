package dev.scrutiny.server;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.corpus.StoredArticle;
import dev.scrutiny.stories.CrossSourceReport;
import dev.scrutiny.stories.Digest;
import dev.scrutiny.stories.OutletProfile;
import dev.scrutiny.stories.StoriesHtml;
import dev.scrutiny.stories.StoriesJson;
import dev.scrutiny.stories.Story;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stories across sources, as {@code scrutiny stories --db} stored them: {@code /stories} (the biggest and
 * the latest), {@code /stories/{id}} (each outlet's account in a column on one timeline, statements side by
 * side, copies, contradictions, updates, agreements; rendered by the same code as the stories report), the
 * component stylesheet, and the API {@code GET /api/stories}, {@code GET /api/stories/{id}}.
 */
final class StoryPages {

  /** Stories listed per table on {@code /stories}. */
  static final int LISTED = 30;
  private static final String CSS_HREF = "/static/stories.css";
  private static final byte[] CSS = StoriesHtml.componentCss().getBytes(StandardCharsets.UTF_8);

  private final Corpora corpora;
  private final boolean allowAdd;

  StoryPages(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  void register(Router r) {
    r.get("/stories", this::list)
        .get("/stories/{id}", this::story)
        .get("/api/stories", this::apiList)
        .get("/api/stories/{id}", req -> Response.json(200, result(req.pathParam("id")).json()))
        .get(CSS_HREF, req -> Response.bytes("text/css; charset=utf-8", CSS).withHeader("Cache-Control", "max-age=3600"));
  }

  /** One stored story with its counts, for the lists. */
  private record Row(Story story, int contradictions, int updates, int agreements, int duplicates) {}

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (CrossSourceResult r : corpora.store.results("story")) {
      CrossSourceReport report = read(r);
      for (Story s : report.stories()) {
        rows.add(new Row(s, report.contradictions().size(), report.updates().size(), report.agreements().size(),
            report.duplicates().size()));
      }
    }
    return rows;
  }

  private static final Comparator<Row> LATEST = Comparator.comparing((Row r) -> r.story().last(),
      Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(r -> r.story().id());
  private static final Comparator<Row> BIGGEST = Comparator.comparingInt((Row r) -> -r.story().articles().size())
      .thenComparing(LATEST);

  Response list(Request req) {
    List<Row> rows = rows();
    StringBuilder b = new StringBuilder(8192);
    b.append("<h1>Stories</h1>\n");
    if (rows.isEmpty()) {
      b.append("<p class=\"lede\">No stories stored yet. Compare the corpus across sources with "
          + "<code>scrutiny stories --db FILE</code> (again after adding articles) and reload.</p>");
      return Response.html(200, Layout.page("Stories", b.toString(), allowAdd));
    }
    long shared = rows.stream().filter(r -> r.story().articles().size() > 1).count();
    b.append("<p class=\"lede\">").append(rows.size()).append(" stories, ").append(shared)
        .append(" told by more than one article.</p>\n");
    table(b, "Biggest", "biggest", rows.stream().sorted(BIGGEST).limit(LISTED).toList());
    table(b, "Latest", "latest", rows.stream().sorted(LATEST).limit(LISTED).toList());
    return Response.html(200, Layout.page("Stories", b.toString(), allowAdd));
  }

  private static void table(StringBuilder b, String heading, String id, List<Row> rows) {
    b.append("<h2>").append(heading).append("</h2>\n<table class=\"grid\" id=\"stories-").append(id)
        .append("\"><thead><tr><th>Story</th><th>Articles</th><th>Dates</th><th>Contradictions</th><th>Updates</th>"
            + "<th>Agreements</th><th>Copies</th></tr></thead><tbody>");
    for (Row r : rows) {
      Story s = r.story();
      b.append("<tr><td>").append(Layout.link(href(s.id()), s.title() == null ? s.id() : s.title())).append("</td><td>")
          .append(s.articles().size()).append("</td><td>").append(dates(s)).append("</td><td>").append(r.contradictions())
          .append("</td><td>").append(r.updates()).append("</td><td>").append(r.agreements()).append("</td><td>")
          .append(r.duplicates()).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  Response story(Request req) {
    CrossSourceResult r = result(req.pathParam("id"));
    CrossSourceReport report = read(r);
    Story s = report.stories().getFirst();
    List<Digest> digests = new ArrayList<>();
    for (String id : s.articles()) {
      StoredArticle a = corpora.store.article(id).orElseThrow(() -> new Request.HttpError(404, "story " + s.id()
          + " names article " + id + ", which is no longer stored; compare again with scrutiny stories --db"));
      digests.add(Digest.of(Analysis.of(Corpora.toArticle(a.id(), corpora.analysis(a)))));
    }
    String body = "<link rel=\"stylesheet\" href=\"" + CSS_HREF + "\">\n"
        + StoriesHtml.storyPage(s, report, digests, "/stories", Layout::articleHref)
        + "\n<p class=\"muted small\"><a href=\"/api/stories/" + Layout.esc(Layout.enc(s.id())) + "\">JSON</a></p>";
    return Response.html(200, Layout.page(s.title() == null ? "Story " + s.id() : s.title(), body, allowAdd));
  }

  private Response apiList(Request req) {
    String order = Optional.ofNullable(req.param("order")).orElse("biggest");
    Comparator<Row> by = switch (order) {
      case "biggest" -> BIGGEST;
      case "latest" -> LATEST;
      default -> throw new Request.BadRequest("order must be biggest or latest, got '" + order + "'");
    };
    int limit = req.intParam("limit", 100, 1, 100_000);
    List<Row> rows = rows();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : rows.stream().sorted(by).limit(limit).toList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.story().id());
      m.put("title", r.story().title());
      m.put("articles", r.story().articles());
      m.put("first", r.story().first() == null ? null : r.story().first().toString());
      m.put("last", r.story().last() == null ? null : r.story().last().toString());
      m.put("contradictions", r.contradictions());
      m.put("updates", r.updates());
      m.put("agreements", r.agreements());
      m.put("duplicates", r.duplicates());
      out.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", rows.size());
    body.put("stories", out);
    return Response.json(200, Json.object(body));
  }

  /** The outlets compared side by side, as the last comparison across sources stored them; empty if none. */
  String outletComparison() {
    List<OutletProfile> profiles = new ArrayList<>();
    for (CrossSourceResult r : corpora.store.results("outlet")) {
      profiles.addAll(read(r).outlets());
    }
    if (profiles.isEmpty()) {
      return "";
    }
    profiles.sort(Comparator.comparingInt(OutletProfile::articles).reversed().thenComparing(OutletProfile::source));
    return "<link rel=\"stylesheet\" href=\"" + CSS_HREF + "\">\n<div class=\"story-outlets\" id=\"outlet-profiles\">"
        + StoriesHtml.outletTable(profiles) + "<p class=\"muted small\">From the last comparison across sources "
        + "(<code>scrutiny stories --db</code>).</p></div>\n";
  }

  private CrossSourceResult result(String id) {
    return corpora.store.result("story", id)
        .orElseThrow(() -> new Request.HttpError(404, "no story with id " + id));
  }

  private static CrossSourceReport read(CrossSourceResult r) {
    CrossSourceReport report = StoriesJson.read(r.json(), "stored " + r.kind() + " " + r.id());
    if (r.kind().equals("story") && report.stories().size() != 1) {
      throw new IllegalStateException("stored story " + r.id() + " holds " + report.stories().size() + " stories");
    }
    return report;
  }

  static String href(String id) {
    return "/stories/" + Layout.enc(id);
  }

  private static String dates(Story s) {
    if (s.first() == null) {
      return "<span class=\"muted\">undated</span>";
    }
    return s.last() == null || s.last().equals(s.first()) ? s.first().toString() : s.first() + " – " + s.last();
  }
}
