package dev.scrutiny.cli;

import dev.scrutiny.claims.ClaimBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny bench claims}: claim extraction throughput over a folder of {@code .txt} files.
 *
 * <pre>{@code
 * scrutiny bench claims --input ../shared/data/polnear/dev/text --rounds 3
 * }</pre>
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Measure claim extraction throughput over .txt files and print articles/s and chars/s.")
final class BenchClaimsCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, description = "Folder of .txt files (searched recursively)")
  Path input;

  @Option(names = "--limit", defaultValue = "500", description = "At most this many files (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--rounds", defaultValue = "3", description = "Passes; the last is timed (default ${DEFAULT-VALUE})")
  int rounds;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--input: not a folder: " + input);
    }
    if (rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1, got " + rounds);
    }
    spec.commandLine().getOut().println(ClaimBench.run(ClaimBench.read(input, limit), rounds).report());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
