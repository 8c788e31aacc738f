package dev.scrutiny.ingest;

import java.util.List;

/**
 * What a batch will read, listed before anything is read: the inputs in order, and the paths that
 * will not be read (missing, or passed over while walking a directory). Immutable.
 *
 * @param inputs  files (and standard input) to read, in the order given; directories are walked
 *                recursively in sorted order
 * @param notRead one {@link IngestResult.Failed} per named path that does not exist or cannot be listed,
 *                and one {@link IngestResult.Skipped} per file passed over in a directory
 */
public record IngestPlan(List<Input> inputs, List<IngestResult> notRead) {

  public IngestPlan {
    inputs = List.copyOf(inputs);
    notRead = List.copyOf(notRead);
  }

  /** The number of inputs to read: a cheap total for progress (a JSON-lines input may hold many articles). */
  public int size() {
    return inputs.size();
  }
}
