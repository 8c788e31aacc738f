package dev.scrutiny.cli;

import dev.scrutiny.article.Article;
import dev.scrutiny.persuasion.PersuasionBench;
import dev.scrutiny.persuasion.PersuasionModels;
import dev.scrutiny.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny bench persuasion}: articles per second for techniques, frames and genre together,
 * with 1 and 2 threads, over generated ~800-word articles (seeded) or the given text files.
 *
 * <pre>{@code
 * scrutiny bench persuasion --articles 400 --words 800 --seed 1
 * }</pre>
 */
@Command(name = "persuasion", mixinStandardHelpOptions = true,
    description = "Measure articles/s of the technique, frame and genre analyzers with 1 and 2 threads.")
public final class BenchPersuasionCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--articles", defaultValue = "400", description = "Generated articles (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--words", defaultValue = "800", description = "Words per generated article (default ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated articles (default ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(arity = "0..*", description = "Text files to use instead of generated articles.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        spec.commandLine().getErr().println("expected a text file, got " + f);
        return 2;
      }
      articles.add(Article.builder(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)).build());
    }
    if (articles.isEmpty()) {
      articles = PersuasionBench.generate(count, words, seed);
    }
    long t0 = System.nanoTime();
    PersuasionModels.forLanguage("en");
    out.printf(Locale.ROOT, "model load (en): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    Pipeline pipeline = PersuasionBench.pipeline();
    PersuasionBench.measure(pipeline, articles.subList(0, Math.min(50, articles.size())), 2); // warm-up
    for (int threads : new int[] {1, 2}) {
      PersuasionBench.Throughput t = PersuasionBench.measure(pipeline, articles, threads);
      out.printf(Locale.ROOT, "%d thread%s: %.1f articles/s, %.1f CPU ms/article (%d articles)%n", threads,
          threads == 1 ? "" : "s", t.articlesPerSecond(), t.cpuMillisPerArticle(), articles.size());
    }
    out.flush();
    return 0;
  }
}
