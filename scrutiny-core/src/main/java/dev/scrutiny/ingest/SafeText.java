package dev.scrutiny.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Removes what a terminal or a log would interpret rather than show: C0 and C1 control characters
 * (escape sequences, bells, backspaces), DEL, byte-order marks, line and paragraph separators and the
 * bidirectional overrides that reorder what is displayed. Metadata fields keep no line breaks at all;
 * body text keeps its newlines and tabs. Stateless and thread-safe.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * A metadata value (title, author, id, source, URL, language) on one line: controls and line breaks
   * become spaces, runs of spaces collapse, the result is stripped; null or blank gives null.
   */
  public static @Nullable String field(@Nullable String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean whitespace = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2028' || c == '\u2029';
      if (isInvisibleControl(c) || (Character.isISOControl(c) && !whitespace)) {
        continue;
      }
      if (whitespace) {
        space = true;
        continue;
      }
      if (space && !out.isEmpty()) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.isEmpty() ? null : out.toString();
  }

  /**
   * Whether a character of running text is dropped: controls other than tab and newline, DEL, the
   * C1 range (U+0080–U+009F, which 8-bit terminals read as escape sequences), byte-order marks, and
   * bidirectional embedding, override and isolate controls.
   */
  public static boolean dropFromBody(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || isInvisibleControl(c);
  }

  private static boolean isInvisibleControl(char c) {
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
