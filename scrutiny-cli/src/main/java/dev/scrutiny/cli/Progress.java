package dev.scrutiny.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr for batches, redrawn in place; silent when stderr is not a
 * terminal. Messages (failures) are printed on their own lines either way.
 */
final class Progress {

  private final PrintWriter err;
  private final int total;
  private final boolean live;
  private final long startNanos = System.nanoTime();
  private int done;
  private long lastDraw;

  Progress(PrintWriter err, int total, boolean live) {
    this.err = err;
    this.total = total;
    this.live = live && total > 1;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (live && (now - lastDraw > 100_000_000L || done == total)) {
      lastDraw = now;
      draw();
    }
  }

  void message(String line) {
    if (live) {
      err.print("\r\033[K");
    }
    err.println("scrutiny: " + line);
    if (live) {
      draw();
    }
    err.flush();
  }

  void done() {
    if (live) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  private void draw() {
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    double secs = (System.nanoTime() - startNanos) / 1e9;
    err.printf("\r\033[K[%s%s] %d/%d inputs, %.1f/s", "#".repeat(filled), " ".repeat(width - filled), done, total,
        secs > 0 ? done / secs : 0.0);
    err.flush();
  }
}
