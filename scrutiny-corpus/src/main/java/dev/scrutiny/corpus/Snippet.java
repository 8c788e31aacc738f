package dev.scrutiny.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of an article with the matched words marked as offset ranges into {@link #text()} (so
 * each renderer escapes the text and marks it its own way).
 *
 * @param text       the passage, plain text (with {@code …} where it was cut)
 * @param highlights matched ranges, 0-based, end-exclusive UTF-16 offsets into {@code text}, in order
 */
public record Snippet(String text, List<Highlight> highlights) {

  /** Start and end markers the databases are asked to put around matches (private-use characters). */
  public static final char OPEN = '\uE000';
  public static final char CLOSE = '\uE001';

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** One marked range. */
  public record Highlight(int start, int end) {}

  /** Parses a passage marked with {@link #OPEN}/{@link #CLOSE} into text and ranges. */
  public static Snippet parse(String marked) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Highlight> ranges = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN) {
        open = text.length();
      } else if (c == CLOSE) {
        if (open >= 0 && open < text.length()) {
          ranges.add(new Highlight(open, text.length()));
        }
        open = -1;
      } else {
        text.append(c);
      }
    }
    return new Snippet(text.toString(), ranges);
  }

  /** The passage with each match wrapped in {@code before}…{@code after} (no escaping). */
  public String marked(String before, String after) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 4);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(before).append(text, h.start(), h.end()).append(after);
      at = h.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
