package dev.scrutiny.persuasion;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of an article, numbered from 1 over all lines as the SemEval-2023 organisers'
 * {@code .template} files do; offsets cover the line without its line break. The technique model was
 * trained on such lines, so it is applied to them.
 */
public record ArticleLine(int number, int start, int end) {

  /** The non-blank lines of {@code text} (lines split at {@code \n}; a trailing {@code \r} is dropped). */
  public static List<ArticleLine> split(String text) {
    List<ArticleLine> out = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int e = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      if (!text.substring(start, e).isBlank()) {
        out.add(new ArticleLine(number, start, e));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
      number++;
    }
    return out;
  }
}
