package dev.scrutiny.server;

import dev.scrutiny.corpus.SearchHit;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.SearchResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /}: search with filters, facets and highlighted snippets. */
final class SearchPage {

  /** Facet name → the query parameter that filters on it (year and month filter by a date range). */
  private static final Map<String, String> FACET_PARAMS = Map.of("source", "source", "language", "language",
      "genre", "genre", "side", "side", "technique", "technique", "checkKind", "check");
  private static final List<String> FACET_ORDER = List.of("source", "year", "month", "language", "genre", "side",
      "technique", "checkKind");
  private static final Map<String, String> FACET_TITLES = Map.of("source", "Outlet", "year", "Year", "month", "Month",
      "language", "Language", "genre", "Genre", "side", "Side quoted", "technique", "Technique", "checkKind", "Check kind");
  private static final List<String> FILTERS = List.of("q", "source", "from", "to", "language", "speaker", "place",
      "technique", "check", "genre", "side");

  private final Corpora corpora;
  private final boolean allowAdd;

  SearchPage(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  Response render(Request req) {
    SearchQuery q = corpora.query(req, 20);
    // facets are counted from memory in one pass over the matches (SQLite), so every search shows them
    SearchResult result = corpora.store.search(q.withFacets(true));
    Map<String, String> current = new LinkedHashMap<>();
    for (String f : FILTERS) {
      String v = req.param(f);
      if (v != null) {
        current.put(f, v);
      }
    }
    StringBuilder b = new StringBuilder(8192);
    form(b, current);
    b.append("<div class=\"cols\"><aside class=\"facets\">");
    for (String facet : FACET_ORDER) {
      facet(b, facet, result.facets().get(facet), current);
    }
    b.append("</aside><section class=\"results\">");
    b.append("<p class=\"total\" id=\"total\">").append(result.totalText())
        .append(result.total() == 1 && result.totalExact() ? " article" : " articles");
    if (!current.isEmpty()) {
      b.append(" · <a href=\"/\">clear all</a>");
    }
    b.append("</p>\n<ol class=\"hits\">");
    for (SearchHit h : result.hits()) {
      hit(b, h);
    }
    b.append("</ol>");
    pager(b, current, q, result.totalExact() ? result.total() : Long.MAX_VALUE);
    b.append("</section></div>");
    String title = current.containsKey("q") ? "Search: " + current.get("q") : "Search";
    return Response.html(200, Layout.page(title, b.toString(), allowAdd));
  }

  private static void form(StringBuilder b, Map<String, String> current) {
    b.append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Search the corpus: words, \u201cquoted phrases\u201d\" value=\"")
        .append(Layout.esc(current.getOrDefault("q", ""))).append("\" autofocus>");
    for (String f : List.of("source", "language", "speaker", "place", "technique", "check", "genre", "side")) {
      if (current.containsKey(f)) {
        b.append("<input type=\"hidden\" name=\"").append(f).append("\" value=\"").append(Layout.esc(current.get(f))).append("\">");
      }
    }
    b.append("<label>from <input type=\"date\" name=\"from\" value=\"").append(Layout.esc(current.getOrDefault("from", "")))
        .append("\"></label><label>to <input type=\"date\" name=\"to\" value=\"")
        .append(Layout.esc(current.getOrDefault("to", ""))).append("\"></label>")
        .append("<button type=\"submit\" id=\"go\">Search</button></form>\n");
    if (!current.isEmpty()) {
      b.append("<p class=\"filters\">");
      current.forEach((k, v) -> {
        if (!k.equals("q")) {
          Map<String, String> without = new LinkedHashMap<>(current);
          without.remove(k);
          b.append("<a class=\"chip\" title=\"remove this filter\" href=\"").append(Layout.esc(href(without))).append("\">")
              .append(Layout.esc(k)).append(": ").append(Layout.esc(v)).append(" ×</a> ");
        }
      });
      b.append("</p>");
    }
  }

  private static void facet(StringBuilder b, String name, List<SearchResult.FacetCount> counts, Map<String, String> current) {
    if (counts == null || counts.isEmpty()) {
      return;
    }
    b.append("<div class=\"facet\"><h3>").append(Layout.esc(FACET_TITLES.get(name))).append("</h3><ul>");
    int shown = 0;
    for (SearchResult.FacetCount c : counts) {
      if (shown++ == 12) {
        break;
      }
      b.append("<li>");
      Map<String, String> with = new LinkedHashMap<>(current);
      String param = FACET_PARAMS.get(name);
      if (param != null) {
        with.put(param, c.value());
      } else if (name.equals("year") && c.value().matches("\\d{4}")) {
        with.put("from", c.value() + "-01-01");
        with.put("to", c.value() + "-12-31");
      } else if (name.equals("month") && c.value().matches("\\d{4}-\\d{2}")) {
        java.time.YearMonth m = java.time.YearMonth.parse(c.value());
        with.put("from", m.atDay(1).toString());
        with.put("to", m.atEndOfMonth().toString());
      } else {
        with = null;
      }
      String label = name.equals("technique") || name.equals("checkKind") || name.equals("genre") || name.equals("side")
          ? human(c.value()) : c.value();
      if (with != null) {
        b.append("<a href=\"").append(Layout.esc(href(with))).append("\">").append(Layout.esc(label)).append("</a>");
      } else {
        b.append(Layout.esc(label));
      }
      b.append(" <span class=\"n\">").append(c.count()).append("</span></li>");
    }
    b.append("</ul></div>");
  }

  private static void hit(StringBuilder b, SearchHit h) {
    b.append("<li class=\"hit\"><a class=\"title\" href=\"").append(Layout.esc(Layout.articleHref(h.id()))).append("\">")
        .append(Layout.esc(h.title() == null || h.title().isBlank() ? "(untitled) " + h.id() : h.title())).append("</a>")
        .append("<div class=\"meta\">");
    if (h.source() != null) {
      b.append(Layout.link(Layout.outletHref(h.source()), h.source())).append(" · ");
    }
    b.append(h.published() == null ? "<span class=\"muted\">date unknown</span>" : Layout.esc(h.published()));
    if (h.language() != null) {
      b.append(" · ").append(Layout.esc(h.language()));
    }
    b.append("</div><p class=\"snippet\">").append(Snippets.html(h.snippet())).append("</p></li>\n");
  }

  private static void pager(StringBuilder b, Map<String, String> current, SearchQuery q, long total) {
    b.append("<nav class=\"pager\">");
    if (q.offset() > 0) {
      Map<String, String> prev = new LinkedHashMap<>(current);
      prev.put("offset", String.valueOf(Math.max(0, q.offset() - q.limit())));
      b.append("<a href=\"").append(Layout.esc(href(prev))).append("\">← previous</a> ");
    }
    if (q.offset() + q.limit() < total && q.limit() > 0) {
      Map<String, String> next = new LinkedHashMap<>(current);
      next.put("offset", String.valueOf(q.offset() + q.limit()));
      b.append("<a href=\"").append(Layout.esc(href(next))).append("\">next →</a>");
    }
    b.append("</nav>");
  }

  static String href(Map<String, String> params) {
    StringBuilder b = new StringBuilder("/");
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.append(sep).append(Layout.enc(e.getKey())).append('=').append(Layout.enc(e.getValue()));
      sep = '&';
    }
    return b.toString();
  }

  /** {@code LOADED_LANGUAGE} → "Loaded language". */
  static String human(String label) {
    String s = label.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
