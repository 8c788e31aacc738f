package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.bench.BenchArticles;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.Token;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny bench pipeline}: throughput of the whole default pipeline on one thread, over
 * generated news-like articles or the files given, with each analyzer's share of the time.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Articles/s and tokens/s of the full default pipeline on one thread, with per-analyzer times.")
final class BenchPipelineCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Articles to use (default: generated text).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--articles", description = "Generated articles (default: ${DEFAULT-VALUE}).")
  int articles = 200;

  @Option(names = "--chars", description = "Characters per generated article (default: ${DEFAULT-VALUE}).")
  int chars = 5000;

  @Option(names = "--seed", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--rounds", description = "Measured rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> input = new ArrayList<>();
    if (paths.isEmpty()) {
      input.addAll(BenchArticles.news(seed, articles, chars));
    } else {
      for (IngestResult r : new ArticleReader(IngestOptions.defaults()).readAll(paths.toArray(String[]::new))) {
        if (r instanceof IngestResult.Loaded l) {
          input.add(l.article());
        } else {
          spec.commandLine().getErr().println("scrutiny: " + r);
        }
      }
    }
    if (input.isEmpty()) {
      spec.commandLine().getErr().println("scrutiny: no article to measure");
      return 1;
    }
    Pipeline pipeline = Scrutiny.defaultPipeline();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= rounds; round++) {
      long tokens = 0;
      long chars = 0;
      Map<String, Long> perAnalyzer = new LinkedHashMap<>();
      long cpu0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      for (Article a : input) {
        Analysis an = Scrutiny.analyze(pipeline, a);
        tokens += an.items(Token.LAYER).size();
        chars += a.text().length();
        an.timingsNanos().forEach((k, v) -> perAnalyzer.merge(k, v, Long::sum));
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
      if (round == 0) {
        out.printf("warm-up: %d articles, %d tokens, %.1f s%n", input.size(), tokens, secs);
        continue;
      }
      out.printf("round %d: %.1f articles/s, %,.0f tokens/s wall (%,.0f tokens/s of thread CPU), %d chars/article%n",
          round, input.size() / secs, tokens / secs, tokens / cpuSecs, chars / input.size());
      if (round == rounds) {
        long total = perAnalyzer.values().stream().mapToLong(Long::longValue).sum();
        long roundTokens = tokens;
        perAnalyzer.forEach((k, v) -> out.printf("  %-16s %5.1f%%  %,.0f tokens/s%n", k, 100.0 * v / total,
            roundTokens / (v / 1e9)));
      }
    }
    out.flush();
    return 0;
  }
}
