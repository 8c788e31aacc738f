package dev.scrutiny.corpus.bench;

import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.SearchQuery;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Search latency on a corpus: a seeded mix of queries as people type them (one common word, one
 * rare word, two words, a phrase, words with an outlet or a date range, a filter alone), each run
 * once after a warm-up; prints p50, p95 and p99 in milliseconds, with and without facets; broad
 * searches with facets; and many searches at once.
 */
public final class SearchBench {

  private SearchBench() {}

  /** The measured latencies, in milliseconds. */
  public record Figures(int queries, double p50, double p95, double p99, double max) {}

  public static List<SearchQuery> queries(SyntheticCorpus corpus, int n, long seed) {
    Random r = new Random(seed);
    List<SearchQuery> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String common = corpus.word(20 + r.nextInt(200));
      String mid = corpus.word(200 + r.nextInt(2000));
      String rare = corpus.word(2000 + r.nextInt(15000));
      LocalDate from = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(900));
      SearchQuery q = switch (i % 7) {
        case 0 -> SearchQuery.of(common);
        case 1 -> SearchQuery.of(rare);
        case 2 -> SearchQuery.of(mid + " " + common);
        case 3 -> SearchQuery.of("\"" + corpus.word(r.nextInt(50)) + " " + corpus.word(r.nextInt(50)) + "\"");
        case 4 -> SearchQuery.of(mid).withSource("outlet-" + r.nextInt(40));
        case 5 -> SearchQuery.of(common + " " + rare).withFrom(from).withTo(from.plusDays(90));
        default -> SearchQuery.of("").withSource("outlet-" + r.nextInt(40)).withLanguage("en");
      };
      qs.add(q.withLimit(20));
    }
    return qs;
  }

  /**
   * Broad searches, the worst case of facets: one of the 200 most common words (found in 12% to 75%
   * of the articles), or no words at all (every article).
   */
  public static List<SearchQuery> broadQueries(SyntheticCorpus corpus, int n, long seed) {
    Random r = new Random(seed);
    List<SearchQuery> qs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      qs.add((i % 10 == 9 ? SearchQuery.of("") : SearchQuery.of(corpus.word(20 + r.nextInt(200)))).withLimit(20));
    }
    return qs;
  }

  /** Searches run at once by {@code threads} threads; the figures are of each search, plus the throughput. */
  public record Concurrent(int searches, int threads, int errors, double seconds, Figures latency) {}

  public static Concurrent concurrently(CorpusStore store, List<SearchQuery> queries, int threads) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
    double[] ms = new double[queries.size()];
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      int k = i;
      done.add(pool.submit(() -> {
        start.await();
        long t = System.nanoTime();
        try {
          store.search(queries.get(k));
        } catch (RuntimeException e) {
          errors.incrementAndGet();
        }
        ms[k] = (System.nanoTime() - t) / 1e6;
        return null;
      }));
    }
    long t = System.nanoTime();
    start.countDown();
    for (var f : done) {
      try {
        f.get();
      } catch (Exception e) {
        errors.incrementAndGet();
      }
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    pool.shutdown();
    Arrays.sort(ms);
    return new Concurrent(ms.length, threads, errors.get(), seconds,
        new Figures(ms.length, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]));
  }

  /** The kinds of {@link #queries}, by position modulo 7. */
  public static final List<String> KINDS = List.of("common word", "rare word", "two words", "phrase",
      "word + outlet", "words + 90 days", "outlet + language");

  /**
   * Per kind of query: wall-clock and CPU time of the searching thread (SQLite runs on it), each query
   * once; CPU time shows the work itself when other processes share the machine.
   */
  public static void printByKind(PrintWriter out, CorpusStore store, List<SearchQuery> queries, boolean facets) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int k = 0; k < KINDS.size(); k++) {
      List<Double> wall = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      for (int i = k; i < queries.size(); i += KINDS.size()) {
        long c = mx.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        store.search(queries.get(i).withFacets(facets));
        wall.add((System.nanoTime() - t) / 1e6);
        cpu.add((mx.getCurrentThreadCpuTime() - c) / 1e6);
      }
      double[] w = wall.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double[] u = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      out.printf(Locale.ROOT, "  %-20s %4d  wall p50 %7.2f p95 %7.2f ms   cpu p50 %7.2f p95 %7.2f ms%n", KINDS.get(k),
          w.length, at(w, 0.5), at(w, 0.95), at(u, 0.5), at(u, 0.95));
    }
  }

  /** Like {@link #measure} but with the CPU time of the searching thread instead of wall-clock time. */
  public static Figures measureCpu(CorpusStore store, List<SearchQuery> queries, boolean facets) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] ms = new double[queries.size()];
    for (int i = 0; i < ms.length; i++) {
      long c = mx.getCurrentThreadCpuTime();
      store.search(queries.get(i).withFacets(facets));
      ms[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(ms);
    return new Figures(ms.length, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
  }

  public static Figures measure(CorpusStore store, List<SearchQuery> queries, boolean facets) {
    for (SearchQuery q : queries.subList(0, Math.min(50, queries.size()))) {
      store.search(q.withFacets(facets));
    }
    double[] ms = new double[queries.size()];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      store.search(queries.get(i).withFacets(facets));
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new Figures(ms.length, at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[ms.length - 1]);
  }

  private static double at(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  public static void print(PrintWriter out, String label, Figures f) {
    out.printf(Locale.ROOT, "%-28s %5d queries  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", label,
        f.queries(), f.p50(), f.p95(), f.p99(), f.max());
  }
}
