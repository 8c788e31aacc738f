package dev.scrutiny.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scrutiny bench …}: throughput benchmarks that print their figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure throughput on generated or given text and print the figures.",
    subcommands = {BenchPipelineCommand.class, BenchSearchCommand.class, BenchTextCommand.class, BenchPlacesCommand.class, BenchNerCommand.class, BenchTimexCommand.class, BenchPersuasionCommand.class, BenchClaimsCommand.class, BenchStoriesCommand.class})
public final class BenchCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
