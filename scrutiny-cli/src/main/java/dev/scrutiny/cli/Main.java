package dev.scrutiny.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
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
        + "and what does not add up.")
public final class Main implements Runnable {

  /**
   * The subcommands, in the order help lists them. A run names one of them first, and only that one is set
   * up (picocli reads each command class's options by reflection, a tenth of a one-article run's start-up);
   * any other first argument (help, --version, a typing error) gets them all.
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(AnalyzeCommand.class, AddCommand.class, SearchCommand.class,
      ExportCommand.class, ReanalyzeCommand.class, ServeCommand.class, StoriesCommand.class, TrainCommand.class,
      EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    EarlyWarmUp.startFor(args);
    CommandLine cl = commandLine(args);
    int code = cl.execute(args);
    cl.getOut().flush();
    System.exit(code != 0 || !cl.getOut().checkError() ? code : CommandLine.ExitCode.SOFTWARE);
  }

  /** The configured command line with every subcommand; tests call {@code execute} on it with captured streams. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for running {@code args}: when the first argument names a subcommand, with
   * that subcommand alone (it parses and runs them exactly as the full one does), else with all of them.
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
    for (Class<?> c : SUBCOMMANDS) {
      if (named == null || c == named) {
        cl.addSubcommand(c);
      }
    }
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

  private static @Nullable Class<?> subcommandNamed(String name) {
    for (Class<?> c : SUBCOMMANDS) {
      Command command = c.getAnnotation(Command.class);
      if (command != null && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
        return c;
      }
    }
    return null;
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
