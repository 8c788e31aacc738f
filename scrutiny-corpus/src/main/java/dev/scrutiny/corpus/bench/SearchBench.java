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
 * once after a warm-up; prints p50, p95 and p99 in milliseconds, with and without facets.
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
