package dev.scrutiny.render;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.Span;
import dev.scrutiny.checks.Check;
import dev.scrutiny.text.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes an article's text for the HTML report: paragraph by paragraph, every span of a highlighted
 * layer wrapped in a {@code <mark>} that names its layer and label (overlaps cut into pieces each
 * marked by all that cover it), the first span of each item anchored for the tables' links, and the
 * consistency checks flagged in the margin beside the paragraph where they start.
 */
final class HighlightedText {

  /** One highlighted range: which layer, label and explanation. */
  private record Mark(int start, int end, String layer, String label, String detail, @Nullable String anchor) {}

  private HighlightedText() {}

  /** Writes the paragraphs of {@code a} with the marks of {@code highlighted}; {@code page} prefixes anchors. */
  static void write(Analysis a, String page, List<Layer<?>> highlighted, StringBuilder b) {
    String text = a.text();
    List<Span> paragraphs = a.items(Paragraph.LAYER).stream().map(Paragraph::span).toList();
    if (paragraphs.isEmpty() && !text.isBlank()) {
      paragraphs = List.of(new Span(0, text.length()));
    }
    List<List<Mark>> buckets = byParagraph(marks(page, highlighted), paragraphs);
    List<Check> checks = a.items(Check.LAYER);
    List<List<Integer>> flags = flagsByParagraph(checks, paragraphs);
    boolean margin = !checks.isEmpty();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (margin) {
        b.append("<div class=\"para\">");
      }
      b.append("<p>");
      writeSegments(text, paragraphs.get(i), buckets.get(i), b);
      b.append("</p>");
      if (margin) {
        writeFlags(page, checks, flags.get(i), b);
      }
      b.append('\n');
    }
  }

  /** Every non-empty span of every labelled item, in text order; each item's first span carries its anchor. */
  private static List<Mark> marks(String page, List<Layer<?>> highlighted) {
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
    return marks;
  }

  /** The marks of each paragraph: a mark goes to every paragraph it overlaps (a quote may run across). */
  private static List<List<Mark>> byParagraph(List<Mark> marks, List<Span> paragraphs) {
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
    return buckets;
  }

  /** The indexes of the checks of each paragraph: the one where the check's span starts. */
  private static List<List<Integer>> flagsByParagraph(List<Check> checks, List<Span> paragraphs) {
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
    return flags;
  }

  private static void writeFlags(String page, List<Check> checks, List<Integer> flags, StringBuilder b) {
    b.append("<div class=\"flags\">");
    for (int c : flags) {
      Check ck = checks.get(c);
      b.append("<a class=\"flag sev-").append(ck.severity()).append("\" href=\"#")
          .append(ReportSection.itemAnchor(page, Check.LAYER.name(), c)).append("\">⚑ <b>").append(ck.kind())
          .append("</b> ").append(Html.escape(ck.message())).append("</a>");
    }
    b.append("</div></div>");
  }

  /** Cuts the paragraph at every mark boundary and wraps each piece in the marks covering it. */
  private static void writeSegments(String text, Span p, List<Mark> marks, StringBuilder b) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(p.start());
    cuts.add(p.end());
    for (Mark mk : marks) {
      cuts.add(Math.max(p.start(), mk.start()));
      cuts.add(Math.min(p.end(), mk.end()));
    }
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        writePiece(text, prev, cut, marks, b);
      }
      prev = cut;
    }
  }

  /** One piece of text between two cuts, with the anchors that start there, inside the marks that cover it. */
  private static void writePiece(String text, int s, int e, List<Mark> marks, StringBuilder b) {
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
      return;
    }
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
      if (!first) {
        b.append(' ');
      }
      first = false;
      b.append("L-").append(Html.cssToken(mk.layer())).append(" V-").append(Html.cssToken(mk.label()));
    }
    b.append("\" title=\"").append(Html.escape(title.toString())).append("\">").append(piece).append("</mark>");
  }

  private static String escapeWithBreaks(String s) {
    String e = Html.escape(s);
    return e.indexOf('\n') < 0 ? e : e.replace("\r\n", "\n").replace("\n", "<br>\n");
  }
}
