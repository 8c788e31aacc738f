package dev.scrutiny.cli;

import dev.scrutiny.entities.NerBench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny bench ner}: one-thread throughput of named-entity recognition (features and
 * decoding) and of the full {@code EntityAnalyzer} (recognition plus resolution), on given text files
 * or on generated war-news text.
 *
 * <pre>{@code
 * scrutiny bench ner --tokens 500000
 * scrutiny bench ner article1.txt article2.txt
 * }</pre>
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Tokens per second of NER (one thread) on given text files or on generated text.")
public final class BenchNerCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--tokens", defaultValue = "300000",
      description = "Size of the generated text when no file is given (default: ${DEFAULT-VALUE}).")
  int tokens;

  @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds after warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Parameters(arity = "0..*", description = "Plain-text files, one article each.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (tokens < 1 || rounds < 1) {
      spec.commandLine().getErr().println("--tokens and --rounds must be positive, got " + tokens + " and " + rounds);
      return 2;
    }
    List<String> articles = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        spec.commandLine().getErr().println("not a file: " + f);
        return 2;
      }
      articles.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    if (articles.isEmpty()) {
      articles = NerBench.generate(tokens, 42);
    }
    spec.commandLine().getOut().println(NerBench.run(articles, rounds).report());
    return 0;
  }
}
