package dev.scrutiny.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scrutiny.corpus.PlaceSummary;
import dev.scrutiny.corpus.SearchHit;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.SearchResult;
import dev.scrutiny.places.Convention;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.render.PlaceMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /places}: the places written about; {@code /places/{name}}: one place on a map, its articles,
 * and which outlets use which name for it (Kiev or Kyiv, Artyomovsk or Bakhmut).
 */
final class PlacePages {

  private final Corpora corpora;
  private final boolean allowAdd;

  PlacePages(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  Response list(Request req) {
    List<PlaceSummary> places = corpora.store.places(req.intParam("limit", 500, 1, 5000));
    StringBuilder b = new StringBuilder(4096);
    b.append("<h1>Places</h1>\n<p class=\"lede\">The ").append(places.size())
        .append(" places written about most, with the naming conventions used.</p>\n<table class=\"grid\"><thead><tr>"
            + "<th>Place</th><th>Country</th><th>Articles</th><th>Mentions</th><th>Conventions</th></tr></thead><tbody>");
    for (PlaceSummary p : places) {
      b.append("<tr><td>").append(Layout.link(Layout.placeHref(p.name()), p.name())).append("</td><td>")
          .append(Layout.esc(p.country())).append("</td><td>").append(p.articles()).append("</td><td>").append(p.mentions())
          .append("</td><td>");
      new TreeMap<>(p.conventions()).forEach((c, n) -> b.append("<span class=\"tag\">").append(Layout.esc(c)).append(' ')
          .append(n).append("</span> "));
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>");
    return Response.html(200, Layout.page("Places", b.toString(), allowAdd));
  }

  Response place(Request req) {
    String name = req.pathParam("name");
    PlaceSummary summary = corpora.store.places(5000).stream()
        .filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new Request.HttpError(404, "no place named " + name + " in this corpus"));
    SearchResult hits = corpora.store.search(SearchQuery.of("").withPlace(summary.name()).withLimit(200));
    Map<String, Map<String, Integer>> namesByOutlet = new TreeMap<>();
    for (SearchHit h : hits.hits()) {
      corpora.store.article(h.id()).ifPresent(a -> {
        JsonNode json = corpora.analysis(a);
        for (JsonNode p : json.path("places")) {
          if (summary.name().equalsIgnoreCase(p.path("name").asText())) {
            String outlet = a.source() == null ? "(unknown outlet)" : a.source();
            String surface = p.path("surface").asText(summary.name());
            String conv = p.path("convention").asText("neutral");
            namesByOutlet.computeIfAbsent(outlet, k -> new TreeMap<>())
                .merge(surface + (conv.equals("neutral") ? "" : " (" + conv + ")"), 1, Integer::sum);
          }
        }
      });
    }
    StringBuilder b = new StringBuilder(8192);
    b.append("<h1 id=\"place-name\">").append(Layout.esc(summary.name())).append("</h1>\n<p class=\"lede\">");
    if (summary.country() != null) {
      b.append(Layout.esc(summary.country())).append(" · ");
    }
    if (summary.latitude() != null && summary.longitude() != null) {
      b.append(String.format(Locale.ROOT, "%.4f, %.4f", summary.latitude(), summary.longitude())).append(" · ");
    }
    b.append(summary.articles()).append(" articles · ").append(summary.mentions()).append(" mentions</p>\n");
    if (summary.latitude() != null && summary.longitude() != null) {
      Place p = new Place("p1", summary.name(), summary.name(), List.of(), summary.country(), null, summary.latitude(),
          summary.longitude(), PlaceKind.OTHER, Convention.NEUTRAL, 0, null);
      b.append("<div class=\"map\">").append(PlaceMap.svg(List.of(p))).append("</div>\n");
    }
    b.append("<h2>Which outlets call it what</h2>\n<table class=\"grid\"><thead><tr><th>Outlet</th><th>Names used (articles)</th>"
        + "</tr></thead><tbody>");
    namesByOutlet.forEach((outlet, names) -> {
      b.append("<tr><td>").append(Layout.link(Layout.outletHref(outlet), outlet)).append("</td><td>");
      names.forEach((n, c) -> b.append("<span class=\"tag\">").append(Layout.esc(n)).append(' ').append(c).append("</span> "));
      b.append("</td></tr>");
    });
    b.append("</tbody></table>\n<h2>Articles</h2>\n<ul class=\"hits\">");
    for (SearchHit h : hits.hits()) {
      b.append("<li>").append(Layout.link(Layout.articleHref(h.id()), h.title() == null ? h.id() : h.title()))
          .append(" <span class=\"muted\">").append(Layout.esc(h.source())).append(" ").append(Layout.esc(h.published()))
          .append("</span></li>");
    }
    b.append("</ul>");
    return Response.html(200, Layout.page(summary.name(), b.toString(), allowAdd));
  }
}
