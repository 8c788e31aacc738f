package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a page's address tells about an article read from the web or from an archive. */
public final class WebPages {

  private WebPages() {}

  /**
   * {@code article} with {@code url} as its URL when the page names no canonical one, and the host
   * (without {@code www.}) as its source when the page names no site.
   */
  public static Article located(Article article, String url) {
    String host = host(url);
    return Article.builder(article.id(), article.text()).title(article.title())
        .url(article.url() != null ? article.url() : url)
        .source(article.source() != null ? article.source() : host)
        .author(article.author()).published(article.published()).language(article.language()).build();
  }

  /** The lower-case host of a URL without a leading {@code www.}, or null when it has none. */
  public static @Nullable String host(String url) {
    try {
      String h = URI.create(url).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      h = h.startsWith("www.") ? h.substring(4) : h;
      return h.isBlank() ? null : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An article id from a URL: its last path segment without extension, else the host. */
  public static String idFor(String url) {
    String path = url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
    int slash = path.lastIndexOf('/');
    String last = slash >= 0 ? path.substring(slash + 1) : path;
    int dot = last.lastIndexOf('.');
    if (dot > 0) {
      last = last.substring(0, dot);
    }
    if (last.isBlank() || last.contains(":")) {
      String host = host(url);
      return host == null ? "page" : host;
    }
    return last;
  }
}
