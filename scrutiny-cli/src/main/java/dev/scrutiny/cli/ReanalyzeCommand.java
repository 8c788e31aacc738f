package dev.scrutiny.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.StoredArticle;
import dev.scrutiny.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny reanalyze}: analyses again the stored articles whose analysis was made by another
 * Scrutiny version or other models (all of them with {@code --all}); each replaced in one transaction.
 *
 * <pre>{@code
 * scrutiny reanalyze --db war.db
 * }</pre>
 */
@Command(name = "reanalyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Refresh the analyses of a corpus made by older versions or models.")
final class ReanalyzeCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = "Corpus database (SQLite file or postgresql://…).")
  String db;

  @Option(names = "--all", description = "Analyse every article again, not only those made by older models.")
  boolean all;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--encoder", description = EncoderOption.DESCRIPTION)
  boolean encoder;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = EncoderOption.pipeline(spec, encoder);
    Provenance current = Provenance.current(pipeline);
    long start = System.nanoTime();
    int done = 0;
    try (CorpusStore store = Corpus.open(db)) {
      List<String> ids = all ? allIds(store) : store.staleIds(current);
      AddProgress progress = new AddProgress(err, ids.size(), Terminal.stderrIsTerminal());
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "scrutiny-reanalyze");
        t.setDaemon(true);
        return t;
      });
      try {
        ArrayDeque<Future<Analysis>> window = new ArrayDeque<>();
        for (String id : ids) {
          StoredArticle stored = store.article(id).orElseThrow();
          Article article = article(stored);
          window.add(pool.submit(() -> Scrutiny.analyze(pipeline, article)));
          while (window.size() > threads * 2) {
            replace(store, window.poll().get(), current);
            done++;
            progress.input();
          }
        }
        while (!window.isEmpty()) {
          replace(store, window.poll().get(), current);
          done++;
          progress.input();
        }
      } finally {
        pool.shutdownNow();
      }
      progress.done();
      err.printf(Locale.ROOT, "scrutiny: %d analyses refreshed, %d already current, in %.1f s%n", done,
          store.count() - done, (System.nanoTime() - start) / 1e9);
    }
    err.flush();
    return 0;
  }

  private static List<String> allIds(CorpusStore store) {
    List<String> ids = new java.util.ArrayList<>();
    store.forEachArticle(a -> ids.add(a.id()));
    return ids;
  }

  private static void replace(CorpusStore store, Analysis analysis, Provenance provenance) {
    store.replaceAnalysis(analysis.article().id(), analysis, provenance);
  }

  /** The article as first read, from its stored analysis. */
  static Article article(StoredArticle stored) throws Exception {
    JsonNode json = JSON.readTree(stored.analysisJson());
    String published = text(json, "published");
    return Article.builder(stored.id(), json.path("text").asText()).title(text(json, "title")).url(text(json, "url"))
        .source(text(json, "source")).author(text(json, "author"))
        .published(published == null ? null : Published.parse(published)).language(text(json, "language")).build();
  }

  private static String text(JsonNode json, String field) {
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
