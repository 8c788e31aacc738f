package dev.scrutiny.server;

import dev.scrutiny.corpus.Snippet;

/** Writes a search snippet as escaped HTML with its matches in {@code <mark>}. */
final class Snippets {

  private Snippets() {}

  static String html(Snippet s) {
    StringBuilder b = new StringBuilder(s.text().length() + 64);
    int at = 0;
    for (Snippet.Highlight h : s.highlights()) {
      if (h.start() < at || h.end() > s.text().length()) {
        continue;
      }
      b.append(Layout.esc(s.text().substring(at, h.start()))).append("<mark>")
          .append(Layout.esc(s.text().substring(h.start(), h.end()))).append("</mark>");
      at = h.end();
    }
    return b.append(Layout.esc(s.text().substring(at))).toString();
  }
}
