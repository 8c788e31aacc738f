package dev.scrutiny.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Matches a method and a path to a handler. Patterns are literal segments and {@code {name}}
 * placeholders ({@code /api/articles/{id}}); a placeholder matches one decoded segment, which may not be
 * empty, {@code .} or {@code ..}.
 */
final class Router {

  /** Handles one matched request. */
  @FunctionalInterface
  interface Handler {
    Response handle(Request request) throws Exception;
  }

  /** A matched route: its handler and the decoded path parameters. */
  record Match(Handler handler, Map<String, String> params) {}

  private record Route(String method, String[] segments, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  Router get(String pattern, Handler h) {
    return add("GET", pattern, h);
  }

  Router post(String pattern, Handler h) {
    return add("POST", pattern, h);
  }

  private Router add(String method, String pattern, Handler h) {
    routes.add(new Route(method, split(pattern), h));
    return this;
  }

  /**
   * The handler for {@code method} and {@code rawPath}; HEAD is served by GET routes.
   *
   * @throws Request.HttpError 404 when no route has that path, 405 when one has it for another method
   */
  Match match(String method, String rawPath) {
    String[] parts = split(rawPath);
    boolean pathKnown = false;
    String m = method.equals("HEAD") ? "GET" : method;
    for (Route r : routes) {
      Map<String, String> params = bind(r.segments, parts);
      if (params == null) {
        continue;
      }
      pathKnown = true;
      if (r.method.equals(m)) {
        return new Match(r.handler, params);
      }
    }
    if (pathKnown) {
      throw new Request.HttpError(405, "method " + method + " is not allowed here");
    }
    throw new Request.HttpError(404, "no such page: " + rawPath);
  }

  private static @Nullable Map<String, String> bind(String[] pattern, String[] parts) {
    if (pattern.length != parts.length) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < pattern.length; i++) {
      String p = pattern[i];
      if (p.startsWith("{") && p.endsWith("}")) {
        String value = Request.decode(parts[i]);
        if (value.isEmpty() || value.equals(".") || value.equals("..") || value.indexOf('\0') >= 0) {
          return null;
        }
        params.put(p.substring(1, p.length() - 1), value);
      } else if (!p.equals(parts[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? new String[0] : p.split("/", -1);
  }
}
