package dev.scrutiny.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One HTTP request as the handlers see it: method, decoded path, query parameters, bounded body. */
final class Request {

  /** Most query parameters read; more is a client error. */
  static final int MAX_PARAMS = 64;

  private final HttpExchange exchange;
  private final String path;
  private final Map<String, String> query;
  private Map<String, String> pathParams = Map.of();

  Request(HttpExchange exchange) {
    this.exchange = exchange;
    this.path = exchange.getRequestURI().getRawPath() == null ? "/" : exchange.getRequestURI().getRawPath();
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
  }

  String method() {
    return exchange.getRequestMethod();
  }

  /** The raw (still percent-encoded) path; segments are decoded one by one by the router. */
  String rawPath() {
    return path;
  }

  void pathParams(Map<String, String> params) {
    this.pathParams = Map.copyOf(params);
  }

  /** A decoded path parameter such as {@code {id}}. */
  String pathParam(String name) {
    String v = pathParams.get(name);
    if (v == null) {
      throw new IllegalStateException("no path parameter " + name);
    }
    return v;
  }

  /** A query parameter, or null when absent or blank. */
  @Nullable String param(String name) {
    String v = query.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  Map<String, String> params() {
    return query;
  }

  int intParam(String name, int fallback, int min, int max) {
    String v = param(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new BadRequest(name + " must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number, got '" + v + "'");
    }
  }

  @Nullable String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  @Nullable String cookie(String name) {
    List<String> all = exchange.getRequestHeaders().get("Cookie");
    if (all == null) {
      return null;
    }
    for (String line : all) {
      for (String part : line.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
          return part.substring(eq + 1).strip();
        }
      }
    }
    return null;
  }

  /** The body, refused with 413 when longer than {@code limit} bytes. */
  byte[] body(int limit) throws IOException {
    String declared = header("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > limit) {
          throw new HttpError(413, "request body over the limit of " + limit + " bytes");
        }
      } catch (NumberFormatException e) {
        throw new BadRequest("bad Content-Length");
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] data = in.readNBytes(limit + 1);
      if (data.length > limit) {
        throw new HttpError(413, "request body over the limit of " + limit + " bytes");
      }
      return data;
    }
  }

  private static Map<String, String> parseQuery(@Nullable String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    String[] pairs = raw.split("&");
    if (pairs.length > MAX_PARAMS) {
      throw new BadRequest("too many query parameters (" + pairs.length + ", at most " + MAX_PARAMS + ")");
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.putIfAbsent(k, v);
    }
    return out;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("malformed percent-encoding in '" + s + "'");
    }
  }

  /** An error the client caused, answered with its status and message. */
  static class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    HttpError(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** 400. */
  static final class BadRequest extends HttpError {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(400, message);
    }
  }
}
