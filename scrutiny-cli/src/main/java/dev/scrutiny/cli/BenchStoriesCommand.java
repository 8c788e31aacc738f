package dev.scrutiny.cli;

import dev.scrutiny.stories.StoriesBench;
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

  @Override
  public Integer call() {
    if (articles < 1 || incremental < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be positive and --incremental not negative");
    }
    spec.commandLine().getOut().println(StoriesBench.run(articles, incremental, seed).report());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
