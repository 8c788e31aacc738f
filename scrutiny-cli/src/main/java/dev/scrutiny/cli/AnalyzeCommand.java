package dev.scrutiny.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code scrutiny analyze}: written by the lead; placeholder replaced in this session. */
@Command(name = "analyze", description = "Analyse articles.")
final class AnalyzeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
