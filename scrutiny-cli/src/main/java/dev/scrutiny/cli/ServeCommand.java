package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.web.FetchPolicy;
import dev.scrutiny.corpus.web.Fetcher;
import dev.scrutiny.corpus.web.WebArticles;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.server.ScrutinyServer;
import dev.scrutiny.server.ServerOptions;
import dev.scrutiny.server.UrlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny serve}: the REST API and the web app over one corpus, until interrupted.
 *
 * <pre>{@code
 * scrutiny serve --db war.db                       # http://127.0.0.1:8080/, read-only
 * scrutiny serve --db war.db --allow-add --port 9000
 * scrutiny serve --db war.db --host 0.0.0.0 --token "$(openssl rand -hex 16)"
 * }</pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Serve a corpus: a web app (search, articles, speakers, places, outlets, checks) and a JSON API "
        + "documented at /openapi.json.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, paramLabel = "FILE|URL",
      description = "Corpus database: a SQLite file made by 'scrutiny add', or postgresql://user:pw@host/db.")
  String db;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}; "
      + "any other than loopback needs --token).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Access token required on every request "
      + "(Authorization: Bearer TOKEN, or open the printed link once in a browser). Also read from SCRUTINY_TOKEN.")
  String token = System.getenv("SCRUTINY_TOKEN");

  @Option(names = "--allow-add", description = "Allow adding pasted text or URLs from the app and POST /api/articles.")
  boolean allowAdd;

  @Option(names = "--allow-private", description = "With --allow-add: also fetch URLs on private, loopback and "
      + "link-local addresses.")
  boolean allowPrivate;

  @Option(names = "--encoder", description = EncoderOption.DESCRIPTION)
  boolean encoder;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ServerOptions options;
    try {
      options = new ServerOptions(host, port, token == null || token.isBlank() ? null : token, allowAdd,
          ServerOptions.DEFAULT_MAX_BODY);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!Corpus.isPostgres(db) && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(db)) && !allowAdd) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no corpus at " + Terminal.escape(db)
          + ": make one with 'scrutiny add --db " + Terminal.escape(db) + " PATH…' (or pass --allow-add to start empty)");
    }
    err.println("scrutiny: loading models…");
    err.flush();
    CountDownLatch stop = new CountDownLatch(1);
    try (CorpusStore store = Corpus.open(db);
         ScrutinyServer server = ScrutinyServer.start(store, EncoderOption.pipeline(spec, encoder), options,
             allowAdd ? urlReader(allowPrivate) : null)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "scrutiny-serve-stop"));
      String link = server.uri() + (options.token() == null ? "" : "?token=" + options.token());
      err.println("scrutiny: serving " + store.count() + " articles from " + Terminal.escape(db) + " at " + link
          + (allowAdd ? " (adding allowed)" : " (read-only)") + "; Ctrl-C stops");
      err.flush();
      stop.await();
    }
    return 0;
  }

  private static UrlReader urlReader(boolean allowPrivate) {
    WebArticles web = new WebArticles(new Fetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivate)),
        new ArticleReader(IngestOptions.defaults()));
    return url -> {
      List<IngestResult> results;
      try (Stream<IngestResult> s = web.read(url)) {
        results = s.toList();
      }
      for (IngestResult r : results) {
        if (r instanceof IngestResult.Loaded l) {
          return l.article();
        }
      }
      throw new IOException(results.isEmpty() ? "nothing readable at " + url : results.get(0).toString());
    };
  }
}
