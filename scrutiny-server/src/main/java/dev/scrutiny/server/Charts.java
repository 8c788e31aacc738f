package dev.scrutiny.server;

import java.util.List;
import java.util.Locale;

/** Horizontal bar charts as inline SVG: no scripts, no CDN, labels escaped. */
final class Charts {

  /** One bar: its label, its value, and how the value is written next to it. */
  record Bar(String label, double value, String shown) {}

  private static final int ROW = 22;
  private static final int LABEL = 210;

  private Charts() {}

  /** A chart of {@code bars} (at most 25, in the given order), {@code width} pixels wide. */
  static String bars(String title, List<Bar> bars, int width) {
    List<Bar> rows = bars.size() > 25 ? bars.subList(0, 25) : bars;
    double max = rows.stream().mapToDouble(Bar::value).max().orElse(0);
    int height = rows.size() * ROW + 8;
    int plot = width - LABEL - 70;
    StringBuilder b = new StringBuilder(256 + rows.size() * 220);
    b.append("<figure class=\"chart\"><figcaption>").append(Layout.esc(title)).append("</figcaption>");
    if (rows.isEmpty()) {
      return b.append("<p class=\"muted\">nothing to show</p></figure>").toString();
    }
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">");
    for (int i = 0; i < rows.size(); i++) {
      Bar bar = rows.get(i);
      int y = 4 + i * ROW;
      double w = max <= 0 ? 0 : Math.max(1, bar.value() / max * plot);
      b.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" class=\"lbl\">").append(Layout.esc(shorten(bar.label()))).append("</text>")
          .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(ROW - 6)
          .append("\" class=\"bar\"><title>").append(Layout.esc(bar.label() + ": " + bar.shown())).append("</title></rect>")
          .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + w + 6)).append("\" y=\"").append(y + 15)
          .append("\" class=\"val\">").append(Layout.esc(bar.shown())).append("</text>");
    }
    return b.append("</svg></figure>").toString();
  }

  private static String shorten(String s) {
    return s.length() <= 30 ? s : s.substring(0, 29) + "…";
  }
}
