package dev.scrutiny.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Small stream chores of reading inputs: the UTF-8 byte-order mark, the JSON-lines sniff, closing
 * without a second error, keeping standard input open, and the message of an I/O error. Stateless.
 */
final class InputStreams {

  /** How far into an input of unknown format the sniff looks. */
  static final int SNIFF_BYTES = 4096;

  private InputStreams() {}

  /** Whether {@code in} (which must support mark) starts, after a BOM and white space, with <code>{</code>. */
  static boolean looksLikeJsonLines(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    int i = startsWithBom(head) ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '{';
  }

  /** Reads past a UTF-8 byte-order mark, if {@code in} (which must support mark) starts with one. */
  static void skipBom(InputStream in) throws IOException {
    in.mark(3);
    if (!startsWithBom(in.readNBytes(3))) {
      in.reset();
    }
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** Whether a line holds only spaces, tabs and carriage returns. */
  static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The message of an I/O error (the cause's, for an unchecked wrapper), or its class name. */
  static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing more to release; the read result already says what went wrong
      }
    }
  }

  /** Standard input must stay open for the JVM's later users. */
  static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /** The last element of a path, or the whole path when it has none. */
  static String fileName(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }
}
