package dev.scrutiny.corpus.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Fetches web pages and feeds politely and safely with the JDK's HttpClient: a User-Agent naming
 * Scrutiny; one request at a time per host with a pause between them; connect and total timeouts; a
 * size cap (larger bodies refused, never truncated); redirects followed by hand, at most
 * {@link FetchPolicy#maxRedirects()}, each target checked again; content types limited to HTML,
 * XHTML, plain text and RSS/Atom/XML feeds; a declared charset must be one Java knows. Addresses are
 * checked by {@link AddressGuard} after DNS resolution, for the first URL and after every redirect.
 * Never throws for a bad URL or response: the {@link Fetched.Failure} says why.
 *
 * <p>The client resolves the host again when it connects; a name whose address changes between the
 * check and the connection (DNS rebinding) is not caught. Thread-safe.
 */
public final class Fetcher {

  private static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain",
      "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml");

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final HttpClient client;
  private final Map<String, ReentrantLock> hostLocks = new ConcurrentHashMap<>();
  private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

  public Fetcher(FetchPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.guard = new AddressGuard(policy.allowPrivate());
    this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches {@code url}, following redirects. */
  public Fetched fetch(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (Exception e) {
      return new Fetched.Failure(url, "not a valid URL: " + e.getMessage());
    }
    for (int hop = 0; ; hop++) {
      String refusal = guard.refusal(uri);
      if (refusal != null) {
        return new Fetched.Failure(url, hop == 0 ? refusal : "redirected to " + uri + ": " + refusal);
      }
      HttpResponse<byte[]> response;
      try {
        response = politely(uri);
      } catch (FetchException e) {
        return new Fetched.Failure(url, (hop == 0 ? "" : "at " + uri + ": ") + e.getMessage());
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty()) {
          return new Fetched.Failure(url, "HTTP " + status + " redirect without a Location");
        }
        if (hop >= policy.maxRedirects()) {
          return new Fetched.Failure(url, "more than " + policy.maxRedirects() + " redirects");
        }
        try {
          uri = uri.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          return new Fetched.Failure(url, "redirected to an invalid URL: " + location.get());
        }
        continue;
      }
      if (status != 200) {
        return new Fetched.Failure(url, "HTTP " + status + (hop == 0 ? "" : " at " + uri));
      }
      return page(url, uri, response);
    }
  }

  private Fetched page(String url, URI at, HttpResponse<byte[]> response) {
    String header = response.headers().firstValue("content-type").orElse("");
    String type = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!ACCEPTED.contains(type)) {
      return new Fetched.Failure(url, "not a web page or feed (content type '" + (type.isEmpty() ? "none" : type) + "')");
    }
    String charset = charset(header);
    if (charset != null) {
      try {
        if (!Charset.isSupported(charset)) {
          return new Fetched.Failure(url, "unsupported charset '" + charset + "'");
        }
      } catch (IllegalArgumentException e) {
        return new Fetched.Failure(url, "invalid charset '" + charset + "'");
      }
    }
    return new Fetched.Page(url, at.toString(), type, charset, response.body());
  }

  static @Nullable String charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String c = p.substring(8).strip().replace("\"", "").replace("'", "");
        return c.isEmpty() ? null : c;
      }
    }
    return null;
  }

  /** One request, alone on its host and after the host's pause. */
  private HttpResponse<byte[]> politely(URI uri) throws FetchException {
    String host = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    ReentrantLock lock = hostLocks.computeIfAbsent(host, h -> new ReentrantLock(true));
    lock.lock();
    try {
      Long last = lastRequest.get(host);
      long wait = last == null ? 0 : last + policy.perHostDelay().toNanos() - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      try {
        return send(uri);
      } finally {
        lastRequest.put(host, System.nanoTime());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    } finally {
      lock.unlock();
    }
  }

  private HttpResponse<byte[]> send(URI uri) throws FetchException, InterruptedException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(uri).timeout(policy.totalTimeout()).header("User-Agent", policy.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
              + "application/xml;q=0.9,text/plain;q=0.8").GET().build();
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a fetchable URL: " + e.getMessage());
    }
    var future = client.sendAsync(request, info -> info.statusCode() == 200
        ? new CappedBody(policy.maxBytes())
        : HttpResponse.BodySubscribers.replacing(new byte[0]));
    try {
      return future.get(policy.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException("no complete response within " + policy.totalTimeout().toSeconds() + " s");
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      while ((cause instanceof IOException || cause instanceof CompletionException) && cause.getCause() != null
          && !(cause instanceof HttpTimeoutException)) {
        if (cause.getCause() instanceof CappedBody.TooLarge t) {
          cause = t;
          break;
        }
        cause = cause.getCause();
      }
      if (cause instanceof CappedBody.TooLarge) {
        throw new FetchException(cause.getMessage());
      }
      if (cause instanceof HttpTimeoutException) {
        throw new FetchException("timed out: " + cause.getMessage());
      }
      String m = cause.getMessage();
      throw new FetchException("cannot fetch: " + (m == null ? cause.getClass().getSimpleName() : m));
    }
  }

  private static final class FetchException extends Exception {
    FetchException(String message) {
      super(message, null, false, false);
    }
  }
}
