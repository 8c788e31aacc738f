package dev.scrutiny.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Published;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
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
 * <p>Article ids: a JSON line's {@code id}, else {@code file#line}; for other inputs the file name
 * without extension ({@code stdin} for standard input). Within one {@link #results} batch, repeated ids
 * get {@code -2}, {@code -3}… appended.
 *
 * <p>Instances are immutable and may be shared; each {@link #results} stream is single-threaded.
 */
public final class ArticleReader {

  private static final String STAGE = "ingest";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Whole inputs are read into one array: the limit Java arrays allow, whatever {@code maxBytes} says. */
  private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16;
  /** The largest CSV file read (it is parsed whole); each record's text is held to the usual limit. */
  static final long CSV_FILE_LIMIT = 256L * 1024 * 1024;
  private static final int MAX_TITLE_LENGTH = 300;
  private static final int MAX_ID_LENGTH = 200;
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1|section|header)\\b.*");

  private final IngestOptions options;
  private final InputStream stdin;

  /** A reader whose {@code -} is {@link System#in}. */
  public ArticleReader(IngestOptions options) {
    this(options, System.in);
  }

  /** A reader whose {@code -} reads {@code stdin} (tests, servers). */
  public ArticleReader(IngestOptions options, InputStream stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
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
    List<Input> inputs = new ArrayList<>();
    List<IngestResult> notRead = new ArrayList<>();
    boolean stdinSeen = false;
    for (String argument : arguments) {
      Objects.requireNonNull(argument, "argument");
      if (argument.equals(Input.STDIN)) {
        if (stdinSeen) {
          notRead.add(new IngestResult.Failed(Origin.of(Input.STDIN), "standard input named more than once"));
        } else {
          inputs.add(Input.stdin());
          stdinSeen = true;
        }
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (java.nio.file.InvalidPathException e) {
        notRead.add(new IngestResult.Failed(Origin.of(argument), "not a valid path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(path, realPath(path), inputs, notRead);
      } else if (Files.exists(path) && !Files.isRegularFile(path)) {
        notRead.add(new IngestResult.Failed(Origin.of(argument),
            "not a regular file (a pipe, device or socket); not read, so it cannot block the batch"));
      } else if (Files.exists(path)) {
        inputs.add(new Input(argument, path, InputFormat.ofFileName(fileName(path))));
      } else {
        notRead.add(new IngestResult.Failed(Origin.of(argument), "no such file or directory"));
      }
    }
    return new IngestPlan(inputs, notRead);
  }

  private static @Nullable Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** Whether {@code child}, a symbolic link, points outside the walked folder {@code root}. */
  private static boolean leavesTree(Path child, @Nullable Path root) {
    Path target = realPath(child);
    return root == null || target == null || !target.startsWith(root);
  }

  private static void walk(Path dir, @Nullable Path root, List<Input> inputs, List<IngestResult> notRead) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted((a, b) -> fileName(a).compareTo(fileName(b))).toList();
    } catch (IOException | UncheckedIOException e) {
      notRead.add(new IngestResult.Failed(Origin.of(dir.toString()), "cannot list the directory: " + message(e)));
      return;
    }
    for (Path child : children) {
      String name = fileName(child);
      Origin origin = Origin.of(child.toString());
      boolean directory = Files.isDirectory(child);
      if (name.startsWith(".")) {
        notRead.add(new IngestResult.Skipped(origin, directory ? "hidden directory, not walked" : "hidden file"));
      } else if (directory && Files.isSymbolicLink(child)) {
        notRead.add(new IngestResult.Skipped(origin, "symbolic link to a directory, not followed"));
      } else if (directory) {
        walk(child, root, inputs, notRead);
      } else if (Files.isSymbolicLink(child) && leavesTree(child, root)) {
        notRead.add(new IngestResult.Skipped(origin, "symbolic link to a file outside the folder, not followed"));
      } else if (!Files.isRegularFile(child)) {
        notRead.add(new IngestResult.Skipped(origin, "not a regular file"));
      } else if (InputFormat.ofFileName(name) == InputFormat.SNIFF) {
        notRead.add(new IngestResult.Skipped(origin,
            "unsupported file type (expected .txt, .html, .htm, .jsonl or .csv; name the file to read it anyway)"));
      } else {
        inputs.add(Input.of(child));
      }
    }
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

  /** Iterates the results of one input; may hold an open stream. */
  private interface ResultSource extends Iterator<IngestResult>, Closeable {
    @Override
    void close();
  }

  private static ResultSource single(IngestResult result) {
    return new ResultSource() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public IngestResult next() {
        if (done) {
          throw new NoSuchElementException();
        }
        done = true;
        return result;
      }

      @Override
      public void close() {}
    };
  }

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
        if (current != null) {
          current.close();
          current = null;
        }
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
        long size = Files.size(input.path());
        if (size > Math.max(options.maxBytes(), CSV_FILE_LIMIT)) {
          return single(new IngestResult.Failed(origin, String.format(Locale.ROOT,
              "the CSV file is %d bytes, over the limit of %s for one CSV file; split it, or use JSON lines",
              size, human(Math.max(options.maxBytes(), CSV_FILE_LIMIT)))));
        }
        byte[] bytes;
        try (InputStream whole = Files.newInputStream(input.path())) {
          bytes = whole.readAllBytes();
        }
        return many(csvRecords(input, bytes, ids));
      }
      if (input.path() != null && format != InputFormat.JSONL) {
        long size = Files.size(input.path());
        if (size > options.maxBytes()) {
          return single(new IngestResult.Failed(origin, tooLarge("the file", size)));
        }
      }
      in = new BufferedInputStream(input.path() == null ? nonClosing(stdin) : Files.newInputStream(input.path()),
          64 * 1024);
      if (format == InputFormat.SNIFF && looksLikeJsonLines(in)) {
        format = InputFormat.JSONL;
      }
      if (format == InputFormat.JSONL) {
        return new JsonLinesSource(input, in, ids);
      }
      byte[] bytes;
      long limit = Math.min(options.maxBytes(), ARRAY_LIMIT);
      try (InputStream whole = in) {
        bytes = whole.readNBytes((int) Math.min(limit + 1, ARRAY_LIMIT));
        if (bytes.length > limit) {
          return single(new IngestResult.Failed(origin, String.format(Locale.ROOT,
              "the input is over the limit of %s (%d bytes); reading stopped there; rejected, not truncated",
              human(limit), limit)));
        }
      }
      return single(readWhole(input, format, bytes, ids));
    } catch (NoSuchFileException e) {
      closeQuietly(in);
      return single(new IngestResult.Failed(origin, "no such file"));
    } catch (IOException | UncheckedIOException e) {
      closeQuietly(in);
      return single(new IngestResult.Failed(origin, "cannot read: " + message(e)));
    }
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
    return readDocument(Origin.of(name), format, bytes, () -> id);
  }

  private IngestResult readWhole(Input input, InputFormat format, byte[] bytes, IdAllocator ids) {
    return readDocument(Origin.of(input.name()), format, bytes, () -> ids.allocate(input.baseId()));
  }

  private IngestResult readDocument(Origin origin, InputFormat format, byte[] bytes,
                                    java.util.function.Supplier<String> ids) {
    List<Diagnostic> warnings = new ArrayList<>();
    String declared = format == InputFormat.TEXT ? null : HtmlExtractor.declaredCharset(bytes);
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decode(bytes, declared);
    } catch (RejectedInputException e) {
      return new IngestResult.Failed(origin, e.getMessage());
    }
    if (decoded.note() != null) {
      warnings.add(Diagnostic.of(STAGE, decoded.note()));
    }
    String text = decoded.text();
    if (format == InputFormat.SNIFF) {
      String head = text.length() > SNIFF_BYTES ? text.substring(0, SNIFF_BYTES) : text;
      if (head.stripLeading().startsWith("{")) {
        return new IngestResult.Failed(origin,
            "looks like JSON lines but is not UTF-8 (" + decoded.charset().name() + "); re-encode it as UTF-8");
      }
      format = HTML_START.matcher(head.replace('\uFEFF', ' ')).matches() ? InputFormat.HTML : InputFormat.TEXT;
    }
    String id = ids.get();
    return format == InputFormat.HTML
        ? fromHtml(id, origin, text, warnings)
        : fromText(id, origin, text, warnings);
  }

  private IngestResult fromText(String id, Origin origin, String raw, List<Diagnostic> warnings) {
    String text = normalize(raw);
    String problem = ProseCheck.problem(text);
    if (problem != null) {
      return new IngestResult.Failed(origin, problem);
    }
    String title = null;
    int firstBreak = text.indexOf('\n');
    if (firstBreak > 0 && firstBreak <= MAX_TITLE_LENGTH && text.startsWith("\n\n", firstBreak)) {
      title = SafeText.field(text.substring(0, firstBreak));
      text = text.substring(firstBreak + 2).strip();
    }
    if (text.isEmpty()) {
      return new IngestResult.Failed(origin, title == null ? "no text (the file is empty)" : "a title but no body text");
    }
    Article article = Article.builder(id, text).title(title).build();
    return loaded(article, origin, List.of(), warnings);
  }

  private IngestResult fromHtml(String id, Origin origin, String html, List<Diagnostic> warnings) {
    HtmlExtractor.Extracted x;
    try {
      x = HtmlExtractor.extract(html);
    } catch (RejectedInputException e) {
      return new IngestResult.Failed(origin, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new IngestResult.Failed(origin, "cannot extract the HTML page: " + e);
    } catch (OutOfMemoryError e) {
      return new IngestResult.Failed(origin, "out of memory while extracting the HTML page; the rest of the batch"
          + " goes on");
    }
    x.warnings().forEach(w -> warnings.add(Diagnostic.of(STAGE, w)));
    String text = normalize(x.text());
    if (text.isEmpty()) {
      return new IngestResult.Failed(origin, "no article text found in the HTML page");
    }
    String problem = ProseCheck.problem(text);
    if (problem != null) {
      return new IngestResult.Failed(origin, problem);
    }
    Article article = Article.builder(id, text).title(SafeText.field(x.title())).url(SafeText.field(x.url()))
        .source(SafeText.field(x.source())).author(SafeText.field(x.author()))
        .language(language(x.language(), warnings)).build();
    return loaded(article, origin, x.published(), warnings);
  }

  /**
   * Takes the first of the stated publication dates that parses (a warning names the first stated
   * one when none does), applies the fallback, and wraps up the result.
   */
  private IngestResult loaded(Article article, Origin origin, List<StatedDate> stated, List<Diagnostic> warnings) {
    Published p = null;
    for (StatedDate s : stated) {
      p = PublishedParser.parse(s.text()).map(d -> d.withSource(s.source())).orElse(null);
      if (p != null) {
        break;
      }
    }
    if (p == null && !stated.isEmpty()) {
      warnings.add(Diagnostic.of(STAGE, "unparseable publication date '" + SafeText.field(stated.getFirst().text())
          + "'; left empty"));
    }
    if (p == null && options.fallbackPublished() != null) {
      p = options.fallbackPublished().withSource(Published.Source.GIVEN);
    }
    return new IngestResult.Loaded(article.withPublished(p), origin, warnings);
  }

  private static List<StatedDate> stated(@Nullable String published) {
    return published == null || published.isBlank() ? List.of()
        : List.of(new StatedDate(published.strip(), Published.Source.GIVEN));
  }

  // --- CSV --------------------------------------------------------------------------------------

  private static ResultSource many(List<IngestResult> results) {
    Iterator<IngestResult> it = results.iterator();
    return new ResultSource() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public IngestResult next() {
        return it.next();
      }

      @Override
      public void close() {}
    };
  }

  /** One result per record of a CSV file with a header (see {@link InputFormat#CSV}). */
  private List<IngestResult> csvRecords(Input input, byte[] bytes, IdAllocator ids) {
    Origin whole = Origin.of(input.name());
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decode(bytes, null);
    } catch (RejectedInputException e) {
      return List.of(new IngestResult.Failed(whole, e.getMessage()));
    }
    List<CsvArticles.Row> rows = CsvArticles.parseRows(decoded.text().replace("\uFEFF", ""));
    if (rows.isEmpty()) {
      return List.of(new IngestResult.Failed(whole, "no text (the CSV file is empty)"));
    }
    List<String> header = rows.getFirst().cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int text = column(header, "text", "body");
    if (text < 0) {
      return List.of(new IngestResult.Failed(new Origin(input.name(), rows.getFirst().line()),
          "a CSV file needs a 'text' or 'body' column in its header; the header is " + header));
    }
    int id = column(header, "id");
    int title = column(header, "title", "headline");
    int url = column(header, "url", "link");
    int source = column(header, "source");
    int author = column(header, "author");
    int language = column(header, "language");
    int published = column(header, "published", "date");
    List<IngestResult> out = new ArrayList<>();
    for (CsvArticles.Row row : rows.subList(1, rows.size())) {
      Origin origin = new Origin(input.name(), row.line());
      List<String> cells = row.cells();
      if (cells.size() == 1 && cells.getFirst().isBlank()) {
        continue; // a blank line
      }
      if (cells.size() != header.size()) {
        out.add(new IngestResult.Failed(origin, "expected " + header.size() + " fields as in the header, got "
            + cells.size()));
        continue;
      }
      String raw = cells.get(text);
      if (raw.length() > options.maxBytes()) {
        out.add(new IngestResult.Failed(origin, tooLarge("the record's text", raw.length())));
        continue;
      }
      String body = normalize(raw);
      if (body.isEmpty()) {
        out.add(new IngestResult.Failed(origin, "column '" + header.get(text) + "' is empty"));
        continue;
      }
      String problem = ProseCheck.problem(body);
      if (problem != null) {
        out.add(new IngestResult.Failed(origin, problem));
        continue;
      }
      List<Diagnostic> warnings = new ArrayList<>();
      if (decoded.note() != null) {
        warnings.add(Diagnostic.of(STAGE, decoded.note()));
      }
      String givenId = cell(cells, id);
      String link = cell(cells, url);
      String wanted = givenId != null ? givenId : link != null ? link : input.baseId() + "#" + row.line();
      wanted = wanted.length() > MAX_ID_LENGTH ? wanted.substring(0, MAX_ID_LENGTH) : wanted;
      String allocated = ids.allocate(wanted);
      if (!allocated.equals(wanted)) {
        warnings.add(Diagnostic.of(STAGE, "duplicate id '" + wanted + "' renamed '" + allocated + "'"));
      }
      Article article = Article.builder(allocated, body)
          .title(cell(cells, title))
          .url(link)
          .source(cell(cells, source))
          .author(cell(cells, author))
          .language(language(cell(cells, language), warnings))
          .build();
      out.add(loaded(article, origin, stated(cell(cells, published)), warnings));
    }
    if (out.isEmpty()) {
      out.add(new IngestResult.Failed(whole, "the CSV file has a header but no records"));
    }
    return out;
  }

  private static int column(List<String> header, String... names) {
    for (String n : names) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static @Nullable String cell(List<String> cells, int column) {
    return column < 0 ? null : SafeText.field(cells.get(column));
  }

  // --- JSON lines -------------------------------------------------------------------------------

  private final class JsonLinesSource implements ResultSource {
    private final Input input;
    private final InputStream in;
    private final LineReader lines;
    private final IdAllocator ids;
    private final String base;
    private @Nullable IngestResult next;
    private boolean closed;

    JsonLinesSource(Input input, InputStream in, IdAllocator ids) throws IOException {
      this.input = input;
      this.in = in;
      this.lines = new LineReader(in, Math.min(options.maxBytes(), ARRAY_LIMIT));
      this.ids = ids;
      this.base = input.baseId();
      skipBom(in);
    }

    @Override
    public boolean hasNext() {
      while (next == null && !closed) {
        LineReader.Line line;
        try {
          line = lines.next();
        } catch (IOException e) {
          next = new IngestResult.Failed(Origin.of(input.name()), "cannot read: " + message(e));
          close();
          break;
        }
        if (line == null) {
          close();
          break;
        }
        next = parseLine(line);
      }
      return next != null;
    }

    @Override
    public IngestResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      IngestResult r = Objects.requireNonNull(next);
      next = null;
      return r;
    }

    /** The result for one line, or null for a blank line. */
    private @Nullable IngestResult parseLine(LineReader.Line line) {
      Origin origin = new Origin(input.name(), line.number());
      if (line.tooLong()) {
        return new IngestResult.Failed(origin, tooLarge("the line", line.length()));
      }
      byte[] bytes = Objects.requireNonNull(line.bytes());
      if (isBlank(bytes)) {
        return null;
      }
      JsonNode node;
      try {
        node = JSON.readTree(bytes);
      } catch (JsonProcessingException e) {
        return new IngestResult.Failed(origin, "not valid JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        return new IngestResult.Failed(origin, "not valid JSON: " + message(e));
      }
      if (node == null || !node.isObject()) {
        return new IngestResult.Failed(origin, "expected a JSON object, got " + kind(node));
      }
      List<Diagnostic> warnings = new ArrayList<>();
      JsonNode textNode = node.get("text");
      if (textNode == null || textNode.isNull()) {
        return new IngestResult.Failed(origin, "missing the required field \"text\"");
      }
      if (!textNode.isTextual()) {
        return new IngestResult.Failed(origin, "field \"text\" must be a string, got " + kind(textNode));
      }
      String text = normalize(textNode.asText());
      if (text.isEmpty()) {
        return new IngestResult.Failed(origin, "field \"text\" is empty");
      }
      String problem = ProseCheck.problem(text);
      if (problem != null) {
        return new IngestResult.Failed(origin, problem);
      }
      String givenId = field(node, "id", warnings);
      String wanted = givenId != null ? givenId : base + "#" + line.number();
      wanted = wanted.length() > MAX_ID_LENGTH ? wanted.substring(0, MAX_ID_LENGTH) : wanted;
      String id = ids.allocate(wanted);
      if (givenId != null && !id.equals(givenId)) {
        warnings.add(Diagnostic.of(STAGE, "duplicate id '" + givenId + "' renamed '" + id + "'"));
      }
      Article article = Article.builder(id, text)
          .title(field(node, "title", warnings))
          .url(field(node, "url", warnings))
          .source(field(node, "source", warnings))
          .author(field(node, "author", warnings))
          .language(language(field(node, "language", warnings), warnings))
          .build();
      return loaded(article, origin, stated(field(node, "published", warnings)), warnings);
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        closeQuietly(in);
      }
    }
  }

  /** A string field (numbers and booleans as text, an array of strings joined by ", "), or null. */
  private static @Nullable String field(JsonNode node, String name, List<Diagnostic> warnings) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isValueNode()) {
      return SafeText.field(v.asText());
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        String part = e.isValueNode() ? SafeText.field(e.asText()) : null;
        if (part != null) {
          parts.add(part);
        }
      }
      if (parts.size() == v.size() || allValues(v)) {
        return parts.isEmpty() ? null : String.join(", ", parts);
      }
    }
    warnings.add(Diagnostic.of(STAGE, "ignored field \"" + name + "\": expected a string, got " + kind(v)));
    return null;
  }

  private static boolean allValues(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isValueNode()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A language tag reduced to its ISO 639 code ({@code en-GB} → {@code en}); a warning and null (so the
   * language is identified from the text) when it is no known code.
   */
  private static @Nullable String language(@Nullable String tag, List<Diagnostic> warnings) {
    if (tag == null) {
      return null;
    }
    String code = HtmlExtractor.language(tag);
    if (code == null) {
      warnings.add(Diagnostic.of(STAGE, "ignored language '" + tag + "': not a language code like 'en' or 'ru-RU';"
          + " the language is identified from the text"));
    } else if (!Languages.known(code)) {
      warnings.add(Diagnostic.of(STAGE, "ignored language '" + tag + "': '" + code + "' is not an ISO 639 language"
          + " code; the language is identified from the text"));
      return null;
    }
    return code;
  }

  // --- helpers ----------------------------------------------------------------------------------

  /**
   * Clean text: {@code \r\n} and {@code \r} become {@code \n}, a leading byte-order mark and control
   * characters other than tab and newline go, trailing spaces on each line go, runs of blank lines
   * become one blank line (the paragraph separator), and the whole is stripped.
   */
  static String normalize(String raw) {
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length());
    boolean started = false;
    boolean blank = false;
    for (String line : s.split("\n", -1)) {
      String clean = withoutControls(line).stripTrailing();
      if (clean.isBlank()) {
        blank = started;
        continue;
      }
      if (started) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(clean);
      started = true;
      blank = false;
    }
    return out.toString().strip();
  }

  private static String withoutControls(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean drop = SafeText.dropFromBody(c);
      if (drop && out == null) {
        out = new StringBuilder(line.length()).append(line, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? line : out.toString();
  }

  private boolean looksLikeJsonLines(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '{';
  }

  private static void skipBom(InputStream in) throws IOException {
    in.mark(3);
    byte[] b = in.readNBytes(3);
    if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
      in.reset();
    }
  }

  private String tooLarge(String what, long size) {
    return String.format(Locale.ROOT, "%s is %s (%d bytes), over the limit of %s (%d bytes); rejected, not truncated",
        what, human(size), size, human(options.maxBytes()), options.maxBytes());
  }

  private static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String kind(@Nullable JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String fileName(Path p) {
    Path f = p.getFileName();
    return f == null ? p.toString() : f.toString();
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  private static void closeQuietly(@Nullable InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // nothing more to release; the read result already says what went wrong
      }
    }
  }

  /** Standard input must stay open for the JVM's later users. */
  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
