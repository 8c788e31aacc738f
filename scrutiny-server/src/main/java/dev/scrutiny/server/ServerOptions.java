package dev.scrutiny.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * Where and how the server listens.
 *
 * @param host         the address to bind; loopback by default
 * @param port         the port, 0 for any free one
 * @param token        the access token every request must carry; required for a non-loopback host
 * @param allowAdd     whether pasted text and URLs may be added to the corpus from the app and the API
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerOptions(String host, int port, @Nullable String token, boolean allowAdd, int maxBodyBytes) {

  /** 5 MB: the same per-article limit as {@code scrutiny analyze}. */
  public static final int DEFAULT_MAX_BODY = 5 * 1024 * 1024;

  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    if (token != null && token.length() < 8) {
      throw new IllegalArgumentException("the token must have at least 8 characters");
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException("listening on " + host + " (not loopback) needs --token: anyone on the "
          + "network could read the corpus otherwise");
    }
  }

  /** Loopback, read-only, no token, the given port. */
  public static ServerOptions loopback(int port) {
    return new ServerOptions("127.0.0.1", port, null, false, DEFAULT_MAX_BODY);
  }

  public ServerOptions withToken(@Nullable String t) {
    return new ServerOptions(host, port, t, allowAdd, maxBodyBytes);
  }

  public ServerOptions withAllowAdd(boolean v) {
    return new ServerOptions(host, port, token, v, maxBodyBytes);
  }

  public ServerOptions withHost(String h) {
    return new ServerOptions(h, port, token, allowAdd, maxBodyBytes);
  }

  /** Whether {@code host} is written as a loopback address (no lookup). */
  static boolean isLoopbackName(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
  }

  /** Whether {@code host} names or resolves only to a loopback address. */
  static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host: " + host, e);
    }
  }
}
