package dev.scrutiny.cli;

import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.CorpusStories;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.stories.StoriesBench;
import dev.scrutiny.stories.SyntheticCorpus;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny bench stories}: stories, copies and contradictions over generated articles.
 *
 * <pre>{@code
 * scrutiny bench stories --articles 100000
 * }</pre>
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Time stories, copies and contradictions over generated articles, and incremental addition.")
final class BenchStoriesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", defaultValue = "100000", description = "Articles to generate (default ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--incremental", defaultValue = "1000", description = "Articles then added one at a time (default ${DEFAULT-VALUE})")
  int incremental;

  @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--db", paramLabel = "FILE|URL", description = "Instead: fill this corpus with the generated articles "
      + "(when it is empty) and time what 'stories --db' does: read the stored analyses back, compare, store the results.")
  String db;

  @Override
  public Integer call() {
    if (articles < 1 || incremental < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be positive and --incremental not negative");
    }
    if (db != null) {
      return corpus();
    }
    spec.commandLine().getOut().println(StoriesBench.run(articles, incremental, seed).report());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private int corpus() {
    PrintWriter out = spec.commandLine().getOut();
    try (CorpusStore store = Corpus.open(db)) {
      if (store.count() == 0) {
        long t = System.nanoTime();
        SyntheticCorpus generated = new SyntheticCorpus(seed);
        Provenance p = new Provenance("bench", "none");
        for (int done = 0; done < articles; done += 1000) {
          store.addAll(generated.articles(Math.min(1000, articles - done)), p, "generated");
        }
        out.printf(Locale.ROOT, "stored %,d generated articles in %.1f s%n", store.count(), (System.nanoTime() - t) / 1e9);
      }
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      long c0 = cpu.getCurrentThreadCpuTime();
      CorpusStories.Run run = CorpusStories.compare(store, line -> { });
      long t = System.nanoTime();
      List<CrossSourceResult> results = CorpusStories.results(run.report());
      store.replaceResults(results);
      double stored = (System.nanoTime() - t) / 1e9;
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
      int n = run.digests().size();
      out.printf(Locale.ROOT, "%,d articles: read back %.1f s (%.2f ms each), compared %.1f s (%.2f ms each), "
              + "%,d results stored %.1f s; %.1f s CPU; %,d stories%n", n, run.readNanos() / 1e9, run.readNanos() / 1e6 / n,
          run.compareNanos() / 1e9, run.compareNanos() / 1e6 / n, results.size(), stored, cpuSeconds,
          run.report().stories().size());
      out.flush();
    }
    return 0;
  }
}
