package dev.scrutiny.corpus.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The outcome of fetching one URL: a {@link Page} or a {@link Failure}. */
public sealed interface Fetched {

  /** The URL asked for. */
  String url();

  /**
   * A fetched body.
   *
   * @param finalUrl    where it was found, after redirects
   * @param contentType the media type without parameters, lower case ({@code text/html})
   * @param charset     the charset the server declared, or null
   */
  record Page(String url, String finalUrl, String contentType, @Nullable String charset, byte[] body) implements Fetched {
    public Page {
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }
  }

  /** Why a URL could not be fetched, in plain words. */
  record Failure(String url, String reason) implements Fetched {}
}
