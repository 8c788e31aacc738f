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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny bench pipeline}: throughput of the whole default pipeline on one thread (or {@code
 * --threads N} sharing it), over generated news-like articles or the files given, with each analyzer's
 * share of the time and the CPU time each article takes.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Articles/s and tokens/s of the full default pipeline on one thread (or --threads N sharing "
        + "it), with per-analyzer times and CPU time per article.")
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

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads sharing the pipeline, each taking every N-th article (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--encoder", description = EncoderOption.DESCRIPTION)
  boolean encoder;

  @Option(names = "--no-encoder", description = EncoderOption.NO_ENCODER_DESCRIPTION)
  boolean noEncoder;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** What one thread, or all threads together, did in a round. */
  private record Share(long tokens, long chars, long cpuNanos, Map<String, Long> perAnalyzer) {

    /** The sum of {@code parts}, analyzers in the order first met. */
    static Share sum(List<Share> parts) {
      long tokens = 0;
      long chars = 0;
      long cpuNanos = 0;
      Map<String, Long> perAnalyzer = new LinkedHashMap<>();
      for (Share sh : parts) {
        tokens += sh.tokens();
        chars += sh.chars();
        cpuNanos += sh.cpuNanos();
        sh.perAnalyzer().forEach((k, v) -> perAnalyzer.merge(k, v, Long::sum));
      }
      return new Share(tokens, chars, cpuNanos, perAnalyzer);
    }
  }

  private static Share analyse(Pipeline pipeline, List<Article> input, int first, int step) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpu0 = cpu.getCurrentThreadCpuTime();
    long tokens = 0;
    long chars = 0;
    Map<String, Long> perAnalyzer = new LinkedHashMap<>();
    for (int i = first; i < input.size(); i += step) {
      Article a = input.get(i);
      Analysis an = Scrutiny.analyze(pipeline, a);
      tokens += an.items(Token.LAYER).size();
      chars += a.text().length();
      an.timingsNanos().forEach((k, v) -> perAnalyzer.merge(k, v, Long::sum));
    }
    return new Share(tokens, chars, cpu.getCurrentThreadCpuTime() - cpu0, perAnalyzer);
  }

  @Override
  public Integer call() {
    List<Article> input = input();
    if (input.isEmpty()) {
      spec.commandLine().getErr().println("scrutiny: no article to measure");
      return 1;
    }
    if (threads < 1 || threads > AnalyzeCommand.MAX_THREADS) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be between 1 and " + AnalyzeCommand.MAX_THREADS + ", got " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    dev.scrutiny.text.CachingEncoder shared = encoder
        ? (dev.scrutiny.text.CachingEncoder) dev.scrutiny.text.CachingEncoder.of(EncoderOption.installed(spec)) : null;
    EncoderOption.checkExclusive(spec, encoder, noEncoder);
    Pipeline pipeline = noEncoder ? Pipeline.of(Scrutiny.analyzersWithoutEncoder(
        dev.scrutiny.checks.ReferenceFacts.defaults(), dev.scrutiny.markers.Lexicon.defaults()))
        : shared == null ? Scrutiny.defaultPipeline() : Pipeline.of(Scrutiny.analyzers(
        dev.scrutiny.checks.ReferenceFacts.defaults(), dev.scrutiny.markers.Lexicon.defaults(), shared));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round <= rounds; round++) {
        long t0 = System.nanoTime();
        Share all = round(pool, pipeline, input);
        report(out, round, input.size(), all, (System.nanoTime() - t0) / 1e9);
      }
      if (shared != null && shared.encoded() == 0) {
        out.printf("encoder %s: not read (claims, techniques and frames read the encoders fine-tuned for them)%n",
            shared.id());
      } else if (shared != null) {
        out.printf("encoder %s: %,d texts encoded (%.1f ms a text, wall in the encoder summed over threads), %,d "
            + "taken from the cache%n", shared.id(), shared.encoded(), shared.encodeNanos() / 1e6 / shared.encoded(),
            shared.hits());
      }
      if (shared != null) {
        encoderCosts(out, input);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysis failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return 0;
  }

  /** The articles to measure: generated, or read from the paths (each file not read is reported). */
  /** Sentences timed per encoder: enough for a stable mean, few enough to stay a small part of the run. */
  private static final int COST_SENTENCES = 200;

  /**
   * The cost of each installed encoder per sentence of the measured articles, one thread: one sentence a call
   * (as check-worthiness scores statements) and the article's lines in one call (as techniques and frames read
   * them), after a warm-up.
   */
  private static void encoderCosts(PrintWriter out, List<Article> input) {
    List<String> sentences = new ArrayList<>();
    for (Article a : input) {
      for (String s : a.text().split("(?<=[.!?])\\s+")) {
        if (!s.isBlank() && sentences.size() < COST_SENTENCES) {
          sentences.add(s.strip());
        }
      }
    }
    for (dev.scrutiny.text.SentenceEncoder e : dev.scrutiny.text.SentenceEncoder.all()) {
      e.encode(sentences.subList(0, Math.min(20, sentences.size())));
      long t0 = System.nanoTime();
      for (String s : sentences) {
        e.encode(List.of(s));
      }
      long single = System.nanoTime() - t0;
      t0 = System.nanoTime();
      for (int i = 0; i < sentences.size(); i += 16) {
        e.encode(sentences.subList(i, Math.min(sentences.size(), i + 16)));
      }
      long batched = System.nanoTime() - t0;
      out.printf("encoder %s%s: %.1f ms a sentence one at a time, %.1f ms in batches of 16 (%d sentences, one thread)%n",
          e.id(), e.task().isEmpty() ? "" : " (" + e.task() + ")", single / 1e6 / sentences.size(),
          batched / 1e6 / sentences.size(), sentences.size());
    }
  }

  private List<Article> input() {
    List<Article> input = new ArrayList<>();
    if (paths.isEmpty()) {
      input.addAll(BenchArticles.news(seed, articles, chars));
      return input;
    }
    for (IngestResult r : new ArticleReader(IngestOptions.defaults()).readAll(paths.toArray(String[]::new))) {
      if (r instanceof IngestResult.Loaded l) {
        input.add(l.article());
      } else {
        spec.commandLine().getErr().println("scrutiny: " + r);
      }
    }
    return input;
  }

  /** One round: every thread analyses its share of {@code input}; their sum. */
  private Share round(ExecutorService pool, Pipeline pipeline, List<Article> input)
      throws InterruptedException, ExecutionException {
    List<Future<Share>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(pool.submit(() -> analyse(pipeline, input, first, threads)));
    }
    List<Share> shares = new ArrayList<>(parts.size());
    for (Future<Share> f : parts) {
      shares.add(f.get());
    }
    return Share.sum(shares);
  }

  /** Prints round {@code round} (0: the warm-up), and after the last round each analyzer's share. */
  private void report(PrintWriter out, int round, int articleCount, Share all, double secs) {
    double cpuSecs = all.cpuNanos() / 1e9;
    if (round == 0) {
      out.printf("warm-up: %d articles, %d tokens, %.1f s%n", articleCount, all.tokens(), secs);
      return;
    }
    out.printf("round %d: %.1f articles/s, %,.0f tokens/s wall (%,.0f tokens/s of thread CPU), %d chars/article, "
        + "%.1f ms CPU/article, %d thread%s%n", round, articleCount / secs, all.tokens() / secs,
        all.tokens() / cpuSecs, all.chars() / articleCount, 1000 * cpuSecs / articleCount, threads,
        threads == 1 ? "" : "s");
    if (round == rounds) {
      long total = all.perAnalyzer().values().stream().mapToLong(Long::longValue).sum();
      all.perAnalyzer().forEach((k, v) -> out.printf("  %-16s %5.1f%%  %,.0f tokens/s%n", k, 100.0 * v / total,
          all.tokens() / (v / 1e9)));
    }
  }
}
