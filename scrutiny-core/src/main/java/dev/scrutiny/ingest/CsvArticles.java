package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads articles from a CSV file with a header naming at least {@code body}, as in the press-release
 * corpora used to measure false alarms: a convenience over the CSV reading of {@link ArticleReader}
 * (the same columns, cleaning, checks and ids) for callers that want a plain list. RFC 4180: quoted
 * fields may hold commas, doubled quotes and line breaks. Stateless.
 */
public final class CsvArticles {

  /** The language of articles whose record names none: these corpora are English. */
  private static final String LANGUAGE = "en";

  private CsvArticles() {}

  /**
   * The articles of one CSV file, in file order. The id is the {@code id} column, else the {@code link}
   * ({@code url}) column, else {@code name#line} (the file name without extension, the record's first
   * line); repeated ids get {@code -2}, {@code -3}… The title is the {@code headline} ({@code title})
   * column, the publication date the {@code date} ({@code published}) column when it parses; the language
   * is the {@code language} column, else English.
   *
   * @throws IllegalArgumentException naming the file when it has no {@code body} column, and naming the
   *     file and line of a record that cannot be read (an empty body, a wrong number of fields)
   * @throws UncheckedIOException when it cannot be read
   */
  public static List<Article> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    IngestOptions options = IngestOptions.defaults();
    List<IngestResult> results = new CsvRecords(List.of("body"), options.maxBytes())
        .read(Input.of(file), bytes, new ArticleRecords(new IdAllocator(), options.fallbackPublished()));
    List<Article> out = new ArrayList<>();
    for (IngestResult r : results) {
      if (!(r instanceof IngestResult.Loaded loaded)) {
        throw new IllegalArgumentException(r.toString());
      }
      Article a = loaded.article();
      out.add(a.language() == null ? a.withLanguage(LANGUAGE) : a);
    }
    return out;
  }
}
