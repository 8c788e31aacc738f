package dev.scrutiny.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 says: fields separated by commas, quoted fields holding
 * commas, doubled quotes and line breaks, {@code \r\n} or {@code \n} ending a record; each record keeps
 * the line it starts on, for messages. Stateless.
 */
final class CsvSyntax {

  private CsvSyntax() {}

  /**
   * One record of a CSV text.
   *
   * @param line  the 1-based line it starts on (a quoted field may run over several lines)
   * @param cells its fields
   */
  record Row(int line, List<String> cells) {}

  /** The records of an RFC 4180 CSV text, each with the line it starts on. */
  static List<Row> rows(String s) {
    List<Row> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    int line = 1;
    int rowLine = 1;
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && s.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
          line += c == '\n' ? 1 : 0;
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> quoted = true;
        case ',' -> {
          row.add(field.toString());
          field.setLength(0);
        }
        case '\r' -> { }
        case '\n' -> {
          row.add(field.toString());
          field.setLength(0);
          rows.add(new Row(rowLine, row));
          row = new ArrayList<>();
          line++;
          rowLine = line;
        }
        default -> field.append(c);
      }
      i++;
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(new Row(rowLine, row));
    }
    return rows;
  }
}
