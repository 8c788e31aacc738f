package dev.scrutiny.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code scrutiny} command line.
 *
 * <pre>{@code
 * scrutiny analyze --format html --out report.html examples/
 * }</pre>
 *
 * Exit codes: 0 success, 1 when any input or step failed or the report could not be written (a full
 * disk, a closed pipe), 2 for usage errors.
 */
@Command(
    name = "scrutiny",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads war and politics news critically: who says what, where and when, how it persuades, "
        + "and what does not add up.",
    subcommands = {AnalyzeCommand.class, AddCommand.class, SearchCommand.class, ExportCommand.class,
        ReanalyzeCommand.class, ServeCommand.class, StoriesCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    cl.getOut().flush();
    System.exit(code != 0 || !cl.getOut().checkError() ? code : CommandLine.ExitCode.SOFTWARE);
  }

  /** The configured command line; tests call {@code execute} on it with captured streams. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    // report and messages are UTF-8 whatever the platform's console encoding
    // straight to the file descriptor, not through System.out (a PrintStream swallows write errors):
    // a full disk or a closed pipe then shows in checkError() and the batch stops with exit 1
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // environment failures (memory, I/O) get one clear line; the stack trace only with -Dscrutiny.debug=true
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("scrutiny: error: " + Terminal.escape(String.valueOf(e.getMessage())));
      if (Boolean.getBoolean("scrutiny.debug")) {
        e.printStackTrace(cmd.getErr());
      }
      cmd.getErr().flush();
      return CommandLine.ExitCode.SOFTWARE;
    });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"scrutiny " + (v == null ? "dev" : v)};
    }
  }
}
