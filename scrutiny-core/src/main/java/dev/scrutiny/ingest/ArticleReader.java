package dev.scrutiny.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads articles from files, directories and standard input, one input at a time, so a large batch
 * never sits in memory at once. Bad inputs never throw: each becomes an {@link IngestResult.Failed}
 * naming the input (or {@code path:line}) and the reason, and the batch goes on.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(IngestOptions.defaults());
 * IngestPlan plan = reader.plan(List.of("examples/", "-"));   // lists files; reads nothing
 * progress.start(plan.size());
 * try (Stream<IngestResult> results = reader.results(plan)) {  // lazy; close it
 *   results.forEach(r -> {
 *     switch (r) {
 *       case IngestResult.Loaded l -> analyse(l.article());
 *       case IngestResult.Failed f -> err.println(f);           // "examples/bad.jsonl:3: not valid JSON: …"
 *       case IngestResult.Skipped s -> skipped++;
 *     }
 *   });
 * }
 * }</pre>
 *
 * <p>Formats: {@code .txt} (SemEval convention: a first line of at most 300 characters followed by a
 * blank line is the title), {@code .html}/{@code .htm} (see the package doc), {@code .jsonl} (one
 * object per line with {@code id, title, text, url, source, author, published, language}; only
 * {@code text} is required; blank lines are ignored), {@code .csv} (a header, then one article per record;
 * see {@link InputFormat#CSV}; a record that cannot be read fails alone, naming its line). Standard input and explicitly named files with
 * another extension are sniffed: JSON lines when the first character is <code>{</code>, HTML when it is
 * a tag, else plain text.
 *
 * <p>Encodings: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else valid UTF-8; else the charset
 * an HTML page declares; else mostly-valid UTF-8 with a few bad bytes replaced (with a warning); else
 * a guess among windows-1251, KOI8-R and windows-1252 from Russian letter statistics (with a warning
 * naming the choice). JSON lines must be UTF-8. Binary content (NUL bytes, many control characters,
 * PDF/ZIP/image signatures) fails with "not a text file: …".
 *
 * <p>Size: an input over {@link IngestOptions#maxBytes()} fails with its size and the limit; it is
 * never truncated. JSON-lines inputs are streamed and the limit applies to each line.
 *
 * <p>Article ids: a JSON line's {@code id}, else {@code file#line}; a CSV record's {@code id}, else its
 * {@code url} ({@code link}), else {@code file#line}; ids are cut to 200 characters. For other inputs the
 * file name without extension ({@code stdin} for standard input). Within one {@link #results} batch,
 * repeated ids of records get {@code -2}, {@code -3}… appended, with a warning naming both.
 *
 * <p>Instances are immutable and may be shared; each {@link #results} stream is single-threaded.
 */
public final class ArticleReader {

  /** The stage its diagnostics name. */
  static final String STAGE = "ingest";

  private final IngestOptions options;
  private final InputStream stdin;
  private final Documents documents;

  /** A reader whose {@code -} is {@link System#in}. */
  public ArticleReader(IngestOptions options) {
    this(options, System.in);
  }

  /** A reader whose {@code -} reads {@code stdin} (tests, servers). */
  public ArticleReader(IngestOptions options, InputStream stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.documents = new Documents(options.fallbackPublished());
  }

  public IngestOptions options() {
    return options;
  }

  // --- planning ---------------------------------------------------------------------------------

  /** {@link #plan(List)} for varargs. */
  public IngestPlan plan(String... arguments) {
    return plan(List.of(arguments));
  }

  /**
   * Lists what {@code arguments} name, reading no file: {@code -} is standard input, a file is an
   * input whatever its extension (unknown ones are sniffed), a directory is walked recursively in
   * sorted order. While walking, files with unsupported extensions, hidden files and directories
   * (name starting with {@code .}) and symbolic links to directories become {@link IngestResult.Skipped};
   * a named path that does not exist becomes {@link IngestResult.Failed}.
   */
  public IngestPlan plan(List<String> arguments) {
    return InputPlanner.plan(arguments);
  }

  // --- reading ----------------------------------------------------------------------------------

  /**
   * Reads every input of {@code plan} lazily, in order: first {@link IngestPlan#notRead()}, then the
   * results of each input, contiguous and in plan order (so a progress display may advance when
   * {@code origin().input()} changes). Article ids are unique within the stream. Close the stream to
   * release an open file.
   */
  public Stream<IngestResult> results(IngestPlan plan) {
    BatchIterator it = new BatchIterator(plan);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(it::close);
  }

  /** Plans and reads {@code arguments} into a list: for small batches and tests. */
  public List<IngestResult> readAll(String... arguments) {
    try (Stream<IngestResult> s = results(plan(arguments))) {
      return s.toList();
    }
  }

  /**
   * Reads one input: one result, or one per line of a JSON-lines input. Ids are unique within this
   * call only. Close the stream to release the file.
   */
  public Stream<IngestResult> read(Input input) {
    ResultSource source = open(input, new IdAllocator());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(source, Spliterator.ORDERED), false)
        .onClose(source::close);
  }

  /**
   * Reads one document already in memory, such as a fetched web page or an archive record, as the
   * files of {@link #results} are read (same decoding, extraction, limits and fallback date).
   *
   * @param name   where it came from, for messages ({@code https://…}, {@code crawl.warc.gz#12})
   * @param id     the article's id
   * @param format {@link InputFormat#TEXT}, {@link InputFormat#HTML}, or {@link InputFormat#SNIFF} to
   *               decide from the content; JSON lines are read from files only
   */
  public IngestResult read(String name, String id, InputFormat format, byte[] bytes) {
    Objects.requireNonNull(id, "id");
    if (format == InputFormat.JSONL || format == InputFormat.CSV) {
      throw new IllegalArgumentException(format + " files are read from files, not from memory: " + name);
    }
    if (bytes.length > options.maxBytes()) {
      return new IngestResult.Failed(Origin.of(name), tooLarge("the document", bytes.length));
    }
    return documents.read(Origin.of(name), format, bytes, () -> id);
  }

  /** Reads every input of a plan in turn, one open at a time, with ids unique across the batch. */
  private final class BatchIterator implements Iterator<IngestResult> {
    private final Iterator<IngestResult> notRead;
    private final Iterator<Input> inputs;
    private final IdAllocator ids = new IdAllocator();
    private @Nullable ResultSource current;

    BatchIterator(IngestPlan plan) {
      this.notRead = plan.notRead().iterator();
      this.inputs = plan.inputs().iterator();
    }

    @Override
    public boolean hasNext() {
      if (notRead.hasNext()) {
        return true;
      }
      while (current == null || !current.hasNext()) {
        close();
        if (!inputs.hasNext()) {
          return false;
        }
        current = open(inputs.next(), ids);
      }
      return true;
    }

    @Override
    public IngestResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return notRead.hasNext() ? notRead.next() : Objects.requireNonNull(current).next();
    }

    void close() {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }

  private ResultSource open(Input input, IdAllocator ids) {
    Origin origin = Origin.of(input.name());
    InputStream in = null;
    try {
      InputFormat format = input.format();
      if (input.path() != null && format == InputFormat.CSV) {
        return openCsv(input, ids);
      }
      if (input.path() != null && format != InputFormat.JSONL) {
        long size = Files.size(input.path());
        if (size > options.maxBytes()) {
          return ResultSource.single(new IngestResult.Failed(origin, tooLarge("the file", size)));
        }
      }
      in = new BufferedInputStream(input.path() == null ? InputStreams.nonClosing(stdin)
          : Files.newInputStream(input.path()), 64 * 1024);
      if (format == InputFormat.SNIFF && InputStreams.looksLikeJsonLines(in)) {
        format = InputFormat.JSONL;
      }
      if (format == InputFormat.JSONL) {
        return new JsonLinesSource(input, in, new ArticleRecords(ids, options.fallbackPublished()), options.maxBytes());
      }
      return ResultSource.single(readWhole(input, format, in, ids));
    } catch (NoSuchFileException e) {
      InputStreams.closeQuietly(in);
      return ResultSource.single(new IngestResult.Failed(origin, "no such file"));
    } catch (IOException | UncheckedIOException e) {
      InputStreams.closeQuietly(in);
      return ResultSource.single(new IngestResult.Failed(origin, "cannot read: " + InputStreams.message(e)));
    }
  }

  /** A CSV file, parsed whole: one result per record, or one failure when the file is over its limit. */
  private ResultSource openCsv(Input input, IdAllocator ids) throws IOException {
    Path path = Objects.requireNonNull(input.path());
    long size = Files.size(path);
    long limit = Math.max(options.maxBytes(), Limits.CSV_FILE_LIMIT);
    if (size > limit) {
      return ResultSource.single(new IngestResult.Failed(Origin.of(input.name()), String.format(Locale.ROOT,
          "the CSV file is %d bytes, over the limit of %s for one CSV file; split it, or use JSON lines",
          size, Limits.human(limit))));
    }
    byte[] bytes;
    try (InputStream whole = Files.newInputStream(path)) {
      bytes = whole.readAllBytes();
    }
    return ResultSource.many(new CsvRecords(CsvRecords.TEXT_COLUMNS, options.maxBytes())
        .read(input, bytes, new ArticleRecords(ids, options.fallbackPublished())));
  }

  /** A text or HTML input read whole, up to the size limit; over it, a failure and no article. */
  private IngestResult readWhole(Input input, InputFormat format, InputStream in, IdAllocator ids) throws IOException {
    byte[] bytes;
    long limit = Math.min(options.maxBytes(), Limits.ARRAY_LIMIT);
    try (InputStream whole = in) {
      bytes = whole.readNBytes((int) Math.min(limit + 1, Limits.ARRAY_LIMIT));
    }
    if (bytes.length > limit) {
      return new IngestResult.Failed(Origin.of(input.name()), String.format(Locale.ROOT,
          "the input is over the limit of %s (%d bytes); reading stopped there; rejected, not truncated",
          Limits.human(limit), limit));
    }
    return documents.read(Origin.of(input.name()), format, bytes, () -> ids.allocate(input.baseId()));
  }

  private String tooLarge(String what, long size) {
    return Limits.tooLarge(what, size, options.maxBytes());
  }
}
