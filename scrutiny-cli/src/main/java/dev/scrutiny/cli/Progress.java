package dev.scrutiny.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for batches, redrawn in place; silent when stderr is not a
 * terminal. Messages (failures) are printed on their own lines either way, with control characters
 * escaped ({@link Terminal#escape}). Thread-safe: the reader thread reports inputs, the main thread articles.
 */
final class Progress {

  private final PrintWriter err;
  private final int total;
  private final boolean live;
  private final long startNanos = System.nanoTime();
  private int done;
  private int articles;
  private long lastDraw;

  Progress(PrintWriter err, int total, boolean live) {
    this.err = err;
    this.total = total;
    this.live = live;
  }

  /** One input read completely. */
  synchronized void step() {
    done++;
    redraw(done == total);
  }

  /** One article analysed (a JSON-lines input holds many). */
  synchronized void article() {
    articles++;
    redraw(false);
  }

  private void redraw(boolean force) {
    long now = System.nanoTime();
    if (live && (force || now - lastDraw > 100_000_000L)) {
      lastDraw = now;
      draw();
    }
  }

  synchronized void message(String line) {
    if (live) {
      err.print("\r\033[K");
    }
    err.println("scrutiny: " + Terminal.escape(line));
    if (live) {
      draw();
    }
    err.flush();
  }

  synchronized void done() {
    if (live) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private void draw() {
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    double secs = (System.nanoTime() - startNanos) / 1e9;
    err.printf("\r\033[K[%s%s] %d/%d inputs, %d articles, %.1f articles/s", "#".repeat(filled),
        " ".repeat(width - filled), done, total, articles, secs > 0 ? articles / secs : 0.0);
    err.flush();
  }
}
