package dev.scrutiny.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of a user-editable tab-separated data file (reference facts, marker lexicons): '#' comments and
 * blank lines are skipped, the first other line must be the expected header, every row must have that
 * many columns. Each row knows where it came from ({@code name:line: }) so errors can name it.
 *
 * <pre>{@code
 * for (TsvTable.Row r : TsvTable.read("facts.tsv", reader, List.of("id", "value"))) {
 *   String id = r.required(0);
 * }
 * }</pre>
 */
public final class TsvTable {

  private TsvTable() {}

  /**
   * One data row.
   *
   * @param where {@code name:line: }, the prefix of every error about this row
   * @param cells the stripped cells, as many as the header has
   * @param header the header names, for messages
   */
  public record Row(String where, List<String> cells, List<String> header) {

    /** The cell in column {@code i}, possibly empty. */
    public String cell(int i) {
      return cells.get(i);
    }

    /** The cell in column {@code i}; throws, naming the row and column, when it is empty. */
    public String required(int i) {
      if (cells.get(i).isEmpty()) {
        throw error("column '" + header.get(i) + "' is empty");
      }
      return cells.get(i);
    }

    /** An error about this row: its message starts with {@link #where()}. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where + message);
    }
  }

  /**
   * Reads every data row of {@code in}; {@code name} (a file name) is used in messages.
   *
   * @throws IllegalArgumentException naming {@code name:line} for a wrong header or column count, or
   *     {@code name} alone when there is no header
   * @throws UncheckedIOException when {@code in} cannot be read
   */
  public static List<Row> read(String name, Reader in, List<String> header) {
    List<Row> rows = new ArrayList<>();
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    boolean seenHeader = false;
    int lineNo = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = name + ":" + lineNo + ": ";
        List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
        if (!seenHeader) {
          if (!cells.equals(header)) {
            throw new IllegalArgumentException(where + "header must be " + String.join("<TAB>", header) + ", got "
                + String.join("<TAB>", cells));
          }
          seenHeader = true;
          continue;
        }
        if (cells.size() != header.size()) {
          throw new IllegalArgumentException(where + "expected " + header.size() + " tab-separated columns, got "
              + cells.size());
        }
        rows.add(new Row(where, cells, header));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (!seenHeader) {
      throw new IllegalArgumentException(name + ": no header line (expected " + String.join("<TAB>", header) + ")");
    }
    return rows;
  }
}
