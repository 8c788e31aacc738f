package dev.scrutiny.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the job reads and where it writes.
 *
 * @param inputs     files and folders (local paths or Hadoop URIs): text, HTML, JSON lines, Parquet
 * @param out        the output folder: {@code jsonl/}, {@code parquet/<table>/}, {@code failed/}
 * @param partitions analysis partitions, or 0 for four per core of the cluster
 * @param maxBytes   largest input (or JSON line) read; larger ones are bad records
 * @param published  publication date (ISO) for articles that state none, or null
 * @param crossSource whether to run the cross-source stages (stories and near-duplicates)
 */
record JobOptions(List<String> inputs, String out, int partitions, long maxBytes, @Nullable String published,
                  boolean crossSource) implements Serializable {

  JobOptions(List<String> inputs, String out, int partitions, long maxBytes, @Nullable String published) {
    this(inputs, out, partitions, maxBytes, published, true);
  }

  JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(out, "out");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input: give at least one --in PATH");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, got " + partitions);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-size must be positive, got " + maxBytes);
    }
  }
}
