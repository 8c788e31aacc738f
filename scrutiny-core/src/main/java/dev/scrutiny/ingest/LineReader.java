package dev.scrutiny.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code \n}-terminated byte lines from a stream, never holding more than {@code maxBytes} of
 * one line: a longer line is consumed and reported as too long. Not thread-safe.
 */
final class LineReader {

  /** One line: its bytes (without the terminator, {@code \r} stripped), or the length it ran to when too long. */
  record Line(int number, byte @Nullable [] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private int number;
  private boolean eof;

  LineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    if (eof && pos >= limit) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean overflow = false;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      length += n;
      if (!overflow && length > maxBytes) {
        overflow = true;
        line = null;
      }
      if (!overflow) {
        line.write(buffer, start, n);
      }
      if (pos < limit) {
        pos++; // the '\n'
        break;
      }
    }
    number++;
    if (overflow) {
      return new Line(number, null, length);
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(number, bytes, length);
  }
}
