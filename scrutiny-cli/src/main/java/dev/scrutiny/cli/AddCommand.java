package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.corpus.AddOutcome;
import dev.scrutiny.corpus.ArticleIds;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.ingest.CorpusInputs;
import dev.scrutiny.corpus.web.FetchPolicy;
import dev.scrutiny.corpus.web.Fetcher;
import dev.scrutiny.corpus.web.WebArticles;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.PublishedParser;
import dev.scrutiny.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * {@code scrutiny add}: reads articles (everything {@code analyze} reads, plus URLs, RSS/Atom feeds,
 * WARC archives and .gz files), analyses those not yet stored and commits each to the corpus.
 *
 * <pre>{@code
 * scrutiny add --db war.db examples/ https://news.example/feed.xml crawl.warc.gz
 * }</pre>
 *
 * Articles already stored (same text) are not analysed again, so an interrupted batch is resumed by
 * running the same command. Exit code 1 when any input failed, 2 on usage errors.
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyse articles (files, directories, URLs, feeds, WARC archives, .gz) into a corpus database.")
final class AddCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories, - for stdin, http(s) URLs of articles or feeds.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--db", required = true, paramLabel = "FILE|URL",
      description = "Corpus database: a SQLite file (created if missing) or postgresql://user:pw@host/db.")
  String db;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (ISO) for articles that state none.")
  String published;

  @Option(names = "--allow-private", description = "Also fetch from private, loopback and link-local addresses (local servers).")
  boolean allowPrivate;

  @Option(names = "--delay", paramLabel = "MS", description = "Pause between two requests to one host (default: ${DEFAULT-VALUE} ms).")
  long delayMillis = 1000;

  @Option(names = "--max-size", paramLabel = "BYTES", description = "Reject inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--encoder", description = EncoderOption.DESCRIPTION)
  boolean encoder;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Counts for the summary. */
  private int added;
  private int revisions;
  private int present;
  private int skipped;
  private final List<String> failures = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options = options();
    ArticleReader reader = new ArticleReader(options);
    FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(allowPrivate).withMaxBytes(maxBytes)
        .withPerHostDelay(Duration.ofMillis(delayMillis));
    CorpusInputs.Plan plan = new CorpusInputs(reader, new WebArticles(new Fetcher(policy), reader)).plan(inputs);
    Pipeline pipeline = EncoderOption.pipeline(spec, encoder);
    Provenance provenance = Provenance.current(pipeline);
    AddProgress progress = new AddProgress(err, plan.sources().size(), Terminal.stderrIsTerminal());
    for (IngestResult r : plan.notRead()) {
      note(r, progress);
    }
    try (CorpusStore store = Corpus.open(db)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "scrutiny-add");
        t.setDaemon(true);
        return t;
      });
      try {
        ArrayDeque<Pending> window = new ArrayDeque<>();
        for (CorpusInputs.Source source : plan.sources()) {
          try (Stream<IngestResult> results = source.results().get()) {
            for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
              if (r instanceof IngestResult.Loaded l) {
                if (store.containsText(l.article().text())) {
                  present++;
                  progress.article();
                } else {
                  window.add(new Pending(l.origin().toString(), pool.submit(() -> analyse(pipeline, l))));
                }
              } else {
                note(r, progress);
              }
              while (window.size() > threads * 2) {
                store(store, window.poll(), provenance, progress);
              }
            }
          }
          progress.input();
        }
        while (!window.isEmpty()) {
          store(store, window.poll(), provenance, progress);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    progress.done();
    summary(err, progress.seconds());
    return failures.isEmpty() ? 0 : 1;
  }

  private IngestOptions options() {
    try {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("--max-size must be positive, got " + maxBytes);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
      }
      if (delayMillis < 0) {
        throw new IllegalArgumentException("--delay must be >= 0, got " + delayMillis);
      }
      IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes);
      if (published != null) {
        String given = published;
        options = options.withFallbackPublished(PublishedParser.parse(given).orElseThrow(() ->
            new IllegalArgumentException("--published: not a date: '" + given + "' (expected e.g. 2025-04-26)")));
      }
      return options;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private record Pending(String origin, Future<Analysis> analysis) {}

  private static Analysis analyse(Pipeline pipeline, IngestResult.Loaded l) {
    Article article = l.article().withId(ArticleIds.of(l.article().text()));
    Analysis a = Scrutiny.analyze(pipeline, article);
    for (Diagnostic d : l.warnings()) {
      a = a.with(d);
    }
    return a;
  }

  private void store(CorpusStore store, Pending p, Provenance provenance, AddProgress progress)
      throws InterruptedException {
    Analysis analysis;
    try {
      analysis = p.analysis().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OutOfMemoryError) {
        throw new IllegalStateException("out of memory while analysing: give Java more, e.g."
            + " SCRUTINY_JAVA_OPTS=-Xmx2g, or use --threads 1", cause);
      }
      throw new IllegalStateException("analysis crashed on " + p.origin() + ": " + cause, cause);
    }
    AddOutcome o = store.add(analysis, provenance, p.origin());
    switch (o.status()) {
      case ADDED -> added++;
      case REVISION -> {
        added++;
        revisions++;
      }
      case PRESENT -> present++;
    }
    progress.article();
  }

  private void note(IngestResult r, AddProgress progress) {
    switch (r) {
      case IngestResult.Failed f -> {
        failures.add(f.toString());
        progress.message("failed: " + f);
      }
      case IngestResult.Skipped s -> {
        skipped++;
        progress.message("skipped: " + s.origin() + " (" + s.reason() + ")");
      }
      case IngestResult.Loaded l -> throw new IllegalArgumentException("not a note: " + l.origin());
    }
  }

  private void summary(PrintWriter err, double seconds) {
    int stored = added + present;
    err.printf(Locale.ROOT, "scrutiny: %d added (%d new revisions), %d already present, %d failed, %d skipped"
            + " in %.1f s (%.1f articles/s) into %s%n", added, revisions, present, failures.size(), skipped, seconds,
        seconds > 0 ? stored / seconds : 0.0, Corpus.isPostgres(db) ? "PostgreSQL" : db);
    for (String f : failures) {
      err.println("  failed: " + f);
    }
    if (added > 0) {
      // the stories are compared over the whole corpus (docs/stories.md): a refresh, not a per-article step
      err.println("scrutiny: new articles join the stories when 'scrutiny stories --db' runs again");
    }
    err.flush();
  }
}
