package dev.scrutiny.ingest;

import dev.scrutiny.article.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a CSV file with a header (see {@link InputFormat#CSV}) into one result each:
 * the header names the text column and the metadata columns, each record with as many fields goes
 * through {@link ArticleRecords}, blank lines are passed over, and a record that cannot be read fails
 * alone, naming its line.
 */
final class CsvRecords {

  /** The text columns of {@link ArticleReader}'s CSV files, the first present taken. */
  static final List<String> TEXT_COLUMNS = List.of("text", "body");

  /** Metadata columns by the field name they give, in the order of preference of their headers. */
  private static final Map<String, List<String>> FIELD_COLUMNS = Map.of(
      "id", List.of("id"),
      "title", List.of("title", "headline"),
      "url", List.of("url", "link"),
      "source", List.of("source"),
      "author", List.of("author"),
      "language", List.of("language"),
      "published", List.of("published", "date"));

  private final List<String> textColumns;
  private final long maxBytes;

  /**
   * @param textColumns the header names that may hold the text, the first present taken
   * @param maxBytes    the longest text of one record, in characters
   */
  CsvRecords(List<String> textColumns, long maxBytes) {
    this.textColumns = List.copyOf(textColumns);
    this.maxBytes = maxBytes;
  }

  /** One result per record of {@code bytes}, or one failure for the whole file. */
  List<IngestResult> read(Input input, byte[] bytes, ArticleRecords records) {
    Origin whole = Origin.of(input.name());
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decode(bytes, null);
    } catch (RejectedInputException e) {
      return List.of(new IngestResult.Failed(whole, e.getMessage()));
    }
    List<CsvSyntax.Row> rows = CsvSyntax.rows(decoded.text().replace("\uFEFF", ""));
    if (rows.isEmpty()) {
      return List.of(new IngestResult.Failed(whole, "no text (the CSV file is empty)"));
    }
    List<String> header = rows.getFirst().cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int text = column(header, textColumns);
    if (text < 0) {
      return List.of(new IngestResult.Failed(new Origin(input.name(), rows.getFirst().line()),
          "a CSV file needs a " + String.join(" or ", textColumns.stream().map(c -> "'" + c + "'").toList())
              + " column in its header; the header is " + header));
    }
    ArticleRecords.Shape shape = new ArticleRecords.Shape("column '" + header.get(text) + "'", List.of("id", "url"));
    List<IngestResult> out = new ArrayList<>();
    for (CsvSyntax.Row row : rows.subList(1, rows.size())) {
      IngestResult r = record(input, row, header, text, shape, records, decoded.note());
      if (r != null) {
        out.add(r);
      }
    }
    if (out.isEmpty()) {
      out.add(new IngestResult.Failed(whole, "the CSV file has a header but no records"));
    }
    return out;
  }

  /** The result of one record, or null for a blank line. */
  private @Nullable IngestResult record(Input input, CsvSyntax.Row row, List<String> header, int text,
      ArticleRecords.Shape shape, ArticleRecords records, @Nullable String decodingNote) {
    Origin origin = new Origin(input.name(), row.line());
    List<String> cells = row.cells();
    if (cells.size() == 1 && cells.getFirst().isBlank()) {
      return null;
    }
    if (cells.size() != header.size()) {
      return new IngestResult.Failed(origin, "expected " + header.size() + " fields as in the header, got "
          + cells.size());
    }
    String raw = cells.get(text);
    if (raw.length() > maxBytes) {
      return new IngestResult.Failed(origin, Limits.tooLarge("the record's text", raw.length(), maxBytes));
    }
    List<Diagnostic> warnings = new ArrayList<>();
    if (decodingNote != null) {
      warnings.add(Diagnostic.of(ArticleReader.STAGE, decodingNote));
    }
    ArticleRecords.Fields fields = (name, w) -> {
      int c = column(header, FIELD_COLUMNS.get(name));
      return c < 0 ? null : SafeText.field(cells.get(c));
    };
    return records.toResult(origin, raw, shape, fields, input.baseId() + "#" + row.line(), warnings);
  }

  private static int column(List<String> header, List<String> names) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }
}
