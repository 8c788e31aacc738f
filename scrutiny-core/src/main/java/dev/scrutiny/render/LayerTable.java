package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Span;
import java.util.List;

/**
 * Writes the table of one layer for the HTML report: a row per item with the text it covers, its label,
 * details and offsets, open when short, cut after {@value HtmlRenderer#MAX_TABLE_ROWS} rows with a note
 * (the JSON keeps them all).
 */
final class LayerTable {

  private LayerTable() {}

  static void write(Analysis a, Layer<?> l, StringBuilder b) {
    b.append("<details class=\"layer\"").append(l.size() <= 30 ? " open" : "").append("><summary><h3>")
        .append(Html.escape(l.name())).append(" <span class=\"muted\">(").append(l.size()).append(", by ")
        .append(Html.escape(l.producer())).append(")</span></h3></summary>\n");
    if (l.isEmpty()) {
      b.append("<p class=\"muted\">None found.</p></details>\n");
      return;
    }
    b.append("<table><thead><tr><th>Text</th><th>Label</th><th>Details</th><th>Offsets</th></tr></thead><tbody>\n");
    int rows = 0;
    for (Annotation item : l) {
      if (rows++ == HtmlRenderer.MAX_TABLE_ROWS) {
        b.append("<tr><td colspan=\"4\" class=\"muted\">… ").append(l.size() - HtmlRenderer.MAX_TABLE_ROWS)
            .append(" more; the JSON output lists them all.</td></tr>\n");
        break;
      }
      writeRow(a, item, b);
    }
    b.append("</tbody></table></details>\n");
  }

  private static void writeRow(Analysis a, Annotation item, StringBuilder b) {
    List<Span> spans = item.spans();
    String covered = spans.isEmpty() ? "" : a.article().text(spans.get(0));
    if (covered.length() > 240) {
      covered = covered.substring(0, 240) + "…";
    }
    String label = item instanceof Labelled lab ? lab.label() : item.getClass().getSimpleName();
    String detail = item instanceof Labelled lab ? lab.detail() : JsonRenderer.write(item);
    b.append("<tr><td>").append(Html.escape(covered)).append("</td><td><span class=\"tag\">").append(Html.escape(label))
        .append("</span></td><td>").append(Html.escape(detail)).append("</td><td class=\"off\">");
    if (!spans.isEmpty()) {
      b.append(spans.get(0).start()).append('–').append(spans.get(0).end());
      if (spans.size() > 1) {
        b.append(" +").append(spans.size() - 1);
      }
    }
    b.append("</td></tr>\n");
  }
}
