package dev.scrutiny.corpus.web;

import dev.scrutiny.corpus.Provenance;
import java.time.Duration;

/**
 * How politely and safely {@link Fetcher} fetches. Immutable; start from {@link #defaults()}.
 *
 * @param connectTimeout  to open a connection
 * @param totalTimeout    for one response, headers and body together
 * @param maxBytes        largest body accepted; larger ones are refused, never truncated
 * @param maxRedirects    redirects followed, each checked like the first address
 * @param perHostDelay    pause between two requests to the same host (one connection per host at a time)
 * @param allowPrivate    whether private, loopback, link-local and metadata addresses may be fetched
 *                        (for a local test server; off by default)
 * @param userAgent       sent with every request
 */
public record FetchPolicy(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects,
                          Duration perHostDelay, boolean allowPrivate, String userAgent) {

  /** 10 s to connect, 30 s per response, 5 MiB, 5 redirects, 1 s between requests to a host, public addresses only. */
  public static FetchPolicy defaults() {
    return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, Duration.ofSeconds(1),
        false, "Scrutiny/" + Provenance.version() + " (news analysis; one request per host per second)");
  }

  public FetchPolicy withAllowPrivate(boolean v) {
    return new FetchPolicy(connectTimeout, totalTimeout, maxBytes, maxRedirects, perHostDelay, v, userAgent);
  }

  public FetchPolicy withPerHostDelay(Duration v) {
    return new FetchPolicy(connectTimeout, totalTimeout, maxBytes, maxRedirects, v, allowPrivate, userAgent);
  }

  public FetchPolicy withMaxBytes(long v) {
    return new FetchPolicy(connectTimeout, totalTimeout, v, maxRedirects, perHostDelay, allowPrivate, userAgent);
  }

  public FetchPolicy withTotalTimeout(Duration v) {
    return new FetchPolicy(connectTimeout, v, maxBytes, maxRedirects, perHostDelay, allowPrivate, userAgent);
  }
}
