package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * The outcome for one article or one input: {@link Loaded}, {@link Failed} or {@link Skipped}. A batch
 * yields one result per article read, per input that could not be read, and per file passed over while
 * walking a directory, so a summary can count ok / failed / skipped.
 *
 * <pre>{@code
 * switch (result) {
 *   case IngestResult.Loaded l -> analyse(l.article());
 *   case IngestResult.Failed f -> err.println(f.origin() + ": " + f.reason());
 *   case IngestResult.Skipped s -> skipped++;
 * }
 * }</pre>
 */
public sealed interface IngestResult {

  /** Where this result came from (a path, {@code -}, or {@code path:line} for JSON lines). */
  Origin origin();

  /**
   * An article read successfully.
   *
   * @param article  the article, its id unique within the batch
   * @param origin   where it was read from
   * @param warnings problems that did not stop reading (an unparseable date, a guessed encoding…),
   *                 stage {@code "ingest"}; empty when none
   */
  record Loaded(Article article, Origin origin, List<Diagnostic> warnings) implements IngestResult {
    public Loaded {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(origin, "origin");
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * An input, or one line of a JSON-lines input, that could not be read.
   *
   * @param origin the input, or {@code path:line}
   * @param reason plain-language reason, without the path
   */
  record Failed(Origin origin, String reason) implements IngestResult {
    public Failed {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return origin + ": " + reason;
    }
  }

  /**
   * A file passed over while walking a directory (unsupported extension, hidden file).
   *
   * @param origin the file
   * @param reason why it was not read
   */
  record Skipped(Origin origin, String reason) implements IngestResult {
    public Skipped {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return origin + ": skipped, " + reason;
    }
  }
}
