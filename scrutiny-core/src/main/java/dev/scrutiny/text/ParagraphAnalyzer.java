package dev.scrutiny.text;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the text into paragraphs at blank lines (a line holding only whitespace counts as blank).
 * Each paragraph is trimmed of leading and trailing whitespace; whitespace-only text has none.
 */
public final class ParagraphAnalyzer implements Analyzer<Paragraph> {

  @Override
  public LayerKey<Paragraph> produces() {
    return Paragraph.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public String name() {
    return "paragraphs/1";
  }

  @Override
  public List<Paragraph> analyze(Analysis in) {
    return split(in.text());
  }

  /** Paragraph spans of {@code text}. */
  public static List<Paragraph> split(String text) {
    List<Paragraph> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int lastNonSpace = i;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          int j = i + 1;
          if (c == '\r' && j < n && text.charAt(j) == '\n') {
            j++;
          }
          int k = j;
          while (k < n && text.charAt(k) != '\n' && text.charAt(k) != '\r' && Character.isWhitespace(text.charAt(k))) {
            k++;
          }
          if (k >= n || text.charAt(k) == '\n' || text.charAt(k) == '\r') {
            break; // blank line (or end of text) ends the paragraph
          }
          i = j;
          continue;
        }
        if (!Character.isWhitespace(c)) {
          lastNonSpace = i;
        }
        i++;
      }
      out.add(new Paragraph(start, lastNonSpace + 1));
    }
    return out;
  }
}
