package dev.scrutiny.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scrutiny train …}: reproducible, seeded training of the models that ship in the build. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model from the data in ../shared/data (seeded, reproducible).",
    subcommands = {TrainGazetteerCommand.class, TrainNerCommand.class, TrainSemevalCommand.class, TrainCheckworthyCommand.class,
        TrainSpeechcuesCommand.class, TrainSpanwordsCommand.class})
public final class TrainCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
