package dev.scrutiny.render;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** Escaping for text that came from articles: everything untrusted goes through here before HTML. */
public final class Html {

  private Html() {}

  /** Escapes {@code & < > " '} so the text is inert in element content and quoted attributes. */
  public static String escape(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (rep != null || b != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * An escaped URL for an {@code href} when it is an absolute http or https URL, else null: other
   * schemes ({@code javascript:}, {@code data:}) are never linked.
   */
  public static @Nullable String safeHref(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme();
      if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null) {
        return escape(u.toASCIIString());
      }
    } catch (Exception e) {
      // not a URL: shown as text only
    }
    return null;
  }

  /** A CSS-class-safe token: letters, digits, '-' and '_' kept, everything else '_'. */
  static String cssToken(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length() && i < 40; i++) {
      char c = s.charAt(i);
      b.append((c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) ? c : '_');
    }
    return b.toString();
  }
}
