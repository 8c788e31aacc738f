package dev.scrutiny.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A record the job did not analyse, with the reason: written to {@code DIR/failed/} so that nothing is dropped
 * silently.
 *
 * @param input  the input, or {@code input:line} for a JSON line
 * @param kind   {@code failed} (could not be read or analysed) or {@code skipped} (passed over while walking a folder)
 * @param reason plain-language reason
 */
record BadRecord(String input, String kind, String reason) implements Serializable {

  static final String FAILED = "failed";
  static final String SKIPPED = "skipped";

  BadRecord {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  static BadRecord failed(String input, String reason) {
    return new BadRecord(input, FAILED, reason);
  }
}
