package dev.scrutiny.persuasion;

import java.util.ArrayList;
import java.util.List;

/**
 * A small fallback sentence splitter used when the pipeline has no sentence layer: breaks after
 * {@code . ! ?} (and closing quotes or brackets) followed by whitespace, within each given segment.
 */
final class Sentences {

  private Sentences() {}

  static List<int[]> split(String text, List<int[]> segments) {
    List<int[]> out = new ArrayList<>();
    for (int[] seg : segments) {
      int start = seg[0];
      int i = seg[0];
      while (i < seg[1]) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '…') {
          int j = i + 1;
          while (j < seg[1] && ".!?…\"'”’)»".indexOf(text.charAt(j)) >= 0) {
            j++;
          }
          if (j < seg[1] && Character.isWhitespace(text.charAt(j))) {
            int k = j;
            while (k < seg[1] && Character.isWhitespace(text.charAt(k))) {
              k++;
            }
            if (k < seg[1] && !Character.isLowerCase(text.charAt(k))) {
              out.add(new int[] {start, j});
              start = k;
              i = k;
              continue;
            }
          }
          i = j;
          continue;
        }
        i++;
      }
      if (start < seg[1]) {
        out.add(new int[] {start, seg[1]});
      }
    }
    return out;
  }
}
