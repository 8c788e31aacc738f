package dev.scrutiny.article;

import java.util.Objects;

/**
 * A problem met while reading or analysing one article, kept with the result instead of thrown, so one
 * bad article never stops a batch (compare jsoup's {@code ParseErrorList}).
 *
 * @param stage   the ingest step or analyzer that reported it
 * @param offset  text offset it concerns, or -1 when it concerns the whole article
 * @param message plain-language description
 */
public record Diagnostic(String stage, int offset, String message) {

  public Diagnostic {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
    if (offset < -1) {
      throw new IllegalArgumentException("offset must be >= -1, got " + offset);
    }
  }

  public static Diagnostic of(String stage, String message) {
    return new Diagnostic(stage, -1, message);
  }
}
