package dev.scrutiny.corpus.export;

import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV file per query table ({@code articles.csv}, {@code statements.csv}, …) that opens cleanly in
 * a spreadsheet: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads Cyrillic right), CRLF
 * line ends, and text cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, CR at the start) prefixed with an apostrophe. Every row carries the stable article id.
 */
public final class CsvExport {

  private CsvExport() {}

  /** Writes every table into {@code dir} (created if missing); returns the row count per file. */
  public static Map<String, Long> write(CorpusStore store, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Table t : Table.values()) {
      Path file = dir.resolve(t.tableName() + ".csv");
      long[] rows = {0};
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        w.write('\uFEFF');
        line(w, List.copyOf(t.columns()));
        try {
          store.forEachRow(t, values -> {
            try {
              line(w, values);
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      counts.put(file.getFileName().toString(), rows[0]);
    }
    return counts;
  }

  static void line(Writer w, List<?> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(values.get(i)));
    }
    w.write("\r\n");
  }

  /** One cell, quoted when needed, formula-like text defused. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
