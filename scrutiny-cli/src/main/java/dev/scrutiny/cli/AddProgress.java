package dev.scrutiny.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of {@code scrutiny add} on stderr: inputs done of all, articles stored, the rate and an
 * estimate of the time left. Redrawn in place on a terminal; elsewhere one line every 15 seconds, so
 * logs of long batches show progress too. Failures are printed on their own lines.
 */
final class AddProgress {

  private static final long LOG_EVERY_NANOS = 15_000_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean live;
  private final long start = System.nanoTime();
  private long lastDraw = System.nanoTime();
  private int inputs;
  private int articles;

  AddProgress(PrintWriter err, int total, boolean live) {
    this.err = err;
    this.total = total;
    this.live = live;
  }

  void input() {
    inputs++;
    maybeDraw(inputs == total);
  }

  void article() {
    articles++;
    maybeDraw(false);
  }

  void message(String line) {
    clear();
    err.println("scrutiny: " + line);
    if (live) {
      err.print(status());
    }
    err.flush();
  }

  void done() {
    clear();
    err.flush();
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  private void maybeDraw(boolean force) {
    long now = System.nanoTime();
    if (live && (force || now - lastDraw > 100_000_000L)) {
      lastDraw = now;
      err.print("\r\033[K" + status());
      err.flush();
    } else if (!live && now - lastDraw > LOG_EVERY_NANOS) {
      lastDraw = now;
      err.println("scrutiny: " + status());
      err.flush();
    }
  }

  private void clear() {
    if (live) {
      err.print("\r\033[K");
    }
  }

  String status() {
    double secs = seconds();
    double rate = secs > 0 ? articles / secs : 0;
    String eta = inputs == 0 || inputs >= total ? "" : ", about " + duration(secs / inputs * (total - inputs)) + " left";
    return String.format(Locale.ROOT, "%d/%d inputs, %d articles, %.1f articles/s%s", inputs, total, articles, rate, eta);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }
}
