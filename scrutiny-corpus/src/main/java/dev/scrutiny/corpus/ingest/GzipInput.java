package dev.scrutiny.corpus.ingest;

import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.Input;
import dev.scrutiny.ingest.InputFormat;
import dev.scrutiny.ingest.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip-compressed article file ({@code story.html.gz}, {@code corpus.jsonl.gz}): decompressed into a
 * private temporary directory under {@code java.io.tmpdir} and read as the file it holds, its results
 * named after the {@code .gz} file. Decompression stops at a cap (the size limit for one article, 1 GiB
 * for JSON lines), so a gzip bomb fails with a message instead of filling the disk.
 */
final class GzipInput {

  private static final long JSONL_CAP = 1L << 30;

  private GzipInput() {}

  static Stream<IngestResult> read(String name, Path gz, ArticleReader reader) {
    String inner = Path.of(name).getFileName().toString().replaceFirst("(?i)\\.gz$", "");
    InputFormat format = InputFormat.ofFileName(inner);
    long cap = format == InputFormat.JSONL || format == InputFormat.CSV ? Math.max(JSONL_CAP, reader.options().maxBytes())
        : reader.options().maxBytes();
    Path dir;
    Path file;
    try {
      dir = Files.createTempDirectory("scrutiny-gz");
      file = dir.resolve(inner.isBlank() ? "input" : inner);
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 64 * 1024);
           OutputStream out = Files.newOutputStream(file)) {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
          total += n;
          if (total > cap) {
            delete(dir);
            return Stream.of(new IngestResult.Failed(Origin.of(name),
                "decompresses to more than " + cap + " bytes; rejected, not truncated"));
          }
          out.write(buf, 0, n);
        }
      }
    } catch (IOException e) {
      return Stream.of(new IngestResult.Failed(Origin.of(name), "not a readable gzip file: " + e.getMessage()));
    }
    String tmpName = file.toString();
    return reader.read(new Input(tmpName, file, format)).map(r -> renamed(r, tmpName, name))
        .onClose(() -> delete(dir));
  }

  private static IngestResult renamed(IngestResult r, String from, String to) {
    Origin o = r.origin().input().equals(from) ? new Origin(to, r.origin().line()) : r.origin();
    return switch (r) {
      case IngestResult.Loaded l -> new IngestResult.Loaded(l.article(), o, l.warnings());
      case IngestResult.Failed f -> new IngestResult.Failed(o, f.reason());
      case IngestResult.Skipped s -> new IngestResult.Skipped(o, s.reason());
    };
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary file is harmless; the results are already read
    }
  }

  static boolean isGzip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
