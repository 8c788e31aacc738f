package dev.scrutiny.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counters, summed over all tasks: articles read, analysed and failed (reading or analysis), inputs
 * skipped, and time per analyzer. A task retried by Spark may count twice; the output never holds an article twice.
 */
final class JobCounters implements Serializable {

  private static final long serialVersionUID = 1L;

  final LongAccumulator read;
  final LongAccumulator analysed;
  final LongAccumulator failed;
  final LongAccumulator skipped;
  final TimingsAccumulator timings = new TimingsAccumulator();
  /** LSH bands shared by more articles than the duplicate stage pairs ({@link CrossSourceStages#MAX_BUCKET}). */
  final LongAccumulator oversizedBuckets;
  /** Stories and duplicate pairs written by the cross-source stages; -1 when they did not run. */
  long stories = -1;
  long duplicates = -1;
  /** Wall seconds of the one pass (analysis and writing) and of the cross-source stages (-1 when they did not run). */
  double passSeconds;
  double crossSourceSeconds = -1;

  JobCounters(SparkContext sc) {
    read = sc.longAccumulator("scrutiny.read");
    analysed = sc.longAccumulator("scrutiny.analysed");
    failed = sc.longAccumulator("scrutiny.failed");
    skipped = sc.longAccumulator("scrutiny.skipped");
    oversizedBuckets = sc.longAccumulator("scrutiny.oversizedBuckets");
    sc.register(timings, "scrutiny.timings");
  }

  void print(PrintStream out, double wallSeconds) {
    out.printf(Locale.ROOT, "scrutiny spark: %d read, %d analysed, %d failed, %d skipped in %.1f s (%.1f articles/s)%n",
        read.value(), analysed.value(), failed.value(), skipped.value(), wallSeconds,
        wallSeconds > 0 ? analysed.value() / wallSeconds : 0.0);
    out.printf(Locale.ROOT, "scrutiny spark: analysed and written in %.1f s%s%n", passSeconds,
        crossSourceSeconds < 0 ? "" : String.format(Locale.ROOT, ", cross-source stages %.1f s", crossSourceSeconds));
    if (stories >= 0) {
      out.printf(Locale.ROOT, "scrutiny spark: cross-source: %d stories, %d duplicate pairs%s%n", stories, duplicates,
          oversizedBuckets.value() == 0 ? "" : " (" + oversizedBuckets.value() + " LSH bands shared by over "
              + CrossSourceStages.MAX_BUCKET + " articles: only their first " + CrossSourceStages.MAX_BUCKET
              + " were paired)");
    }
    long total = timings.value().values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<String, Long> e : timings.value().entrySet()) {
      out.printf(Locale.ROOT, "  %-14s %9.1f s  %5.1f%%  %7.2f ms/article%n", e.getKey(), e.getValue() / 1e9,
          total > 0 ? 100.0 * e.getValue() / total : 0.0,
          analysed.value() > 0 ? e.getValue() / 1e6 / analysed.value() : 0.0);
    }
    out.flush();
  }
}
