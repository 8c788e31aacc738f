package dev.scrutiny.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/** Sums nanoseconds per analyzer name across tasks: the job's per-analyzer time. */
final class TimingsAccumulator extends AccumulatorV2<Map<String, Long>, Map<String, Long>> {

  private static final long serialVersionUID = 1L;
  private final TreeMap<String, Long> sums = new TreeMap<>();

  @Override
  public boolean isZero() {
    synchronized (sums) {
      return sums.isEmpty();
    }
  }

  @Override
  public AccumulatorV2<Map<String, Long>, Map<String, Long>> copy() {
    TimingsAccumulator c = new TimingsAccumulator();
    c.add(value());
    return c;
  }

  @Override
  public void reset() {
    synchronized (sums) {
      sums.clear();
    }
  }

  @Override
  public void add(Map<String, Long> v) {
    synchronized (sums) {
      v.forEach((k, n) -> sums.merge(k, n, Long::sum));
    }
  }

  @Override
  public void merge(AccumulatorV2<Map<String, Long>, Map<String, Long>> other) {
    add(other.value());
  }

  @Override
  public Map<String, Long> value() {
    synchronized (sums) {
      return new TreeMap<>(sums);
    }
  }
}
