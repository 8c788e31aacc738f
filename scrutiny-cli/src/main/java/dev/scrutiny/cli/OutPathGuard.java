package dev.scrutiny.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps {@code --out} from destroying or re-reading input: a report file that is one of the inputs is
 * refused (writing it would empty the input before it is read); one inside an input folder is taken
 * out of the plan, so no run reads its own report as an article.
 */
final class OutPathGuard {

  private OutPathGuard() {}

  /** Why {@code out} may not be written, or null when it may. */
  static @Nullable String problem(Path out, List<String> inputs) {
    Path target = resolved(out);
    for (String input : inputs) {
      if (input.equals("-")) {
        continue;
      }
      Path in;
      try {
        in = resolved(Path.of(input));
      } catch (java.nio.file.InvalidPathException e) {
        continue;
      }
      if (target.equals(in)) {
        return "--out " + out + " is one of the inputs; writing the report would destroy it";
      }
    }
    return null;
  }

  /**
   * {@code plan} without the report file {@code out} (when a folder walk listed it), which becomes a
   * skipped entry instead.
   */
  static dev.scrutiny.ingest.IngestPlan withoutReport(Path out, dev.scrutiny.ingest.IngestPlan plan) {
    Path target = resolved(out);
    List<dev.scrutiny.ingest.Input> inputs = new java.util.ArrayList<>();
    List<dev.scrutiny.ingest.IngestResult> notRead = new java.util.ArrayList<>(plan.notRead());
    for (dev.scrutiny.ingest.Input input : plan.inputs()) {
      if (input.path() != null && resolved(input.path()).equals(target)) {
        notRead.add(new dev.scrutiny.ingest.IngestResult.Skipped(dev.scrutiny.ingest.Origin.of(input.name()),
            "the report being written (--out), not read as an article"));
      } else {
        inputs.add(input);
      }
    }
    return new dev.scrutiny.ingest.IngestPlan(inputs, notRead);
  }

  /** The real path when it exists, else the real parent plus the name, else the normalised absolute path. */
  private static Path resolved(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      Path name = abs.getFileName();
      if (parent != null && name != null) {
        try {
          return resolved(parent).resolve(name);
        } catch (RuntimeException ignored) {
          return abs;
        }
      }
      return abs;
    }
  }
}
