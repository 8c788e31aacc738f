package dev.scrutiny.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scrutiny eval …}: scores an analysis against gold data; the last line is the headline figure. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score an analysis against gold data; the last line printed is the headline measure.",
    subcommands = {EvalClaimMatchingCommand.class, EvalNerCommand.class, EvalTimexCommand.class, EvalSemevalCommand.class, EvalCheckworthyCommand.class, EvalClaimsCommand.class, EvalChecksCommand.class, EvalMarkersCommand.class})
public final class EvalCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
