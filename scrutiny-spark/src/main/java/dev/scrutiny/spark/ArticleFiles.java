package dev.scrutiny.spark;

import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.Input;
import dev.scrutiny.ingest.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input file on an executor with scrutiny-core's {@link ArticleReader}: the same formats, encodings,
 * normalisation, metadata, fallback ids and error messages as {@code scrutiny analyze}. A file on a Hadoop file
 * system (HDFS, S3…) is first copied to a local temporary file under its own name, so that its fallback id is the
 * same. Articles stream out one at a time; a JSON-lines file is never held in memory whole.
 *
 * <p>WARC: whichever extensions the core's reader understands are read here too; once scrutiny-core reads
 * {@code .warc}/{@code .warc.gz} (one article per response record), WARC inputs need no change in this module
 * beyond {@link InputListing#ARTICLE_EXTENSIONS} for remote folders.
 */
final class ArticleFiles {

  private ArticleFiles() {}

  static Iterator<Ingested> read(InputFile file, IngestOptions options) {
    Path local;
    @Nullable Path temp = null;
    try {
      if (isLocal(file.uri())) {
        local = Path.of(file.uri().startsWith("file:") ? URI.create(file.uri()).getPath() : file.uri());
      } else {
        temp = Files.createTempDirectory("scrutiny-input");
        local = temp.resolve(fileName(file.uri()));
        copy(file.uri(), local);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      deleteQuietly(temp);
      return List.of(Ingested.of(BadRecord.failed(file.name(), "cannot read: " + e.getMessage()))).iterator();
    }
    Input input = new Input(file.name(), local, InputFormat.ofFileName(fileName(file.uri())));
    Stream<IngestResult> results = new ArticleReader(options).read(input);
    return new Results(file, input, results, temp);
  }

  static boolean isLocal(String uri) {
    return uri.startsWith("file:") || !uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
  }

  static String fileName(String uri) {
    String s = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return s.substring(s.lastIndexOf('/') + 1);
  }

  private static void copy(String uri, Path to) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
    FileSystem fs = p.getFileSystem(new Configuration());
    try (InputStream in = fs.open(p)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary file; nothing else to do
    }
  }

  /** Converts the reader's results lazily and releases the file (and any temporary copy) at the end. */
  private static final class Results implements Iterator<Ingested> {
    private final InputFile file;
    private final Input input;
    private final Stream<IngestResult> stream;
    private final Iterator<IngestResult> it;
    private final @Nullable Path temp;
    private int position;
    private boolean closed;

    Results(InputFile file, Input input, Stream<IngestResult> stream, @Nullable Path temp) {
      this.file = file;
      this.input = input;
      this.stream = stream;
      this.it = stream.iterator();
      this.temp = temp;
    }

    @Override
    public boolean hasNext() {
      if (closed) {
        return false;
      }
      if (it.hasNext()) {
        return true;
      }
      stream.close();
      deleteQuietly(temp);
      closed = true;
      return false;
    }

    @Override
    public Ingested next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestResult r = it.next();
      position++;
      return switch (r) {
        case IngestResult.Loaded l -> {
          boolean jsonLine = l.origin().line() > 0;
          boolean given = jsonLine && !l.article().id().startsWith(input.baseId() + "#" + l.origin().line());
          yield Ingested.of(ReadArticle.of(l, file.index(), position, l.origin().toString(), given));
        }
        case IngestResult.Failed f -> Ingested.of(BadRecord.failed(f.origin().toString(), f.reason()));
        case IngestResult.Skipped s -> Ingested.of(new BadRecord(s.origin().toString(), BadRecord.SKIPPED, s.reason()));
      };
    }
  }
}
