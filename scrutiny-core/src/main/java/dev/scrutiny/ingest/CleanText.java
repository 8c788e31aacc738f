package dev.scrutiny.ingest;

/**
 * Cleans the text of every input the same way, whatever its format: line ends, control characters,
 * trailing spaces and runs of blank lines. Stateless.
 */
final class CleanText {

  private CleanText() {}

  /**
   * Clean text: {@code \r\n} and {@code \r} become {@code \n}, a leading byte-order mark and control
   * characters other than tab and newline go, trailing spaces on each line go, runs of blank lines
   * become one blank line (the paragraph separator), and the whole is stripped.
   */
  static String normalize(String raw) {
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length());
    boolean started = false;
    boolean blank = false;
    for (String line : s.split("\n", -1)) {
      String clean = withoutControls(line).stripTrailing();
      if (clean.isBlank()) {
        blank = started;
        continue;
      }
      if (started) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(clean);
      started = true;
      blank = false;
    }
    return out.toString().strip();
  }

  private static String withoutControls(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean drop = SafeText.dropFromBody(c);
      if (drop && out == null) {
        out = new StringBuilder(line.length()).append(line, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? line : out.toString();
  }
}
