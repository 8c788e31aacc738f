package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.checks.Check;
import dev.scrutiny.checks.Evidence;
import dev.scrutiny.checks.ReferenceFact;
import java.util.List;

/** What does not add up: every consistency check with its span, message and evidence. */
final class ChecksSection implements ReportSection {

  @Override
  public Position position() {
    return Position.BEFORE_TEXT;
  }

  @Override
  public boolean replacesTable(String layerName) {
    return layerName.equals(Check.LAYER.name());
  }

  @Override
  public void render(Analysis a, String page, StringBuilder b) {
    if (a.layer(Check.LAYER).isEmpty()) {
      return;
    }
    List<Check> checks = a.items(Check.LAYER);
    if (checks.isEmpty()) {
      b.append("<div class=\"panel checks\"><h3>What does not add up</h3> <span class=\"muted\">Nothing: no check fired.</span></div>\n");
      return;
    }
    b.append("<details class=\"panel checks\" open><summary><h3>What does not add up</h3> <span class=\"muted\">(")
        .append(checks.size()).append(checks.size() == 1 ? " flag" : " flags").append(")</span></summary>\n")
        .append("<table><thead><tr><th>Severity</th><th>Kind</th><th>Passage</th><th>Finding</th><th>Evidence</th></tr></thead><tbody>\n");
    for (int i = 0; i < checks.size(); i++) {
      Check c = checks.get(i);
      String passage = a.article().text(c);
      if (passage.length() > 160) {
        passage = passage.substring(0, 159) + "…";
      }
      b.append("<tr><td class=\"sev-").append(c.severity()).append("\">").append(c.severity()).append("</td><td>")
          .append(c.kind()).append("</td><td><a href=\"#").append(ReportSection.itemAnchor(page, Check.LAYER.name(), i))
          .append("\">").append(Html.escape(passage)).append("</a></td><td>").append(Html.escape(c.message()))
          .append("</td><td>");
      evidence(c.evidence(), b);
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table></details>\n");
  }

  private static void evidence(Evidence e, StringBuilder b) {
    if (e.computed() != null) {
      b.append("<div>computed: <b>").append(Html.escape(e.computed())).append("</b></div>");
    }
    if (e.otherText() != null) {
      b.append("<div>compared with: “").append(Html.escape(e.otherText())).append("”</div>");
    }
    for (ReferenceFact f : e.facts()) {
      b.append("<div class=\"muted\">").append(Html.escape(f.subject())).append(' ').append(Html.escape(f.property()))
          .append(": ").append(Html.escape(f.value())).append(f.unit().isEmpty() ? "" : " " + Html.escape(f.unit()))
          .append(" <span title=\"").append(Html.escape(f.source())).append("\">[source]</span></div>");
    }
  }
}
