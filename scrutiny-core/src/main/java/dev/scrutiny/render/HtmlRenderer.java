package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Layer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a batch of analyses as one self-contained HTML file: an index of articles and a page per
 * article with the text and every labelled layer highlighted, a legend whose switches show or hide each
 * layer, and a table per layer. No scripts and no external assets: it works offline, and a
 * Content-Security-Policy forbids scripts in case anything slipped through.
 *
 * <p>All article text and metadata are escaped with {@link Html#escape}; links are emitted only for
 * http(s) URLs. Layers are rendered generically: any layer whose annotations implement
 * {@link Labelled} is highlighted. A few known layers get extra panels through
 * {@link ReportSection}s. Thread-safe.
 */
public final class HtmlRenderer {

  /** Maximum rows of a per-layer table before the rest is summarised (the JSON keeps them all). */
  static final int MAX_TABLE_ROWS = 400;

  private final List<ReportSection> sections;

  private HtmlRenderer(List<ReportSection> sections) {
    this.sections = List.copyOf(sections);
  }

  /** A renderer with the built-in extra panels. */
  public static HtmlRenderer defaults() {
    return new HtmlRenderer(ReportSection.builtIn());
  }

  /** A copy with one more panel after the built-in ones. */
  public HtmlRenderer with(ReportSection section) {
    List<ReportSection> s = new ArrayList<>(sections);
    s.add(section);
    return new HtmlRenderer(s);
  }

  /** Renders the batch into a string. */
  public String render(List<Analysis> analyses, List<JsonRenderer.Failure> failures) {
    java.io.StringWriter out = new java.io.StringWriter(1 << 16);
    try {
      write(analyses, failures, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Renders the batch into {@code out}. */
  public void write(List<Analysis> analyses, List<JsonRenderer.Failure> failures, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(1 << 14);
    writeHead(analyses, b);
    out.write(b.toString());
    b.setLength(0);

    writeIndex(analyses, failures, b);
    out.write(b.toString());
    for (int i = 0; i < analyses.size(); i++) {
      b.setLength(0);
      writeArticle(i, analyses.get(i), b);
      out.write(b.toString());
    }
    out.write("<footer>Made with Scrutiny. Offsets are UTF-16 code units. Place data © GeoNames (CC BY 4.0).</footer>\n</body>\n</html>\n");
    out.flush();
  }

  /** The document head: title, style sheet, and a switch rule (and colour, if unknown) per highlighted layer. */
  private static void writeHead(List<Analysis> analyses, StringBuilder b) {
    Set<String> highlightLayers = new LinkedHashSet<>();
    for (Analysis a : analyses) {
      for (Layer<?> l : a.layers()) {
        if (isHighlighted(l)) {
          highlightLayers.add(l.name());
        }
      }
    }
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"generator\" content=\"Scrutiny\">\n")
        .append("<title>Scrutiny report: ").append(analyses.size()).append(analyses.size() == 1 ? " article" : " articles")
        .append("</title>\n<style>\n").append(Style.CSS);
    for (String layer : highlightLayers) {
      String c = Html.cssToken(layer);
      b.append("input.tg-").append(c).append(":not(:checked) ~ .text mark.L-").append(c)
          .append("{background:none;border-bottom:0;text-decoration:none;box-shadow:none}\n");
      if (!Style.KNOWN_LAYERS.contains(layer)) {
        b.append("mark.L-").append(c).append("{background:").append(Style.fallbackColour(layer)).append("}\n")
            .append(".sw-").append(c).append("{background:").append(Style.fallbackColour(layer)).append("}\n");
      }
    }
    b.append("</style>\n</head>\n<body>\n");
  }

  static boolean isHighlighted(Layer<?> l) {
    if (JsonRenderer.STRUCTURAL.contains(l.name())) {
      return false;
    }
    for (Annotation item : l) {
      if (item instanceof Labelled && !item.spans().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  static String anchor(int i) {
    return "article-" + (i + 1);
  }

  private void writeIndex(List<Analysis> analyses, List<JsonRenderer.Failure> failures, StringBuilder b) {
    b.append("<section id=\"index\" class=\"index\">\n<h1>Scrutiny report</h1>\n<p class=\"lede\">")
        .append(analyses.size()).append(analyses.size() == 1 ? " article analysed" : " articles analysed");
    if (!failures.isEmpty()) {
      b.append(", <strong>").append(failures.size()).append(failures.size() == 1 ? " input failed" : " inputs failed")
          .append("</strong>");
    }
    b.append(".</p>\n");
    b.append("<table class=\"articles\"><thead><tr><th>#</th><th>Title</th><th>Source</th><th>Published</th>"
        + "<th>Lang</th><th>Findings</th></tr></thead><tbody>\n");
    for (int i = 0; i < analyses.size(); i++) {
      Analysis a = analyses.get(i);
      Article art = a.article();
      b.append("<tr><td>").append(i + 1).append("</td><td><a href=\"#").append(anchor(i)).append("\">")
          .append(Html.escape(displayTitle(art))).append("</a></td><td>").append(Html.escape(art.source()))
          .append("</td><td>").append(art.published() == null ? "<span class=\"muted\">unknown</span>" : Html.escape(art.published().toString()))
          .append("</td><td>").append(Html.escape(art.language())).append("</td><td>");
      appendCounts(a, b);
      if (!a.diagnostics().isEmpty()) {
        b.append(" <span class=\"warn\">").append(a.diagnostics().size()).append(" diagnostics</span>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    if (!failures.isEmpty()) {
      b.append("<h2>Failed inputs</h2>\n<ul class=\"failures\">\n");
      for (JsonRenderer.Failure f : failures) {
        b.append("<li><code>").append(Html.escape(f.input())).append("</code>: ").append(Html.escape(f.reason())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void appendCounts(Analysis a, StringBuilder b) {
    boolean first = true;
    for (Layer<?> l : a.layers()) {
      if (JsonRenderer.STRUCTURAL.contains(l.name()) && !l.name().equals("sentences")) {
        continue;
      }
      if (!first) {
        b.append(" · ");
      }
      first = false;
      b.append("<span class=\"count\">").append(l.size()).append(' ').append(Html.escape(l.name())).append("</span>");
    }
  }

  static String displayTitle(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    String t = a.text().strip();
    int cut = Math.min(t.length(), 80);
    int nl = t.indexOf('\n');
    if (nl > 0 && nl < cut) {
      cut = nl;
    }
    return t.isEmpty() ? a.id() : t.substring(0, cut) + (cut < t.length() ? "…" : "");
  }

  private void writeArticle(int index, Analysis a, StringBuilder b) {
    String id = anchor(index);
    b.append("<section id=\"").append(id).append("\" class=\"page\">\n<p class=\"nav\"><a href=\"#index\">← All articles</a></p>\n");
    writeMeta(a, b);
    writeSections(ReportSection.Position.BEFORE_TEXT, a, id, b);
    writeReader(index, a, id, b);
    writeSections(ReportSection.Position.AFTER_TEXT, a, id, b);
    for (Layer<?> l : a.layers()) {
      if (!JsonRenderer.STRUCTURAL.contains(l.name()) && sections.stream().noneMatch(s -> s.replacesTable(l.name()))) {
        LayerTable.write(a, l, b);
      }
    }
    writeDiagnostics(a, b);
    b.append("</section>\n");
  }

  /** The title, the metadata line (source, author, date, language, id, link) and the layer counts. */
  private static void writeMeta(Analysis a, StringBuilder b) {
    Article art = a.article();
    b.append("<h2>").append(Html.escape(displayTitle(art))).append("</h2>\n<p class=\"meta\">");
    List<String> meta = new ArrayList<>();
    if (art.source() != null) meta.add("<span>" + Html.escape(art.source()) + "</span>");
    if (art.author() != null) meta.add("<span>by " + Html.escape(art.author()) + "</span>");
    meta.add(art.published() == null ? "<span class=\"muted\">publication date unknown</span>"
        : "<span>published " + Html.escape(art.published().toString()) + "</span>");
    if (art.language() != null) meta.add("<span>language " + Html.escape(art.language()) + "</span>");
    meta.add("<span class=\"muted\">id " + Html.escape(art.id()) + "</span>");
    String href = Html.safeHref(art.url());
    if (href != null) {
      meta.add("<a href=\"" + href + "\" rel=\"noopener noreferrer nofollow\">" + Html.escape(art.url()) + "</a>");
    } else if (art.url() != null) {
      meta.add("<span>" + Html.escape(art.url()) + "</span>");
    }
    b.append(String.join(" · ", meta)).append("</p>\n<p class=\"counts\">");
    appendCounts(a, b);
    b.append("</p>\n");
  }

  private void writeSections(ReportSection.Position position, Analysis a, String id, StringBuilder b) {
    for (ReportSection s : sections) {
      if (s.position() == position) {
        s.render(a, id, b);
      }
    }
  }

  /** Layer switches, then the text: the switches must precede .text as siblings for the CSS toggles. */
  private static void writeReader(int index, Analysis a, String id, StringBuilder b) {
    List<Layer<?>> highlighted = a.layers().stream().filter(HtmlRenderer::isHighlighted).toList();
    b.append("<div class=\"reader\">\n");
    if (!highlighted.isEmpty()) {
      for (Layer<?> l : highlighted) {
        String c = Html.cssToken(l.name());
        b.append("<input type=\"checkbox\" class=\"tg tg-").append(c).append("\" id=\"tg-").append(index).append('-')
            .append(c).append("\" checked>");
      }
      b.append("\n<div class=\"legend\">Highlight: ");
      for (Layer<?> l : highlighted) {
        String c = Html.cssToken(l.name());
        b.append("<label for=\"tg-").append(index).append('-').append(c).append("\"><span class=\"sw sw-").append(c)
            .append("\"></span>").append(Html.escape(l.name())).append(" (").append(l.size()).append(")</label> ");
      }
      b.append("<span class=\"muted\">(click to switch; hover a highlight for details)</span></div>\n");
    }
    b.append("<div class=\"text\">\n");
    HighlightedText.write(a, id, highlighted, b);
    b.append("</div>\n</div>\n");
  }

  /** The diagnostics of the analysis, and its timings when it kept them. */
  private static void writeDiagnostics(Analysis a, StringBuilder b) {
    if (!a.diagnostics().isEmpty()) {
      b.append("<h3>Diagnostics</h3>\n<ul class=\"diagnostics\">\n");
      for (Diagnostic d : a.diagnostics()) {
        b.append("<li><code>").append(Html.escape(d.stage())).append("</code> ")
            .append(d.offset() >= 0 ? "at offset " + d.offset() + ": " : "").append(Html.escape(d.message())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    if (!a.timingsNanos().isEmpty()) {
      b.append("<p class=\"timings muted\">Analysis time: ");
      List<String> t = new ArrayList<>();
      a.timingsNanos().forEach((k, v) -> t.add(Html.escape(k) + " " + String.format(Locale.ROOT, "%.1f ms", v / 1e6)));
      b.append(String.join(" · ", t)).append("</p>\n");
    }
  }
}
