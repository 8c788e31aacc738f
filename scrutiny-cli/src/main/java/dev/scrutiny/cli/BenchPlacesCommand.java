package dev.scrutiny.cli;

import dev.scrutiny.places.PlacesBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny bench places}: size, load time, heap and lookup speed of the shipped gazetteer.
 *
 * <pre>{@code
 * java -Xmx1g -jar scrutiny.jar bench places --loads 5
 * }</pre>
 */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Measure the gazetteer index: file size, load time, retained heap, lookups per second.")
public final class BenchPlacesCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--loads", defaultValue = "5", description = "How many times to load the index (>= 2).")
  int loads;

  @Override
  public Integer call() {
    if (loads < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--loads must be at least 2, got " + loads);
    }
    spec.commandLine().getOut().println(PlacesBenchmark.run(loads));
    return 0;
  }
}
