package dev.scrutiny.ingest;

import java.util.Locale;

/** The format of an input, known from its file extension or, for {@link #SNIFF}, from its content. */
public enum InputFormat {
  /** Plain text; the SemEval convention (title line, blank line, body) gives a title. */
  TEXT,
  /** An HTML page; metadata and the article body are extracted. */
  HTML,
  /** JSON lines: one article object per line. */
  JSONL,
  /**
   * CSV (RFC 4180) with a header: one article per record, its text in a {@code text} or {@code body} column;
   * also read: {@code id}, {@code title} or {@code headline}, {@code url} or {@code link}, {@code source},
   * {@code author}, {@code language}, {@code published} or {@code date}.
   */
  CSV,
  /** Unknown: decided from the first bytes (JSON lines, HTML, else plain text). */
  SNIFF;

  /**
   * The format a file name's extension stands for ({@code .txt}, {@code .html}/{@code .htm},
   * {@code .jsonl}/{@code .ndjson}), or {@link #SNIFF} for any other name.
   */
  public static InputFormat ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return TEXT;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    return SNIFF;
  }
}
