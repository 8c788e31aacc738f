package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the cross-source comparison on a {@link SyntheticCorpus}: adding {@code n} articles (stories and
 * copies), then the full report (statements, contradictions, updates, agreements, outlets), then adding
 * articles one at a time to the full index with their story's findings. Also scores the grouping against
 * the generated events (pairwise precision and recall).
 */
public final class StoriesBench {

  /** Figures of one run. */
  public record Result(int articles, double addSeconds, double reportSeconds, double addCpuSeconds,
                       double reportCpuSeconds, int stories, int duplicates,
                       int contradictions, double pairPrecision, double pairRecall, double incrementalMedianMs,
                       double incrementalP99Ms, double incrementalMaxMs, double incrementalCpuMedianMs,
                       double incrementalCpuP99Ms, long heapMb) {

    public String report() {
      return String.format(Locale.ROOT, """
          articles %,d, one thread: add (stories + copies) %.1f s, report (statements, contradictions, outlets) %.1f s, \
          total %.1f s wall (%.1f s CPU)
          stories %,d, copies %,d, contradictions %,d; grouping against the generated events: pairwise P %.3f R %.3f
          incremental add of one article (story, copies, its story's findings): median %.2f ms, p99 %.2f ms, max %.2f ms \
          wall; CPU median %.2f ms, p99 %.2f ms
          heap used %,d MB""", articles, addSeconds, reportSeconds, addSeconds + reportSeconds,
          addCpuSeconds + reportCpuSeconds, stories, duplicates,
          contradictions, pairPrecision, pairRecall, incrementalMedianMs, incrementalP99Ms, incrementalMaxMs,
          incrementalCpuMedianMs, incrementalCpuP99Ms, heapMb);
    }
  }

  private StoriesBench() {}

  public static Result run(int n, int incremental, long seed) {
    SyntheticCorpus corpus = new SyntheticCorpus(seed);
    List<Analysis> articles = corpus.articles(n);
    List<Analysis> later = corpus.articles(incremental);
    CrossSource cs = new CrossSource();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (Analysis a : articles) {
      cs.add(a);
    }
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    CrossSourceReport r = cs.report();
    long t2 = System.nanoTime();
    long c2 = cpu.getCurrentThreadCpuTime();
    double[] pr = pairs(r.stories(), corpus);
    double[] ms = new double[later.size()];
    double[] cpuMs = new double[later.size()];
    for (int i = 0; i < later.size(); i++) {
      long s = System.nanoTime();
      long c = cpu.getCurrentThreadCpuTime();
      CrossSource.Added added = cs.add(later.get(i));
      cs.findings(added.story().storyId());
      cs.statements(added.story().storyId());
      ms[i] = (System.nanoTime() - s) / 1e6;
      cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpuMs);
    Runtime rt = Runtime.getRuntime();
    long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
    return new Result(n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9, r.stories().size(), r.duplicates().size(),
        r.contradictions().size(), pr[0], pr[1], percentile(ms, 0.5), percentile(ms, 0.99),
        ms.length == 0 ? 0 : ms[ms.length - 1], percentile(cpuMs, 0.5), percentile(cpuMs, 0.99), heap);
  }

  private static double percentile(double[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
  }

  /** Pairwise precision and recall of the stories against the generated events, counted per cluster. */
  private static double[] pairs(List<Story> stories, SyntheticCorpus corpus) {
    long found = 0;
    long correct = 0;
    Map<Integer, Integer> eventSizes = new HashMap<>();
    for (Story s : stories) {
      Map<Integer, Integer> byEvent = new HashMap<>();
      for (String a : s.articles()) {
        byEvent.merge(corpus.eventOf(a), 1, Integer::sum);
        eventSizes.merge(corpus.eventOf(a), 1, Integer::sum);
      }
      long k = s.articles().size();
      found += k * (k - 1) / 2;
      for (int c : byEvent.values()) {
        correct += (long) c * (c - 1) / 2;
      }
    }
    long expected = 0;
    for (int c : new ArrayList<>(eventSizes.values())) {
      expected += (long) c * (c - 1) / 2;
    }
    return new double[] {found == 0 ? 1 : correct / (double) found, expected == 0 ? 1 : correct / (double) expected};
  }
}
