package dev.scrutiny.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * Opens the tab-separated tables shipped next to the claim classes (reporting cues, speaker types,
 * speaker sides) and hands each, with its name for error messages, to the reader that parses it
 * through {@code ingest.TsvTable}: the one place where the claim package loads a resource table.
 */
final class ClaimTables {

  private ClaimTables() {}

  /**
   * The table {@code resource} (relative to this package) as parsed by {@code reader}.
   *
   * @param what what the table is, for messages ("reporting cue lexicon")
   * @throws UncheckedIOException naming the resource when it is missing or cannot be read
   */
  static <T> T load(String resource, String what, BiFunction<String, Reader, T> reader) {
    try (InputStream in = ClaimTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(what + " " + resource + " is missing from the classpath"));
      }
      return reader.apply(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + resource, e);
    }
  }
}
