package dev.scrutiny.cli;

import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.bench.SearchBench;
import dev.scrutiny.corpus.bench.SyntheticCorpus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny bench search}: search latency on a generated corpus (made once, then reused).
 *
 * <pre>{@code
 * scrutiny bench search --db /tmp/bench.db --articles 100000
 * }</pre>
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search latency (p50/p95/p99) on a generated corpus of N articles.")
final class BenchSearchCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = "Corpus to fill (topped up to --articles) and search.")
  String db;

  @Option(names = "--articles", paramLabel = "N", description = "Corpus size (default: ${DEFAULT-VALUE}).")
  int articles = 100_000;

  @Option(names = "--queries", paramLabel = "N", description = "Queries measured (default: ${DEFAULT-VALUE}).")
  int queries = 700;

  @Option(names = "--concurrent", paramLabel = "N", description = "Searches then run all at once, 0 for none (default: ${DEFAULT-VALUE}).")
  int concurrent = 200;

  @Option(names = "--threads", paramLabel = "N", description = "Threads running them (default: ${DEFAULT-VALUE}).")
  int threads = 16;

  @Option(names = "--seed", description = "Seed of the corpus and queries (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (articles <= 0 || queries <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles and --queries must be positive");
    }
    SyntheticCorpus corpus = new SyntheticCorpus(seed);
    try (CorpusStore store = Corpus.open(db)) {
      long have = store.count();
      if (have < articles) {
        long t = System.nanoTime();
        // the same seed draws the same words: regenerate the ones already stored to keep the stream aligned
        for (int i = 0; i < have; i++) {
          corpus.article(i);
        }
        corpus.fill(store, (int) have, articles);
        double s = (System.nanoTime() - t) / 1e9;
        out.printf(Locale.ROOT, "generated %d articles in %.1f s (%.0f articles/s, 1,000 per transaction)%n",
            articles - have, s, (articles - have) / s);
      }
      out.printf(Locale.ROOT, "corpus: %d articles in %s%n", store.count(), db);
      List<SearchQuery> qs = SearchBench.queries(corpus, queries, seed + 1);
      SearchBench.print(out, "search (limit 20)", SearchBench.measure(store, qs, false));
      SearchBench.print(out, "  same, cpu time", SearchBench.measureCpu(store, qs, false));
      SearchBench.printByKind(out, store, qs, false);
      SearchBench.print(out, "search with 8 facets", SearchBench.measure(store, qs, true));
      SearchBench.print(out, "  same, cpu time", SearchBench.measureCpu(store, qs, true));
      List<SearchQuery> broad = SearchBench.broadQueries(corpus, Math.max(20, queries / 3), seed + 2);
      SearchBench.print(out, "broad search with facets", SearchBench.measure(store, broad, true));
      SearchBench.print(out, "  same, cpu time", SearchBench.measureCpu(store, broad, true));
      if (concurrent > 0) {
        List<SearchQuery> many = new java.util.ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
          many.add(qs.get(i % qs.size())); // the mix, repeated when there are fewer queries
        }
        SearchBench.Concurrent c = SearchBench.concurrently(store, many, Math.max(1, threads));
        SearchBench.print(out, c.searches() + " at once (" + c.threads() + " threads)", c.latency());
        out.printf(Locale.ROOT, "  %d searches in %.2f s: %.0f searches/s, %d errors%n", c.searches(), c.seconds(),
            c.searches() / c.seconds(), c.errors());
      }
    }
    out.flush();
    return 0;
  }
}
