package dev.scrutiny.cli;

/**
 * Whether stdout and stderr are terminals. Java cannot tell for stderr, so the {@code ./scrutiny}
 * launcher passes {@code -Dscrutiny.stdout.tty} and {@code -Dscrutiny.stderr.tty} from the shell's
 * {@code [ -t 1 ]} and {@code [ -t 2 ]}; without them both count as "not a terminal".
 */
final class Terminal {

  private Terminal() {}

  static boolean stdoutIsTerminal() {
    return Boolean.getBoolean("scrutiny.stdout.tty");
  }

  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("scrutiny.stderr.tty");
  }
}
