package dev.scrutiny.server;

import dev.scrutiny.corpus.CheckRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code /checks}: every flag in the corpus (what does not add up), newest article first. */
final class ChecksPage {

  private final Corpora corpora;
  private final boolean allowAdd;

  ChecksPage(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  Response render(Request req) {
    String kind = req.param("kind");
    List<CheckRow> rows = corpora.store.checks(req.intParam("limit", 2000, 1, 50_000));
    Map<String, Integer> kinds = new TreeMap<>();
    rows.forEach(r -> kinds.merge(r.kind(), 1, Integer::sum));
    StringBuilder b = new StringBuilder(8192);
    b.append("<h1>Checks</h1>\n<p class=\"lede\">What does not add up: arithmetic, calendar, map and conflicting figures, "
        + "flagged in ").append(rows.size()).append(rows.size() == 1 ? " place" : " places").append(".</p><p>");
    b.append(kind == null ? "<strong>all</strong>" : Layout.link("/checks", "all"));
    kinds.forEach((k, n) -> b.append(" · ").append(k.equals(kind) ? "<strong>" + Layout.esc(SearchPage.human(k)) + "</strong>"
        : Layout.link("/checks?kind=" + Layout.enc(k), SearchPage.human(k))).append(" <span class=\"n\">").append(n).append("</span>"));
    b.append("</p>\n<table class=\"grid checks\"><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Kind</th>"
        + "<th>Severity</th><th>What</th></tr></thead><tbody>");
    for (CheckRow r : rows) {
      if (kind != null && !kind.equals(r.kind())) {
        continue;
      }
      b.append("<tr><td>").append(Layout.link(Layout.articleHref(r.articleId()), r.title() == null ? r.articleId() : r.title()))
          .append("</td><td>").append(r.source() == null ? "" : Layout.link(Layout.outletHref(r.source()), r.source()))
          .append("</td><td class=\"nowrap\">").append(Layout.esc(r.published())).append("</td><td>")
          .append(Layout.esc(SearchPage.human(r.kind()))).append("</td><td>").append(Layout.esc(r.severity()))
          .append("</td><td>").append(Layout.esc(r.message())).append("</td></tr>\n");
    }
    b.append("</tbody></table>");
    return Response.html(200, Layout.page("Checks", b.toString(), allowAdd));
  }
}
