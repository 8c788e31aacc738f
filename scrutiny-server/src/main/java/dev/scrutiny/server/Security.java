package dev.scrutiny.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Access and browser hardening: the token (an {@code Authorization: Bearer} header, or a cookie set
 * after the app was opened once with {@code ?token=}), the Host header (against DNS rebinding of a
 * loopback server), same-origin checks on form posts, and the security headers every response carries.
 */
final class Security {

  static final String COOKIE = "scrutiny_token";

  /** Pages: own styles and images only, no script at all. */
  static final String PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
      + "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The embedded article report: its own inline stylesheet, no script, framed by our pages only. */
  static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

  private final ServerOptions options;
  private final Set<String> loopbackNames = Set.of("127.0.0.1", "localhost", "[::1]");

  Security(ServerOptions options) {
    this.options = options;
  }

  /** Whether the request carries the token (always true without one). */
  boolean authorised(Request r) {
    String token = options.token();
    if (token == null) {
      return true;
    }
    String auth = r.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && same(auth.substring(7).strip(), token)) {
      return true;
    }
    String cookie = r.cookie(COOKIE);
    return cookie != null && same(cookie, token);
  }

  /** Whether {@code ?token=} in the URL matches: the app is then let in and a cookie set. */
  boolean tokenInQuery(Request r) {
    String token = options.token();
    String given = r.param("token");
    return token != null && given != null && same(given, token);
  }

  String cookieHeader() {
    return COOKIE + "=" + options.token() + "; Path=/; HttpOnly; SameSite=Strict";
  }

  /**
   * Whether the Host header is one this server answers to. On loopback only loopback names are
   * accepted, so a web page elsewhere cannot reach the app by rebinding its own host name to 127.0.0.1.
   */
  boolean hostAllowed(Request r) {
    String host = r.header("Host");
    if (host == null) {
      return false;
    }
    if (!ServerOptions.isLoopbackName(options.host())) {
      return true; // a public bind is protected by the token instead
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > 0 && name.indexOf(']') < colon) {
      name = name.substring(0, colon);
    }
    return loopbackNames.contains(name);
  }

  /** Whether a state-changing request comes from our own pages (Origin, else Referer, must be this host). */
  boolean sameOrigin(Request r) {
    String origin = r.header("Origin");
    if (origin == null) {
      origin = r.header("Referer");
    }
    if (origin == null) {
      return false;
    }
    String host = r.header("Host");
    return host != null && (origin.equals("http://" + host) || origin.startsWith("http://" + host + "/"));
  }

  static Response harden(Response r, boolean report) {
    return r.withHeader("Content-Security-Policy", report ? REPORT_CSP : PAGE_CSP)
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("X-Frame-Options", report ? "SAMEORIGIN" : "DENY")
        .withHeader("Cross-Origin-Opener-Policy", "same-origin")
        .withHeader("Cross-Origin-Resource-Policy", "same-origin")
        .withHeader("Cache-Control", "no-store");
  }

  private static boolean same(@Nullable String a, String b) {
    return a != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
