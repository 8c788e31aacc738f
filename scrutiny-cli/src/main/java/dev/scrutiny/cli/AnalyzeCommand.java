package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
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
import dev.scrutiny.ingest.Origin;
import dev.scrutiny.pipeline.Budget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import java.util.concurrent.Callable;
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

  /** More threads than this is a typing error, not a machine. */
  static final int MAX_THREADS = 4096;

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

  @Option(names = "--budget", paramLabel = "SECONDS",
      description = "Work allowed per article; an article over it fails with the reason (default: ${DEFAULT-VALUE}).")
  double budgetSeconds = Budget.DEFAULT.toSeconds();

  @Option(names = "--facts", paramLabel = "FILE",
      description = "Extra reference facts (TSV, see docs/checks.md) for the consistency checks.")
  Path facts;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra loaded terms (TSV, see docs/checks.md) for the vocabulary markers.")
  Path lexicon;

  @Option(names = "--persuasion", paramLabel = "RULE", defaultValue = "precision",
      description = "Which persuasion highlights to show: precision (default; at least half right in cross-validation) "
          + "or recall (thresholds tuned for F1: more techniques, more of them wrong).")
  dev.scrutiny.persuasion.PersuasionAnalyzer.Mode persuasion = dev.scrutiny.persuasion.PersuasionAnalyzer.Mode.PRECISION;

  @Option(names = "--encoder", description = EncoderOption.DESCRIPTION)
  boolean encoder;

  @Option(names = "--no-encoder", description = EncoderOption.NO_ENCODER_DESCRIPTION)
  boolean noEncoder;

  @Option(names = "--no-timings", description = "Leave per-analyzer timings out of JSON (reproducible output).")
  boolean noTimings;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Format fmt = format != null ? format : (Terminal.stdoutIsTerminal() && out == null ? Format.text : Format.json);
    CompletableFuture<Void> warmedUp = startWarmUp(fmt);
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options = validatedOptions();
    // a pipeline of the user's own is set up now (its options' errors come first); the default one is built on
    // the warm-up thread while this one sets up the reader and the report, and is taken only then
    Pipeline custom = isDefaultPipeline() ? null : pipeline();

    ArticleReader reader = new ArticleReader(options);
    IngestPlan plan = out == null ? reader.plan(paths) : OutPathGuard.withoutReport(out, reader.plan(paths));
    Progress progress = new Progress(err, plan.size(), Terminal.stderrIsTerminal());
    List<JsonRenderer.Failure> failures = new ArrayList<>();
    int[] counts = new int[2]; // analysed, skipped

    JsonRenderer json = JsonRenderer.defaults().withTokens(tokens).withTimings(!noTimings);
    Pipeline chosen = custom != null ? custom : pipeline();
    List<Analysis> kept = new ArrayList<>();
    try (ReportOutput w = out == null ? ReportOutput.stdout(spec.commandLine().getOut()) : ReportOutput.file(out);
         Sink sink = sink(fmt, w, json, kept)) {
      batch(chosen, custom == null ? warmedUp : null).run(reader, plan,
          new BudgetedBatch.Listener() {
            @Override
            public void analysed(Analysis analysis) throws IOException {
              sink.accept(analysis);
              counts[0]++;
              progress.article();
            }

            @Override
            public void failed(Origin origin, String reason) {
              failures.add(new JsonRenderer.Failure(origin.toString(), reason));
              progress.message("failed: " + origin + ": " + reason);
            }

            @Override
            public void skipped(Origin origin, String reason) {
              counts[1]++;
              progress.message("skipped: " + origin + " (" + reason + ")");
            }

            @Override
            public void nextInput() {
              progress.step();
            }
          });
      sink.finish(failures);
      w.commit();
    }
    progress.done();
    err.printf("scrutiny: %d analysed, %d failed, %d skipped%s%n", counts[0], failures.size(), counts[1],
        out != null ? "; report written to " + Terminal.escape(out.toString()) : "");
    err.flush();
    return failures.isEmpty() ? 0 : 1;
  }

  /**
   * Starts loading the default pipeline's models on another core while options and input are read (unless the
   * user's own facts or lexicon make another pipeline); for a JSON report, the JSON writer's serializers are built
   * there too rather than on this thread after the first analysis. Null when nothing was started. A warm-up that
   * {@link EarlyWarmUp} started before the command line was parsed is taken over.
   */
  private @Nullable CompletableFuture<Void> startWarmUp(Format fmt) {
    if (facts != null || lexicon != null || encoder || noEncoder) {
      return null;
    }
    return EarlyWarmUp.takeOrStart(fmt == Format.json || fmt == Format.jsonl);
  }

  /** The batch; with {@code warmedUp} it waits for that warm-up of its pipeline instead of repeating it. */
  private BudgetedBatch batch(Pipeline pipeline, @Nullable CompletableFuture<Void> warmedUp) {
    Duration budget = Duration.ofMillis(Math.round(budgetSeconds * 1000));
    return warmedUp == null ? new BudgetedBatch(pipeline, budget, threads)
        : new BudgetedBatch(pipeline, budget, threads, warmedUp::join);
  }

  /** The ingest options from the command line; a usage error (exit 2) names the bad option. */
  private IngestOptions validatedOptions() {
    IngestOptions options = IngestOptions.defaults();
    EncoderOption.checkExclusive(spec, encoder, noEncoder);
    try {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("--max-size must be positive, got " + maxBytes);
      }
      options = options.withMaxBytes(maxBytes);
      if (published != null) {
        String given = published;
        options = options.withFallbackPublished(PublishedParser.parse(given).orElseThrow(() ->
            new IllegalArgumentException("--published: not a date: '" + Terminal.escape(given)
                + "' (expected e.g. 2025-04-26)")));
      }
      if (threads < 1 || threads > MAX_THREADS) {
        throw new IllegalArgumentException("--threads must be between 1 and " + MAX_THREADS + ", got " + threads);
      }
      if (!(budgetSeconds >= 0.001 && budgetSeconds <= 86_400)) {
        throw new IllegalArgumentException("--budget must be between 0.001 and 86400 seconds, got " + budgetSeconds);
      }
      if (out != null) {
        String problem = OutPathGuard.problem(out, paths);
        if (problem != null) {
          throw new IllegalArgumentException(Terminal.escape(problem));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return options;
  }

  private boolean isDefaultPipeline() {
    return facts == null && lexicon == null && !encoder && !noEncoder
        && persuasion == dev.scrutiny.persuasion.PersuasionAnalyzer.Mode.PRECISION;
  }

  private Pipeline pipeline() {
    if (isDefaultPipeline()) {
      return Scrutiny.defaultPipeline();
    }
    try {
      ReferenceFacts f = ReferenceFacts.defaults();
      Lexicon l = Lexicon.defaults();
      if (facts != null) {
        f = f.with(ReferenceFacts.load(facts));
      }
      if (lexicon != null) {
        l = l.with(Lexicon.load(lexicon));
      }
      dev.scrutiny.text.@Nullable SentenceEncoder shared =
          encoder ? dev.scrutiny.text.CachingEncoder.of(EncoderOption.installed(spec)) : null;
      return Pipeline.of(withPersuasion(noEncoder ? Scrutiny.analyzersWithoutEncoder(f, l)
          : Scrutiny.analyzers(f, l, shared), shared));
    } catch (java.io.UncheckedIOException e) {
      String message = e.getCause() instanceof java.nio.charset.CharacterCodingException
          ? (facts != null ? "--facts " + facts : "--lexicon " + lexicon) + ": not UTF-8 text (a binary file?)"
          : e.getMessage();
      throw new CommandLine.ParameterException(spec.commandLine(), Terminal.escape(String.valueOf(message)));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), Terminal.escape(String.valueOf(e.getMessage())));
    }
  }

  /**
   * The analyzers with the persuasion analyzer using the {@code --persuasion} rule, and the genre analyzer reading
   * that analyzer's line scores (as the default pipeline's genre reads its own); {@code shared} is the encoder the
   * other analyzers use, if any.
   */
  private java.util.List<dev.scrutiny.pipeline.Analyzer<?>> withPersuasion(java.util.List<dev.scrutiny.pipeline.Analyzer<?>> in,
      dev.scrutiny.text.@Nullable SentenceEncoder shared) {
    // the encoder the replaced analyzer read (frames read the same one: each line encoded once)
    dev.scrutiny.text.SentenceEncoder encoder = in.stream()
        .filter(dev.scrutiny.persuasion.PersuasionAnalyzer.class::isInstance)
        .map(a -> ((dev.scrutiny.persuasion.PersuasionAnalyzer) a).encoder()).filter(java.util.Objects::nonNull)
        .findFirst().orElse(shared);
    dev.scrutiny.persuasion.PersuasionAnalyzer techniques = encoder == null
        ? new dev.scrutiny.persuasion.PersuasionAnalyzer(persuasion)
        : new dev.scrutiny.persuasion.PersuasionAnalyzer(encoder, persuasion);
    java.util.List<dev.scrutiny.pipeline.Analyzer<?>> out = new java.util.ArrayList<>(in);
    out.replaceAll(a -> a instanceof dev.scrutiny.persuasion.PersuasionAnalyzer ? techniques
        : a instanceof dev.scrutiny.persuasion.GenreAnalyzer ? new dev.scrutiny.persuasion.GenreAnalyzer(techniques) : a);
    return out;
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
            w.write("!! " + Terminal.escape(f.input() + ": " + f.reason()) + "\n");
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
