package dev.scrutiny.corpus.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS or Atom feed with Rome (doctypes refused, so no external entities): the items' links,
 * titles and dates.
 */
final class FeedItems {

  /** One feed item. */
  record Item(@Nullable String link, @Nullable String title, @Nullable Date published) {}

  private FeedItems() {}

  /** Whether a fetched body is a feed: by content type, or an XML body whose root is rss, feed or RDF. */
  static boolean isFeed(String contentType, byte[] body) {
    if (contentType.equals("application/rss+xml") || contentType.equals("application/atom+xml")
        || contentType.equals("application/rdf+xml")) {
      return true;
    }
    if (contentType.equals("text/html") || contentType.equals("text/plain")
        || contentType.equals("application/xhtml+xml")) {
      return false;
    }
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /**
   * The items of a feed, links resolved against {@code base}.
   *
   * @throws IllegalArgumentException with the parser's reason when it is not a readable feed
   */
  static List<Item> read(byte[] body, String base) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a readable RSS/Atom feed: " + e.getMessage(), e);
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
        link = e.getUri();
      }
      if (link != null) {
        try {
          link = URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException ex) {
          link = link.strip();
        }
      }
      if (link != null && link.chars().anyMatch(ch -> ch <= ' ' || ch == 0x7F)) {
        link = null; // a link with spaces or control characters inside is no address to fetch
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(new Item(link, e.getTitle(), date));
    }
    return items;
  }
}
