package dev.scrutiny.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the articles of a WARC or WARC.gz archive (how web crawls such as CommonCrawl's news crawl
 * are shipped): each HTTP response record with status 200 and an HTML (or plain-text) payload is one
 * article, read like an HTML file by {@link ArticleReader#read(String, String, InputFormat, byte[])},
 * its URL the record's target when the page names none. Other responses become
 * {@link IngestResult.Skipped} with the reason; request, metadata and other records are not articles
 * and are passed over. A damaged archive ends with one {@link IngestResult.Failed} naming the position.
 *
 * <pre>{@code
 * try (Stream<IngestResult> results = WarcArticles.read(Path.of("crawl.warc.gz"), reader)) {
 *   results.forEach(...);
 * }
 * }</pre>
 *
 * Lazy and streaming: one record in memory at a time. Close the stream to close the file.
 */
public final class WarcArticles {

  private WarcArticles() {}

  /** Whether a file name looks like a WARC archive ({@code .warc}, {@code .warc.gz}). */
  public static boolean isWarc(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /** The results of every response record of {@code warc}, in archive order. */
  public static Stream<IngestResult> read(Path warc, ArticleReader reader) {
    Objects.requireNonNull(reader, "reader");
    RecordIterator it;
    try {
      it = new RecordIterator(warc.toString(), new WarcReader(warc), reader);
    } catch (IOException | IllegalArgumentException e) {
      return Stream.of(new IngestResult.Failed(Origin.of(warc.toString()), "not a readable WARC file: " + e.getMessage()));
    }
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(it::close);
  }

  /** {@link #read(Path, ArticleReader)} for a stream (the caller closes it). */
  public static Stream<IngestResult> read(String name, InputStream in, ArticleReader reader) {
    try {
      RecordIterator it = new RecordIterator(name, new WarcReader(in), reader);
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
          false);
    } catch (IOException | IllegalArgumentException e) {
      return Stream.of(new IngestResult.Failed(Origin.of(name), "not a readable WARC stream: " + e.getMessage()));
    }
  }

  private static final class RecordIterator extends LookAhead<IngestResult> {
    private final String name;
    private final WarcReader warc;
    private final ArticleReader reader;
    private int records;
    private long lastPosition = -1;

    RecordIterator(String name, WarcReader warc, ArticleReader reader) {
      this.name = name;
      this.warc = warc;
      this.reader = reader;
      warc.setLenient(true);
    }

    @Override
    protected @Nullable IngestResult fetch() {
      long position = warc.position();
      try {
        Optional<WarcRecord> record = warc.next();
        if (record.isEmpty()) {
          end();
          return null;
        }
        long start = warc.position();
        if (records > 0 && start <= lastPosition) {
          // a record whose length does not carry the reader past its start (a negative Content-Length, which the
          // lenient parser accepts) would be read again and again
          end();
          return new IngestResult.Failed(Origin.of(name), "damaged WARC record at byte " + lastPosition
              + ": its length does not move the reader past it (negative Content-Length?); the rest of the"
              + " archive is not read");
        }
        lastPosition = start;
        records++;
        return toResult(record.get());
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        end();
        return new IngestResult.Failed(Origin.of(name), "damaged WARC record at byte " + position + ": "
            + e.getMessage() + "; the rest of the archive is not read");
      }
    }

    private @Nullable IngestResult toResult(WarcRecord record) throws IOException {
      if (!(record instanceof WarcResponse response)) {
        return null;
      }
      String target = response.target();
      Origin origin = Origin.of(name + "#" + records + (target == null ? "" : " " + target));
      if (target == null) {
        return new IngestResult.Skipped(origin, "response record without a WARC-Target-URI");
      }
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return new IngestResult.Skipped(origin, "not an HTTP response (" + response.contentType() + ")");
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return new IngestResult.Skipped(origin, "HTTP status " + http.status());
      }
      MediaType type = http.contentType().base();
      InputFormat format;
      if (type.equals(MediaType.HTML) || type.equals(MediaType.XHTML.base())) {
        format = InputFormat.HTML;
      } else if (type.equals(MediaType.PLAIN_TEXT)) {
        format = InputFormat.TEXT;
      } else {
        return new IngestResult.Skipped(origin, "not an HTML page (" + type + ")");
      }
      long limit = reader.options().maxBytes();
      byte[] bytes;
      try (InputStream body = http.bodyDecoded().stream()) {
        bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
      }
      IngestResult r = reader.read(origin.toString(), WebPages.idFor(target), format, bytes);
      if (r instanceof IngestResult.Loaded l) {
        return new IngestResult.Loaded(WebPages.located(l.article(), target), l.origin(), l.warnings());
      }
      return r;
    }

    void close() {
      try {
        warc.close();
      } catch (IOException e) {
        // reading is over; nothing to report
      }
    }
  }
}
