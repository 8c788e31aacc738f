package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short human summary of one analysed article, for the terminal: title and metadata, counts per
 * layer, and the first few findings of each labelled layer. Thread-safe.
 */
public final class TextRenderer {

  private final int perLayer;

  private TextRenderer(int perLayer) {
    this.perLayer = perLayer;
  }

  /** Shows up to five findings per layer. */
  public static TextRenderer defaults() {
    return new TextRenderer(5);
  }

  public String render(Analysis a) {
    Article art = a.article();
    StringBuilder b = new StringBuilder();
    b.append("== ").append(oneLine(HtmlRenderer.displayTitle(art), 100)).append('\n');
    b.append("   id ").append(art.id());
    if (art.source() != null) b.append(" · ").append(art.source());
    if (art.author() != null) b.append(" · by ").append(art.author());
    b.append(" · published ").append(art.published() == null ? "unknown" : art.published().toString());
    if (art.language() != null) b.append(" · ").append(art.language());
    b.append('\n');
    b.append("   ").append(art.text().length()).append(" chars");
    for (Layer<?> l : a.layers()) {
      b.append(" · ").append(l.size()).append(' ').append(l.name());
    }
    b.append('\n');
    for (Layer<?> l : a.layers()) {
      if (!HtmlRenderer.isHighlighted(l)) {
        continue;
      }
      b.append("   ").append(l.name()).append(": ");
      Map<String, Integer> seen = new LinkedHashMap<>();
      for (Annotation item : l) {
        if (!(item instanceof Labelled lab)) {
          continue;
        }
        List<Span> spans = item.spans();
        String surface = spans.isEmpty() ? lab.label() : oneLine(art.text(spans.get(0)), 60) + " [" + lab.label() + "]";
        seen.merge(surface, 1, Integer::sum);
      }
      int shown = 0;
      for (Map.Entry<String, Integer> e : seen.entrySet()) {
        if (shown++ == perLayer) {
          b.append(" …");
          break;
        }
        if (shown > 1) b.append("; ");
        b.append(e.getKey());
        if (e.getValue() > 1) b.append(" ×").append(e.getValue());
      }
      b.append('\n');
    }
    for (Diagnostic d : a.diagnostics()) {
      b.append("   ! ").append(d.stage()).append(": ").append(d.message()).append('\n');
    }
    return b.toString();
  }

  private static String oneLine(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
