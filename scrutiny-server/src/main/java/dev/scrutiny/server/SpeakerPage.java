package dev.scrutiny.server;

import dev.scrutiny.corpus.StatementRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code /speakers/{name}}: every statement by one speaker across outlets over time, and how each outlet cues it. */
final class SpeakerPage {

  private final Corpora corpora;
  private final boolean allowAdd;

  SpeakerPage(Corpora corpora, boolean allowAdd) {
    this.corpora = corpora;
    this.allowAdd = allowAdd;
  }

  Response render(Request req) {
    String name = req.pathParam("name");
    List<StatementRow> rows = corpora.store.statementsBy(name, 2000);
    StringBuilder b = new StringBuilder(8192);
    b.append("<h1 id=\"speaker-name\">").append(Layout.esc(name)).append("</h1>\n<p class=\"lede\">")
        .append(rows.size()).append(rows.size() == 1 ? " statement" : " statements")
        .append(" attributed across the corpus, oldest first. <a href=\"/api/claims?speaker=").append(Layout.esc(Layout.enc(name)))
        .append("\">JSON</a></p>\n");
    if (rows.isEmpty()) {
      b.append("<p class=\"muted\">No statement by this speaker is stored. Names are matched case-insensitively, "
          + "and transliteration variants (Zelensky/Zelenskyy) share one key.</p>");
      return Response.html(200, Layout.page(name, b.toString(), allowAdd));
    }
    cues(b, rows);
    b.append("<h2>Statements</h2>\n<table class=\"grid statements\"><thead><tr><th>Date</th><th>Outlet</th><th>Cue</th>"
        + "<th>Statement</th><th>Article</th></tr></thead><tbody>");
    for (StatementRow s : rows) {
      String date = s.date() != null ? s.date() : s.published();
      b.append("<tr><td class=\"nowrap\">").append(date == null ? "<span class=\"muted\">?</span>" : Layout.esc(date))
          .append("</td><td>").append(s.source() == null ? "<span class=\"muted\">unknown</span>"
              : Layout.link(Layout.outletHref(s.source()), s.source()))
          .append("</td><td><span class=\"cue ").append("LOADED".equals(s.stance()) ? "loaded" : "neutral").append("\">")
          .append(Layout.esc(s.cue() == null ? "—" : s.cue())).append("</span></td><td>")
          .append(Layout.esc(s.content())).append("</td><td>")
          .append(Layout.link(Layout.articleHref(s.articleId()), s.title() == null ? s.articleId() : s.title()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>");
    return Response.html(200, Layout.page(name, b.toString(), allowAdd));
  }

  /** Per outlet: how many statements it reports with a neutral cue, how many with a loaded one, and which cues. */
  private static void cues(StringBuilder b, List<StatementRow> rows) {
    Map<String, Map<String, Integer>> byOutlet = new TreeMap<>();
    Map<String, int[]> stance = new TreeMap<>();
    for (StatementRow s : rows) {
      String outlet = s.source() == null ? "(unknown outlet)" : s.source();
      byOutlet.computeIfAbsent(outlet, k -> new TreeMap<>()).merge(s.cue() == null ? "—" : s.cue(), 1, Integer::sum);
      stance.computeIfAbsent(outlet, k -> new int[2])["LOADED".equals(s.stance()) ? 1 : 0]++;
    }
    b.append("<h2>How each outlet reports them</h2>\n<table class=\"grid\"><thead><tr><th>Outlet</th><th>neutral cue</th>"
        + "<th>loaded cue</th><th>cues used</th></tr></thead><tbody>");
    List<Charts.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : byOutlet.entrySet()) {
      int[] n = stance.get(e.getKey());
      b.append("<tr><td>").append(Layout.esc(e.getKey())).append("</td><td>").append(n[0]).append("</td><td>")
          .append(n[1] > 0 ? "<strong>" + n[1] + "</strong>" : "0").append("</td><td>");
      e.getValue().forEach((cue, c) -> b.append("<span class=\"tag\">").append(Layout.esc(cue)).append(" ").append(c).append("</span> "));
      b.append("</td></tr>");
      double share = (n[0] + n[1]) == 0 ? 0 : 100.0 * n[1] / (n[0] + n[1]);
      bars.add(new Charts.Bar(e.getKey(), share, Math.round(share) + "%"));
    }
    b.append("</tbody></table>\n");
    b.append(Charts.bars("Share of this speaker's statements reported with a loaded cue (\u201cclaimed\u201d, \u201cadmitted\u201d)",
        bars, 640));
  }
}
