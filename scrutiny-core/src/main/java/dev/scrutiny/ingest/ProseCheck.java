package dev.scrutiny.ingest;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Rejects decoded text that is not prose to analyse: mostly replacement characters (an encoding that
 * could not be read), or mostly "words" so long that no language has them (a megabyte without a space
 * is data, not an article). Scripts written without spaces (Chinese, Japanese, Thai…) count each
 * character as a boundary. Stateless and thread-safe.
 */
final class ProseCheck {

  /** A run of non-space characters longer than this is not a word. */
  static final int MAX_WORD = 200;

  private ProseCheck() {}

  /** Why {@code text} is not prose, or null when it is. */
  static @Nullable String problem(String text) {
    long visible = 0;
    long replacement = 0;
    long inLongWords = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || spacelessScript(c)) {
        if (run > MAX_WORD) {
          inLongWords += run;
        }
        run = 0;
        if (!Character.isWhitespace(c) && c != '\u00A0') {
          visible++;
        }
        continue;
      }
      visible++;
      run++;
      if (c == '\uFFFD') {
        replacement++;
      }
    }
    if (run > MAX_WORD) {
      inLongWords += run;
    }
    if (visible >= 8 && replacement * 10 > visible * 3) {
      return String.format(Locale.ROOT, "undecodable: %d of its %d characters are replacement characters (U+FFFD);"
          + " the encoding could not be read", replacement, visible);
    }
    if (inLongWords * 2 > visible) {
      return String.format(Locale.ROOT, "not prose: %d of its %d characters are in runs of over %d characters"
          + " without a space", inLongWords, visible, MAX_WORD);
    }
    return null;
  }

  private static boolean spacelessScript(char c) {
    if (c < 0x0E00) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> true;
      default -> false;
    };
  }
}
