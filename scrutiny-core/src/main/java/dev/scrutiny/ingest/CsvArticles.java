package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from a CSV file with a header naming at least {@code body} (also used: {@code link},
 * {@code headline}, {@code date}), as in the press-release corpora used to measure false alarms. RFC 4180:
 * quoted fields may hold commas, doubled quotes and line breaks. Stateless.
 */
public final class CsvArticles {

  private CsvArticles() {}

  /**
   * The articles of one CSV file; the id is the {@code link} column, else {@code file#row}.
   *
   * @throws IllegalArgumentException naming the file when it has no {@code body} column
   * @throws UncheckedIOException when it cannot be read
   */
  public static List<Article> read(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<List<String>> rows = parse(content);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int body = header.indexOf("body");
    if (body < 0) {
      throw new IllegalArgumentException(file + ": no 'body' column in header " + header);
    }
    int link = header.indexOf("link");
    int title = header.indexOf("headline");
    int date = header.indexOf("date");
    List<Article> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() <= body || row.get(body).isBlank()) {
        continue;
      }
      String id = link >= 0 && link < row.size() && !row.get(link).isBlank() ? row.get(link) : file.getFileName() + "#" + r;
      Published published = null;
      if (date >= 0 && date < row.size() && !row.get(date).isBlank()) {
        try {
          published = Published.parse(row.get(date).replace("Z", "+00:00"));
        } catch (IllegalArgumentException e) {
          published = null;  // an unparseable date only disables the checks that need it
        }
      }
      out.add(Article.builder(id, row.get(body)).title(title >= 0 && title < row.size() ? row.get(title) : null)
          .published(published).url(link >= 0 && link < row.size() ? row.get(link) : null).language("en").build());
    }
    return out;
  }

  /** Rows of an RFC 4180 CSV text. */
  static List<List<String>> parse(String s) {
    return parseRows(s).stream().map(Row::cells).toList();
  }

  /**
   * One record of a CSV text.
   *
   * @param line  the 1-based line it starts on (a quoted field may run over several lines)
   * @param cells its fields
   */
  record Row(int line, List<String> cells) {}

  /** The records of an RFC 4180 CSV text, each with the line it starts on. */
  static List<Row> parseRows(String s) {
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
