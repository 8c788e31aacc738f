package dev.scrutiny.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;

/** One in-process run of the scrutiny command line: its exit code and what it wrote (for tests). */
record CliRun(int exit, String out, String err) {

  /** The last line written to standard output (where eval commands print their headline). */
  String lastLine() {
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }

  static CliRun of(String... args) {
    return of(new StringWriter(), args);
  }

  /** A run whose standard output goes to {@code stdout} (a writer that fails, say). */
  static CliRun of(Writer stdout, String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(args);
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new CliRun(exit, stdout.toString(), err.toString());
  }
}
