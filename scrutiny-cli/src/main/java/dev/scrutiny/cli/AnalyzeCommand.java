package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.checks.ReferenceFacts;
import dev.scrutiny.markers.Lexicon;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.ingest.PublishedParser;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestPlan;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.render.HtmlRenderer;
import dev.scrutiny.render.JsonRenderer;
import dev.scrutiny.render.TextRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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
 * {@code scrutiny analyze}: reads articles, runs the default pipeline on each and writes one report.
 *
 * <pre>{@code
 * scrutiny analyze --format html --out report.html examples/
 * }</pre>
 *
 * Inputs that cannot be read are reported on stderr with their path and reason; the others are still
 * analysed. Exit code 1 when any input failed, 2 on usage errors.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyse articles (files, directories, or - for stdin) and write a report.")
final class AnalyzeCommand implements Callable<Integer> {

  enum Format { json, jsonl, html, text }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (recursive) or - for stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "json, jsonl, html or text (default: text on a terminal, else json).")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
  Path out;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (ISO) for articles that state none.")
  String published;

  @Option(names = "--tokens", description = "Include the token layer in JSON output.")
  boolean tokens;

  @Option(names = "--max-size", paramLabel = "BYTES", description = "Reject inputs larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--facts", paramLabel = "FILE",
      description = "Extra reference facts (TSV, see docs/checks.md) for the consistency checks.")
  Path facts;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra loaded terms (TSV, see docs/checks.md) for the vocabulary markers.")
  Path lexicon;

  @Option(names = "--no-timings", description = "Leave per-analyzer timings out of JSON (reproducible output).")
  boolean noTimings;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (facts == null && lexicon == null) {
      Scrutiny.warmUpInBackground(); // models load on another core while options and input are read
    }
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options = IngestOptions.defaults();
    try {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("--max-size must be positive, got " + maxBytes);
      }
      options = options.withMaxBytes(maxBytes);
      if (published != null) {
        String given = published;
        options = options.withFallbackPublished(PublishedParser.parse(given).orElseThrow(() ->
            new IllegalArgumentException("--published: not a date: '" + given + "' (expected e.g. 2025-04-26)")));
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Pipeline pipeline = Scrutiny.defaultPipeline();
    if (facts != null || lexicon != null) {
      try {
        ReferenceFacts f = ReferenceFacts.defaults();
        Lexicon l = Lexicon.defaults();
        if (facts != null) {
          f = f.with(ReferenceFacts.load(facts));
        }
        if (lexicon != null) {
          l = l.with(Lexicon.load(lexicon));
        }
        pipeline = Pipeline.of(Scrutiny.analyzers(f, l));
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    Pipeline chosen = pipeline;
    Format fmt = format != null ? format : (Terminal.stdoutIsTerminal() && out == null ? Format.text : Format.json);

    ArticleReader reader = new ArticleReader(options);
    IngestPlan plan = reader.plan(paths);
    Progress progress = new Progress(err, plan.size(), Terminal.stderrIsTerminal());
    List<JsonRenderer.Failure> failures = new ArrayList<>();
    int ok = 0;
    int skipped = 0;

    JsonRenderer json = JsonRenderer.defaults().withTokens(tokens).withTimings(!noTimings);
    List<Analysis> kept = new ArrayList<>();
    try (Writer w = openOut(); Sink sink = sink(fmt, w, json, kept)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "scrutiny-analyze");
        t.setDaemon(true);
        return t;
      });
      try {
        ArrayDeque<Future<Analysis>> window = new ArrayDeque<>();
        String currentInput = null;
        try (Stream<IngestResult> results = reader.results(plan)) {
          for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
            String input = r.origin().input();
            if (currentInput != null && !input.equals(currentInput)) {
              progress.step();
            }
            currentInput = input;
            switch (r) {
              case IngestResult.Loaded l -> window.add(pool.submit(() -> analyse(chosen, l)));
              case IngestResult.Failed f -> {
                failures.add(new JsonRenderer.Failure(f.origin().toString(), f.reason()));
                progress.message("failed: " + f);
              }
              case IngestResult.Skipped s -> {
                skipped++;
                progress.message("skipped: " + s.origin() + " (" + s.reason() + ")");
              }
            }
            while (window.size() > threads * 4) {
              sink.accept(take(window));
              ok++;
              progress.article();
            }
          }
        }
        if (currentInput != null) {
          progress.step();
        }
        while (!window.isEmpty()) {
          sink.accept(take(window));
          ok++;
          progress.article();
        }
      } finally {
        pool.shutdownNow();
      }
      sink.finish(failures);
    }
    progress.done();
    err.printf("scrutiny: %d analysed, %d failed, %d skipped%s%n", ok, failures.size(), skipped,
        out != null ? "; report written to " + out : "");
    err.flush();
    return failures.isEmpty() ? 0 : 1;
  }

  private static Analysis analyse(Pipeline pipeline, IngestResult.Loaded l) {
    Analysis a = Scrutiny.analyze(pipeline, l.article());
    for (Diagnostic d : l.warnings()) {
      a = a.with(d);
    }
    return a;
  }

  private static Analysis take(ArrayDeque<Future<Analysis>> window) throws InterruptedException {
    try {
      return window.poll().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OutOfMemoryError) {
        throw new IllegalStateException("out of memory while analysing (the models need about 400 MB of heap, plus the"
            + " articles in flight): give Java more, e.g. SCRUTINY_JAVA_OPTS=-Xmx2g ./scrutiny analyze …, or use --threads 1",
            e.getCause());
      }
      // the pipeline turns analyzer failures into diagnostics; anything here is a bug
      throw new IllegalStateException("analysis crashed: " + e.getCause(), e.getCause());
    }
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
          stdout.flush(); // never close stdout
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
  }

  /** Where analyses go as they complete. */
  private interface Sink extends AutoCloseable {
    void accept(Analysis a) throws IOException;

    void finish(List<JsonRenderer.Failure> failures) throws IOException;

    @Override
    default void close() {}
  }

  private static Sink sink(Format fmt, Writer w, JsonRenderer json, List<Analysis> kept) {
    return switch (fmt) {
      case jsonl -> new Sink() {
        public void accept(Analysis a) throws IOException {
          w.write(json.toJsonLine(a));
          w.write('\n');
        }

        public void finish(List<JsonRenderer.Failure> failures) throws IOException {
          w.flush();
        }
      };
      case text -> new Sink() {
        final TextRenderer text = TextRenderer.defaults();

        public void accept(Analysis a) throws IOException {
          w.write(text.render(a));
          w.write('\n');
        }

        public void finish(List<JsonRenderer.Failure> failures) throws IOException {
          for (JsonRenderer.Failure f : failures) {
            w.write("!! " + f.input() + ": " + f.reason() + "\n");
          }
          w.flush();
        }
      };
      case json -> new Sink() {
        public void accept(Analysis a) {
          kept.add(a);
        }

        public void finish(List<JsonRenderer.Failure> failures) throws IOException {
          json.writeDocument(kept, failures, w);
          w.write('\n');
          w.flush();
        }
      };
      case html -> new Sink() {
        public void accept(Analysis a) {
          kept.add(a);
        }

        public void finish(List<JsonRenderer.Failure> failures) throws IOException {
          HtmlRenderer.defaults().write(kept, failures, w);
        }
      };
    };
  }
}
