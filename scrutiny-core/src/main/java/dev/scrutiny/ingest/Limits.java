package dev.scrutiny.ingest;

import java.util.Locale;

/**
 * The size limits of reading, and the messages that name a size against its limit: an input over a
 * limit is rejected with both figures, never truncated. Stateless.
 */
final class Limits {

  /** Whole inputs are read into one array: the limit Java arrays allow, whatever {@code maxBytes} says. */
  static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16;
  /** The largest CSV file read (it is parsed whole); each record's text is held to the usual limit. */
  static final long CSV_FILE_LIMIT = 256L * 1024 * 1024;

  private Limits() {}

  /** "the line is 2.0 KiB (2000 bytes), over the limit of 1000 B (1000 bytes); rejected, not truncated". */
  static String tooLarge(String what, long size, long limit) {
    return String.format(Locale.ROOT, "%s is %s (%d bytes), over the limit of %s (%d bytes); rejected, not truncated",
        what, human(size), size, human(limit), limit);
  }

  /** A byte count for people: {@code 512 B}, {@code 2.0 KiB}, {@code 5.0 MiB}. */
  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }
}
