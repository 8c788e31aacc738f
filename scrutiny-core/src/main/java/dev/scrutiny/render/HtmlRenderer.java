package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Span;
import dev.scrutiny.checks.Check;
import dev.scrutiny.text.Paragraph;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    Set<String> highlightLayers = new LinkedHashSet<>();
    for (Analysis a : analyses) {
      for (Layer<?> l : a.layers()) {
        if (isHighlighted(l)) {
          highlightLayers.add(l.name());
        }
      }
    }
    StringBuilder b = new StringBuilder(1 << 14);
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
    Article art = a.article();
    String id = anchor(index);
    b.append("<section id=\"").append(id).append("\" class=\"page\">\n<p class=\"nav\"><a href=\"#index\">← All articles</a></p>\n");
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

    for (ReportSection s : sections) {
      if (s.position() == ReportSection.Position.BEFORE_TEXT) {
        s.render(a, id, b);
      }
    }

    // Layer switches, then the text: the switches must precede .text as siblings for the CSS toggles.
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
    writeText(a, id, highlighted, b);
    b.append("</div>\n</div>\n");

    for (ReportSection s : sections) {
      if (s.position() == ReportSection.Position.AFTER_TEXT) {
        s.render(a, id, b);
      }
    }
    for (Layer<?> l : a.layers()) {
      if (!JsonRenderer.STRUCTURAL.contains(l.name()) && sections.stream().noneMatch(s -> s.replacesTable(l.name()))) {
        writeTable(a, l, b);
      }
    }
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
    b.append("</section>\n");
  }

  /** One highlighted range: which layer, label and explanation. */
  private record Mark(int start, int end, String layer, String label, String detail, @Nullable String anchor) {}

  private static void writeText(Analysis a, String page, List<Layer<?>> highlighted, StringBuilder b) {
    String text = a.text();
    List<Mark> marks = new ArrayList<>();
    for (Layer<?> l : highlighted) {
      for (int i = 0; i < l.size(); i++) {
        Annotation item = l.get(i);
        if (!(item instanceof Labelled lab)) {
          continue;
        }
        String label = lab.label();
        String detail = lab.detail();
        String anchor = ReportSection.itemAnchor(page, l.name(), i);
        for (Span s : item.spans()) {
          if (!s.isEmpty()) {
            marks.add(new Mark(s.start(), s.end(), l.name(), label, detail, anchor));
            anchor = null;
          }
        }
      }
    }
    marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
    List<Span> paragraphs = a.items(Paragraph.LAYER).stream().map(Paragraph::span).toList();
    if (paragraphs.isEmpty() && !text.isBlank()) {
      paragraphs = List.of(new Span(0, text.length()));
    }
    // bucket each mark into the paragraphs it overlaps (a quote may run across paragraphs)
    List<List<Mark>> buckets = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      buckets.add(new ArrayList<>());
    }
    for (Mark mk : marks) {
      int lo = 0;
      int hi = paragraphs.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (paragraphs.get(mid).end() <= mk.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < paragraphs.size() && paragraphs.get(i).start() < mk.end(); i++) {
        buckets.get(i).add(mk);
      }
    }
    // consistency checks go in the margin next to the paragraph where their span starts
    List<Check> checks = a.items(Check.LAYER);
    List<List<Integer>> flags = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      flags.add(new ArrayList<>());
    }
    for (int c = 0; c < checks.size(); c++) {
      int at = checks.get(c).start();
      int p = 0;
      while (p + 1 < paragraphs.size() && paragraphs.get(p + 1).start() <= at) {
        p++;
      }
      if (!flags.isEmpty()) {
        flags.get(p).add(c);
      }
    }
    boolean margin = !checks.isEmpty();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (margin) {
        b.append("<div class=\"para\">");
      }
      b.append("<p>");
      writeSegments(text, paragraphs.get(i), buckets.get(i), b);
      b.append("</p>");
      if (margin) {
        b.append("<div class=\"flags\">");
        for (int c : flags.get(i)) {
          Check ck = checks.get(c);
          b.append("<a class=\"flag sev-").append(ck.severity()).append("\" href=\"#")
              .append(ReportSection.itemAnchor(page, Check.LAYER.name(), c)).append("\">⚑ <b>").append(ck.kind())
              .append("</b> ").append(Html.escape(ck.message())).append("</a>");
        }
        b.append("</div></div>");
      }
      b.append('\n');
    }
  }

  /** Cuts the paragraph at every mark boundary and wraps each piece in the marks covering it. */
  private static void writeSegments(String text, Span p, List<Mark> marks, StringBuilder b) {
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
    cuts.add(p.start());
    cuts.add(p.end());
    for (Mark mk : marks) {
      cuts.add(Math.max(p.start(), mk.start()));
      cuts.add(Math.min(p.end(), mk.end()));
    }
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        int s = prev;
        int e = cut;
        List<Mark> active = new ArrayList<>();
        for (Mark mk : marks) {
          if (mk.start() <= s && e <= mk.end()) {
            active.add(mk);
          }
        }
        for (Mark mk : active) {
          if (mk.anchor() != null && mk.start() == s) {
            b.append("<span class=\"anchor\" id=\"").append(mk.anchor()).append("\"></span>");
          }
        }
        String piece = escapeWithBreaks(text.substring(s, e));
        if (active.isEmpty()) {
          b.append(piece);
        } else {
          Map<String, Mark> byLayer = new LinkedHashMap<>();
          StringBuilder title = new StringBuilder();
          for (Mark mk : active) {
            byLayer.putIfAbsent(mk.layer(), mk);
            if (title.length() > 0) {
              title.append('\n');
            }
            title.append(mk.layer()).append(": ").append(mk.detail());
          }
          b.append("<mark class=\"");
          boolean first = true;
          for (Mark mk : byLayer.values()) {
            if (!first) b.append(' ');
            first = false;
            b.append("L-").append(Html.cssToken(mk.layer())).append(" V-").append(Html.cssToken(mk.label()));
          }
          b.append("\" title=\"").append(Html.escape(title.toString())).append("\">").append(piece).append("</mark>");
        }
      }
      prev = cut;
    }
  }

  private static String escapeWithBreaks(String s) {
    String e = Html.escape(s);
    return e.indexOf('\n') < 0 ? e : e.replace("\r\n", "\n").replace("\n", "<br>\n");
  }

  private static void writeTable(Analysis a, Layer<?> l, StringBuilder b) {
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
      if (rows++ == MAX_TABLE_ROWS) {
        b.append("<tr><td colspan=\"4\" class=\"muted\">… ").append(l.size() - MAX_TABLE_ROWS)
            .append(" more; the JSON output lists them all.</td></tr>\n");
        break;
      }
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
    b.append("</tbody></table></details>\n");
  }
}
