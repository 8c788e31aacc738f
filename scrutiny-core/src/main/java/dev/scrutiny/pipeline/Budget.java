package dev.scrutiny.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work one article may cost: a wall-clock limit, checked by {@link Pipeline#run(
 * dev.scrutiny.article.Analysis, Budget)} before every analyzer, together with thread interruption and
 * the {@link HeapGuard}. An article over budget stops with an {@link OverBudgetException} naming the
 * analyzer it had reached; the caller reports it as a failure and the batch goes on.
 *
 * <pre>{@code
 * Budget budget = Budget.of(Duration.ofSeconds(30));   // starts now
 * Analysis a = pipeline.run(Analysis.of(article), budget);
 * }</pre>
 *
 * @param limit         the allowance
 * @param deadlineNanos {@link System#nanoTime()} at which it runs out
 */
public record Budget(Duration limit, long deadlineNanos) {

  /** The default allowance per article: 30 seconds. */
  public static final Duration DEFAULT = Duration.ofSeconds(30);

  public Budget {
    Objects.requireNonNull(limit, "limit");
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("a budget must be positive, got " + limit);
    }
  }

  /** A budget of {@code limit}, starting now. */
  public static Budget of(Duration limit) {
    long nanos = limit.toNanos() > 0 && limit.compareTo(Duration.ofDays(365)) < 0 ? limit.toNanos() : Long.MAX_VALUE / 4;
    return new Budget(limit, System.nanoTime() + nanos);
  }

  /** No limit in practice (a year). */
  public static Budget unlimited() {
    return of(Duration.ofDays(365));
  }

  /** Nanoseconds left; zero or less when spent. */
  public long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }

  /**
   * Throws when the time is spent, the thread was interrupted (its caller gave up) or the heap is
   * nearly full.
   *
   * @param where the step about to run, named in the exception
   */
  public void check(String where) {
    if (Thread.currentThread().isInterrupted()) {
      throw new OverBudgetException("stopped before " + where + ": the analysis was cancelled");
    }
    if (remainingNanos() <= 0) {
      throw new OverBudgetException("over the time budget of " + seconds(limit) + " per article; stopped before "
          + where);
    }
    if (HeapGuard.low()) {
      throw new OverBudgetException("stopped before " + where + ": the Java heap is nearly full after garbage"
          + " collection (give Java more memory, e.g. -Xmx2g, or use fewer threads)");
    }
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
