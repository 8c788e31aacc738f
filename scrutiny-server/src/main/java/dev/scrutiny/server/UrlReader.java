package dev.scrutiny.server;

import dev.scrutiny.article.Article;
import java.io.IOException;

/** Fetches one article page for {@code POST /api/articles} with a URL (polite and SSRF-safe in practice). */
@FunctionalInterface
public interface UrlReader {

  /** Reads the article at {@code url}; the message of any exception is shown to the user. */
  Article read(String url) throws IOException;
}
