package dev.scrutiny.corpus.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Fetches web pages and feeds politely and safely over HTTP/1.1 ({@link PinnedGet}): a User-Agent naming
 * Scrutiny; one request at a time per host with a pause between them; connect and total timeouts; a
 * size cap (larger bodies refused, never truncated); redirects followed by hand, at most
 * {@link FetchPolicy#maxRedirects()}, each target checked again; content types limited to HTML,
 * XHTML, plain text and RSS/Atom/XML feeds; a declared charset must be one Java knows. Addresses are
 * checked by {@link AddressGuard} after DNS resolution, for the first URL and after every redirect.
 * Never throws for a bad URL or response: the {@link Fetched.Failure} says why.
 *
 * <p>Each host name is resolved once per request and the connection goes to an address that was
 * checked (the name goes in the Host header, SNI and the certificate check): a name whose address
 * changes between the check and the connection (DNS rebinding) cannot redirect the request to a
 * private address. Thread-safe.
 */
public final class Fetcher {

  private static final Set<String> ACCEPTED = Set.of("text/html", "application/xhtml+xml", "text/plain",
      "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml");

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final Map<String, ReentrantLock> hostLocks = new ConcurrentHashMap<>();
  private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

  public Fetcher(FetchPolicy policy) {
    this(policy, InetAddress::getAllByName);
  }

  /** With host names resolved by {@code resolver} (tests). */
  Fetcher(FetchPolicy policy, AddressGuard.Resolver resolver) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.guard = new AddressGuard(policy.allowPrivate(), resolver);
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
      AddressGuard.Checked checked = guard.check(uri);
      String refusal = checked.refusal();
      if (refusal != null) {
        return new Fetched.Failure(url, hop == 0 ? refusal : "redirected to " + uri + ": " + refusal);
      }
      PinnedGet.Response response;
      try {
        response = politely(uri, checked.addresses());
      } catch (FetchException e) {
        return new Fetched.Failure(url, (hop == 0 ? "" : "at " + uri + ": ") + e.getMessage());
      }
      int status = response.status();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = response.header("location");
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

  private Fetched page(String url, URI at, PinnedGet.Response response) {
    String header = response.header("content-type").orElse("");
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
  private PinnedGet.Response politely(URI uri, List<InetAddress> addresses) throws FetchException {
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
        return send(uri, addresses);
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

  private PinnedGet.Response send(URI uri, List<InetAddress> addresses) throws FetchException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", policy.userAgent());
    headers.put("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        + "application/xml;q=0.9,text/plain;q=0.8");
    IOException last = null;
    for (InetAddress address : addresses) {
      try {
        return PinnedGet.get(uri, address, headers, policy.connectTimeout(), policy.totalTimeout(), policy.maxBytes());
      } catch (PinnedGet.TooLarge e) {
        throw new FetchException(e.getMessage());
      } catch (PinnedGet.Timeout e) {
        throw new FetchException(e.getMessage());
      } catch (ConnectException | NoRouteToHostException | SocketTimeoutException e) {
        last = e; // this address does not answer: the next checked one may
      } catch (IllegalArgumentException e) {
        throw new FetchException("not a fetchable URL: " + e.getMessage());
      } catch (IOException e) {
        String m = e.getMessage();
        throw new FetchException("cannot fetch: " + (m == null ? e.getClass().getSimpleName() : m));
      }
    }
    String m = last == null ? "no address" : last.getMessage();
    throw new FetchException("cannot connect to " + uri.getHost() + ": "
        + (m == null ? last.getClass().getSimpleName() : m));
  }

  private static final class FetchException extends Exception {
    FetchException(String message) {
      super(message, null, false, false);
    }
  }
}
