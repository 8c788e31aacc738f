package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.markers.Marker;
import dev.scrutiny.markers.MarkerSummary;
import dev.scrutiny.markers.SourcingProfile;
import java.util.Locale;

/**
 * The "sourcing and vocabulary" panel: who gets to speak, how firmly (the sourcing profile the markers
 * build from the claims layer), and the words that mark a side. Renders only; counts nothing.
 */
final class SourcingSection implements ReportSection {

  @Override
  public Position position() {
    return Position.AFTER_TEXT;
  }

  @Override
  public boolean replacesTable(String layerName) {
    return layerName.equals(Marker.LAYER.name());
  }

  @Override
  public void render(Analysis a, String page, StringBuilder b) {
    MarkerSummary summary = null;
    for (Marker m : a.items(Marker.LAYER)) {
      if (m instanceof MarkerSummary s) {
        summary = s;
      }
    }
    if (summary == null) {
      return;
    }
    b.append("<div class=\"panel sourcing\"><h3>Sourcing and vocabulary</h3>\n<div class=\"map-row\"><table><tbody>\n");
    SourcingProfile p = summary.sourcing();
    row(b, "Sentences", String.valueOf(p.sentences()));
    row(b, "Sentences with attributed statements", p.attributions() + " (" + p.anonymousAttributions() + " with anonymous sources, "
        + PersuasionSection.pct(p.anonymousShare()) + ")");
    row(b, "Hedged statements", String.valueOf(p.hedges()));
    StringBuilder sides = new StringBuilder();
    p.quotesPerSide().forEach((side, n) -> sides.append(side.name().toLowerCase(Locale.ROOT)).append(' ').append(n).append("; "));
    row(b, "Quoted statements by speaker side", p.quotes() + (sides.isEmpty() ? "" : " (" + sides.substring(0, sides.length() - 2) + ")"));
    row(b, "Sentences in the author's own voice", p.authorVoice() + " (" + PersuasionSection.pct(p.authorVoiceShare()) + " of sentences)");
    StringBuilder conv = new StringBuilder();
    summary.toponyms().forEach((c, n) -> conv.append("<span class=\"tag conv-").append(c).append("\">").append(c).append(' ')
        .append(n).append("</span> "));
    b.append("<tr><th>Toponym conventions</th><td>").append(conv.isEmpty() ? "<span class=\"muted\">none</span>" : conv)
        .append("</td></tr>\n</tbody></table>\n<table><thead><tr><th>Loaded term</th><th>Category</th><th>Typically marks</th><th>Count</th></tr></thead><tbody>\n");
    if (summary.terms().isEmpty()) {
      b.append("<tr><td colspan=\"4\" class=\"muted\">No term of the lexicon found.</td></tr>\n");
    }
    for (MarkerSummary.TermCount t : summary.terms()) {
      b.append("<tr><td><mark class=\"L-markers\">").append(Html.escape(t.term())).append("</mark></td><td>")
          .append(Html.escape(t.category().toString())).append("</td><td>").append(Html.escape(t.side().toString()))
          .append("</td><td>").append(t.count()).append("</td></tr>\n");
    }
    b.append("</tbody></table></div></div>\n");
  }

  private static void row(StringBuilder b, String k, String v) {
    b.append("<tr><th>").append(Html.escape(k)).append("</th><td>").append(Html.escape(v)).append("</td></tr>\n");
  }
}
