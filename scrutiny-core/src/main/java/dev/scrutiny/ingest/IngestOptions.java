package dev.scrutiny.ingest;

import dev.scrutiny.article.Published;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ArticleReader} reads its inputs. Immutable; start from {@link #defaults()} and change one
 * option at a time with the {@code with…} methods.
 *
 * <pre>{@code
 * IngestOptions options = IngestOptions.defaults()
 *     .withMaxBytes(2_000_000)
 *     .withFallbackPublished(Published.parse("2025-08-06"));
 * }</pre>
 *
 * @param maxBytes          the largest input accepted, in bytes as stored: a whole {@code .txt} or
 *                          {@code .html} file, or one line of a {@code .jsonl} file (JSON-lines files
 *                          are streamed, so only their lines are limited). Larger inputs are rejected,
 *                          never truncated
 * @param fallbackPublished the publication date given to articles whose source states none (the CLI's
 *                          {@code --published DATE}), or null to leave such articles undated
 */
public record IngestOptions(long maxBytes, @Nullable Published fallbackPublished) {

  /** The default size limit: 5 MiB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public IngestOptions {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
    }
  }

  /** A 5 MiB limit and no fallback publication date. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, null);
  }

  public IngestOptions withMaxBytes(long newMaxBytes) {
    return new IngestOptions(newMaxBytes, fallbackPublished);
  }

  public IngestOptions withFallbackPublished(@Nullable Published newFallback) {
    return new IngestOptions(maxBytes, newFallback);
  }
}
