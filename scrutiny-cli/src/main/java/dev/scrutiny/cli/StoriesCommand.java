package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.CorpusStories;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.PublishedParser;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.stories.CrossSource;
import dev.scrutiny.stories.CrossSourceReport;
import dev.scrutiny.stories.Digest;
import dev.scrutiny.stories.StoriesHtml;
import dev.scrutiny.stories.StoriesJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scrutiny stories}: analyses articles and compares them across sources: stories, copies and
 * rewrites, statements as each outlet reports them, contradictions, updates and agreements, outlets.
 *
 * <pre>{@code
 * scrutiny stories --format html --out stories.html scrutiny-core/src/test/resources/stories/war-stories.jsonl
 * scrutiny stories --db war.db --out stories.json     # a corpus: compared, and the results stored in it
 * }</pre>
 */
@Command(name = "stories", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Group articles into stories across outlets and compare their accounts: copies, aligned "
        + "statements, contradictions, updates, agreements, outlet profiles.")
final class StoriesCommand implements Callable<Integer> {

  enum Format { json, html }

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories (recursive) to analyse.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--db", paramLabel = "FILE|URL", description = "Compare the articles of a corpus store (their stored "
      + "analyses, not analysed again) instead of files, and store the stories, copies, statements and findings "
      + "in it for the web app (replacing those of the previous run).")
  String db;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (default) or html.")
  Format format = Format.json;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
  Path out;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (ISO) for articles that state none.")
  String published;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (db != null) {
      if (!paths.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give PATHs or --db " + db + ", not both");
      }
      if (published != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--published applies to files, not to --db");
      }
      return fromStore(err);
    }
    if (paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give at least one PATH (or --db FILE)");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    IngestOptions options = IngestOptions.defaults();
    if (published != null) {
      String given = published;
      options = options.withFallbackPublished(PublishedParser.parse(given).orElseThrow(() ->
          new CommandLine.ParameterException(spec.commandLine(), "--published: not a date: '" + given + "'")));
    }
    List<StoriesJson.Failure> failures = new ArrayList<>();
    List<Analysis> analyses = analyse(new ArticleReader(options), failures, err);
    analyses.sort(Comparator.comparing((Analysis a) -> time(a.article()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> a.article().id()));
    CrossSource cs = new CrossSource();
    analyses.forEach(cs::add);
    CrossSourceReport report = cs.report();
    write(report, cs.digests(), failures);
    err.printf("scrutiny: %d articles, %d stories, %d copies, %d contradictions, %d updates, %d agreements; %d failed%s%n",
        analyses.size(), report.stories().size(), report.duplicates().size(), report.contradictions().size(),
        report.updates().size(), report.agreements().size(), failures.size(), out != null ? "; written to " + out : "");
    err.flush();
    return failures.isEmpty() ? 0 : 1;
  }

  /**
   * The articles of a corpus store (latest revisions), read back from their stored analyses, compared,
   * written like the files' report, and stored as results for the web app.
   */
  private int fromStore(PrintWriter err) throws IOException {
    if (!Corpus.isPostgres(db) && !Files.isRegularFile(Path.of(db))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db " + db + ": no such corpus file");
    }
    try (CorpusStore store = Corpus.open(db)) {
      CorpusStories.Run run = CorpusStories.compare(store, line -> {
        err.println("scrutiny: " + line);
        err.flush();
      });
      run.failures().forEach(f -> err.println("failed: " + f.reason()));
      CrossSourceReport report = run.report();
      long t = System.nanoTime();
      List<CrossSourceResult> results = CorpusStories.results(report);
      store.replaceResults(results);
      long stored = System.nanoTime() - t;
      write(report, run.digests(), run.failures());
      err.printf(Locale.ROOT, "scrutiny: %d articles (%d older revisions left out), %d stories, %d copies, %d contradictions, "
              + "%d updates, %d agreements; %d failed; %d results stored in %s%s%n", run.digests().size(), run.older(),
          report.stories().size(), report.duplicates().size(), report.contradictions().size(), report.updates().size(),
          report.agreements().size(), run.failures().size(), results.size(), db, out != null ? "; written to " + out : "");
      err.printf(Locale.ROOT, "scrutiny: read %.1f s, compared %.1f s, stored %.1f s%n", run.readNanos() / 1e9,
          run.compareNanos() / 1e9, stored / 1e9);
      err.flush();
      return run.failures().isEmpty() ? 0 : 1;
    }
  }

  private void write(CrossSourceReport report, List<Digest> digests, List<StoriesJson.Failure> failures)
      throws IOException {
    try (Writer w = openOut()) {
      if (format == Format.html) {
        w.write(StoriesHtml.render(report, digests));
      } else {
        StoriesJson.write(report, failures, w);
        w.write('\n');
      }
    }
  }

  private List<Analysis> analyse(ArticleReader reader, List<StoriesJson.Failure> failures, PrintWriter err)
      throws InterruptedException {
    Pipeline pipeline = Scrutiny.defaultPipeline();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "scrutiny-stories");
      t.setDaemon(true);
      return t;
    });
    List<Future<Analysis>> futures = new ArrayList<>();
    try {
      try (Stream<IngestResult> results = reader.results(reader.plan(paths))) {
        for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
          switch (r) {
            case IngestResult.Loaded l -> futures.add(pool.submit(() -> Scrutiny.analyze(pipeline, l.article())));
            case IngestResult.Failed f -> {
              failures.add(new StoriesJson.Failure(f.origin().toString(), f.reason()));
              err.println("failed: " + f);
            }
            case IngestResult.Skipped s -> err.println("skipped: " + s.origin() + " (" + s.reason() + ")");
          }
        }
      }
      List<Analysis> out = new ArrayList<>(futures.size());
      for (Future<Analysis> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("analysis crashed: " + e.getCause(), e.getCause());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static LocalDateTime time(Article a) {
    if (a.published() == null) {
      return null;
    }
    LocalDateTime t = Digest.instant(a.published());
    return t != null ? t : a.published().date().atStartOfDay();
  }

  private Writer openOut() throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          stdout.write(cbuf, off, len);
        }

        @Override
        public void flush() {
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
  }
}
