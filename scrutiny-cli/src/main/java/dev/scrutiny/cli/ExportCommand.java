package dev.scrutiny.cli;

import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.export.ClaimReviewExport;
import dev.scrutiny.corpus.export.CsvExport;
import dev.scrutiny.corpus.export.JsonlExport;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny export}: a corpus as JSON lines of the analyses, CSV files per layer, or schema.org
 * ClaimReview drafts for the check-worthy statements. Ids are the store's, stable across exports.
 *
 * <pre>{@code
 * scrutiny export --db war.db --format csv --out tables/
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Export a corpus: jsonl (analyses), csv (one file per layer in a directory), claimreview (JSON-LD drafts).")
final class ExportCommand implements Callable<Integer> {

  enum Format { jsonl, csv, claimreview }

  @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = "Corpus database (SQLite file or postgresql://…).")
  String db;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "jsonl, csv or claimreview.")
  Format format;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH", description = "Output file (a directory for csv).")
  Path out;

  @Option(names = "--min-checkworthiness", paramLabel = "SCORE",
      description = "ClaimReview drafts for statements scoring at least this (default: ${DEFAULT-VALUE}).")
  double minCheckworthiness = 0.5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (CorpusStore store = Corpus.open(db)) {
      switch (format) {
        case csv -> {
          Map<String, Long> counts = CsvExport.write(store, out);
          counts.forEach((file, n) -> err.printf("scrutiny: %s: %d rows%n", out.resolve(file), n));
        }
        case jsonl -> {
          try (Writer w = writer()) {
            err.printf("scrutiny: %d analyses written to %s%n", JsonlExport.write(store, w), out);
          }
        }
        case claimreview -> {
          try (Writer w = writer()) {
            err.printf("scrutiny: %d ClaimReview drafts written to %s%n",
                ClaimReviewExport.write(store, minCheckworthiness, w), out);
          }
        }
      }
    }
    err.flush();
    return 0;
  }

  private Writer writer() throws java.io.IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
