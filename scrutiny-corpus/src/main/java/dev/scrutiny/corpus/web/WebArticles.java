package dev.scrutiny.corpus.web;

import dev.scrutiny.article.Published;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.InputFormat;
import dev.scrutiny.ingest.Origin;
import dev.scrutiny.ingest.WebPages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Articles from the web: an article URL is fetched and read like an HTML file; a feed URL (RSS or
 * Atom) yields one article per item, each item's page fetched (the item's date is the article's when
 * the page states none). Failures name the URL and the reason and never stop the batch.
 *
 * <pre>{@code
 * WebArticles web = new WebArticles(new Fetcher(FetchPolicy.defaults()), new ArticleReader(options));
 * try (Stream<IngestResult> results = web.read("https://news.example/feed.xml")) { … }
 * }</pre>
 */
public final class WebArticles {

  private final Fetcher fetcher;
  private final ArticleReader reader;

  public WebArticles(Fetcher fetcher, ArticleReader reader) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** Whether a command-line argument is a web address rather than a path. */
  public static boolean isUrl(String argument) {
    String a = argument.toLowerCase(java.util.Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  /** The results for one URL, lazily: a feed's items are fetched as the stream is read. */
  public Stream<IngestResult> read(String url) {
    Fetched f = fetcher.fetch(url);
    if (f instanceof Fetched.Failure failure) {
      return Stream.of(new IngestResult.Failed(Origin.of(url), failure.reason()));
    }
    Fetched.Page page = (Fetched.Page) f;
    if (!FeedItems.isFeed(page.contentType(), page.body())) {
      return Stream.of(article(page, null));
    }
    List<FeedItems.Item> items;
    try {
      items = FeedItems.read(page.body(), page.finalUrl());
    } catch (IllegalArgumentException e) {
      return Stream.of(new IngestResult.Failed(Origin.of(url), e.getMessage()));
    }
    if (items.isEmpty()) {
      return Stream.of(new IngestResult.Skipped(Origin.of(url), "the feed has no items"));
    }
    return items.stream().map(item -> item(url, item));
  }

  private IngestResult item(String feedUrl, FeedItems.Item item) {
    if (item.link() == null) {
      return new IngestResult.Failed(Origin.of(feedUrl + " item '" + item.title() + "'"), "feed item without a link");
    }
    Fetched f = fetcher.fetch(item.link());
    if (f instanceof Fetched.Failure failure) {
      return new IngestResult.Failed(Origin.of(item.link()), failure.reason() + " (item of " + feedUrl + ")");
    }
    Fetched.Page page = (Fetched.Page) f;
    if (FeedItems.isFeed(page.contentType(), page.body())) {
      return new IngestResult.Failed(Origin.of(item.link()), "a feed item links to another feed; not followed");
    }
    return article(page, item.published());
  }

  private IngestResult article(Fetched.Page page, @Nullable Date itemDate) {
    InputFormat format = page.contentType().equals("text/plain") ? InputFormat.TEXT : InputFormat.HTML;
    IngestResult r = reader.read(page.url(), WebPages.idFor(page.finalUrl()), format, utf8(page));
    if (!(r instanceof IngestResult.Loaded l)) {
      return r;
    }
    var article = WebPages.located(l.article(), page.finalUrl());
    if (itemDate != null && (article.published() == null || article.published().equals(reader.options().fallbackPublished()))) {
      var t = itemDate.toInstant().atOffset(ZoneOffset.UTC);
      article = article.withPublished(new Published(t.toLocalDate(), t.toLocalDateTime(), ZoneOffset.UTC));
    }
    return new IngestResult.Loaded(article, l.origin(), l.warnings());
  }

  /**
   * The body as UTF-8 when the server declared another charset and the body is not valid UTF-8
   * (pages that also declare it in a meta tag decode the same way); else as sent.
   */
  private static byte[] utf8(Fetched.Page page) {
    String charset = page.charset();
    if (charset == null || Charset.forName(charset).equals(StandardCharsets.UTF_8) || validUtf8(page.body())) {
      return page.body();
    }
    return new String(page.body(), Charset.forName(charset)).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
