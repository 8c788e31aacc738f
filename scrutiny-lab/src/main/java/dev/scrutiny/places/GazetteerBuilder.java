package dev.scrutiny.places;

import dev.scrutiny.ingest.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the compact {@link Gazetteer} index from a GeoNames dump (CC BY 4.0) and the curated additions.
 *
 * <pre>{@code
 * GazetteerBuilder.Result r = GazetteerBuilder.fromGeoNames(Path.of("/data/geonames"), GazetteerBuilder.additions());
 * try (OutputStream out = Files.newOutputStream(Path.of("gazetteer.bin"))) { r.write(out); }
 * }</pre>
 *
 * <p>Inputs: {@code cities500.txt} (populated places with alternate names), {@code admin1CodesASCII.txt}
 * and {@code countryInfo.txt} from the directory, and the curated TSV {@code additions.tsv} (renames,
 * aliases and places GeoNames lacks, each with its source).
 *
 * <p>Pruning, to keep the shipped file small: a populated place is kept when it has at least
 * {@link #MIN_POPULATION} inhabitants or lies in one of {@link #ALWAYS_KEPT} (Ukraine, Russia and their
 * neighbours, where war news names villages). Alternate names are kept only when written in Latin
 * (with diacritics) or Cyrillic script, without digits, and not as short upper-case codes ("KBP").
 * Every country and every first-level region with at least one listed place is kept. Regions get the
 * population-weighted mean of their listed places as coordinates and the sum of their populations.
 *
 * <p>The output is deterministic: the same inputs give the same bytes.
 */
public final class GazetteerBuilder {

  /** Populated places below this population are dropped outside {@link #ALWAYS_KEPT}. */
  public static final int MIN_POPULATION = 1000;

  /** Countries whose places are all kept, whatever their population: the war and its neighbours. */
  public static final Set<String> ALWAYS_KEPT = Set.of("UA", "RU", "BY", "MD", "GE", "PL", "RO", "SK", "HU",
      "LT", "LV", "EE", "FI", "KZ", "AZ", "AM", "TR", "IL", "PS", "LB", "SY");

  /** Resource path of the curated additions. */
  public static final String ADDITIONS = "/dev/scrutiny/places/additions.tsv";

  private GazetteerBuilder() {}

  /** A built index, ready to be written, with its figures. */
  public static final class Result {
    private final byte[] bytes;
    private final int entries;
    private final int names;

    Result(byte[] bytes, int entries, int names) {
      this.bytes = bytes;
      this.entries = entries;
      this.names = names;
    }

    public int entries() {
      return entries;
    }

    public int names() {
      return names;
    }

    /** Size of the written index in bytes. */
    public int sizeBytes() {
      return bytes.length;
    }

    /** Writes the index (gzip'd) to {@code out}; does not close it. */
    public void write(OutputStream out) throws IOException {
      out.write(bytes);
    }
  }

  /** The curated additions that ship with the project. */
  public static Reader additions() {
    InputStream in = GazetteerBuilder.class.getResourceAsStream(ADDITIONS);
    if (in == null) {
      throw new UncheckedIOException(new IOException("resource " + ADDITIONS + " is missing"));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Reads a GeoNames directory and the curated additions and builds the index.
   *
   * @throws IllegalArgumentException when the directory lacks one of the three files, or for a malformed
   *     curated row (the message names {@code additions.tsv:LINE})
   * @throws IOException              on read errors or a malformed curated addition (a non-negative id)
   */
  public static Result fromGeoNames(Path dir, Reader additions) throws IOException {
    Objects.requireNonNull(dir, "dir");
    for (String f : List.of("cities500.txt", "admin1CodesASCII.txt", "countryInfo.txt")) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new IllegalArgumentException("expected " + f + " in the GeoNames directory " + dir + ", not found");
      }
    }
    return GazetteerEncoder.encode(GeoNamesReader.read(dir, readTsv(additions)));
  }

  /** The header line of the curated additions file. */
  static final List<String> ADDITIONS_HEADER = List.of("action", "ref", "name", "kind", "country", "admin1", "lat",
      "lon", "population", "aliases", "source");

  /**
   * Reads the curated TSV ({@link #ADDITIONS_HEADER}, {@code #} comments and blank lines skipped); each row
   * must name an action (add, alias or rename) and its source.
   *
   * @throws IllegalArgumentException naming {@code additions.tsv:LINE} for a malformed row
   */
  static List<String[]> readTsv(Reader reader) {
    List<String[]> rows = new ArrayList<>();
    for (TsvTable.Row row : TsvTable.read("additions.tsv", reader, ADDITIONS_HEADER)) {
      if (!Set.of("add", "alias", "rename").contains(row.cell(0))) {
        throw row.error("expected action add, alias or rename, got '" + row.cell(0) + "'");
      }
      row.required(10);
      rows.add(row.cells().toArray(String[]::new));
    }
    return rows;
  }
}
