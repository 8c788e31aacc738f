package dev.scrutiny.ingest;

import java.util.Objects;

/**
 * Where a result came from: an input as the user named it (a path, or {@code -} for standard input)
 * and, for JSON lines, the 1-based line number. Prints as {@code input} or {@code input:line}.
 *
 * @param input the path as walked from the user's argument, or {@code -} for standard input
 * @param line  the 1-based line within a JSON-lines input, or 0 for the whole input
 */
public record Origin(String input, int line) {

  public Origin {
    Objects.requireNonNull(input, "input");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0 (0 = whole input), got " + line);
    }
  }

  /** The whole input. */
  public static Origin of(String input) {
    return new Origin(input, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? input : input + ":" + line;
  }
}
