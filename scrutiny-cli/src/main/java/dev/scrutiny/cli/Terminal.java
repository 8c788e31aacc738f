package dev.scrutiny.cli;

/**
 * Whether stdout and stderr are terminals, and how untrusted text is made safe to print there. Java
 * cannot tell for stderr, so the {@code ./scrutiny} launcher passes {@code -Dscrutiny.stdout.tty} and
 * {@code -Dscrutiny.stderr.tty} from the shell's {@code [ -t 1 ]} and {@code [ -t 2 ]}; without them
 * both count as "not a terminal".
 */
final class Terminal {

  private Terminal() {}

  static boolean stdoutIsTerminal() {
    return Boolean.getBoolean("scrutiny.stdout.tty");
  }

  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("scrutiny.stderr.tty");
  }

  /**
   * {@code s} with every character a terminal would act on shown as an escape instead: C0 and C1
   * controls, DEL, line and paragraph separators and bidirectional controls become {@code \n},
   * {@code \t} or {@code \}{@code u001b}. A file name with a newline cannot forge a status line, an
   * escape sequence in a title cannot set the window title or hide a link.
   */
  static String escape(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = replacement(c);
      if (rep != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (rep != null) {
          out.append(rep);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static String replacement(char c) {
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c == '\t') {
      return "\\t";
    }
    boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    return control ? String.format("\\u%04x", (int) c) : null;
  }
}
