package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.checks.CheckAnalyzer;
import dev.scrutiny.checks.CheckEvaluation;
import dev.scrutiny.checks.CheckKind;
import dev.scrutiny.ingest.CsvArticles;
import dev.scrutiny.checks.ReferenceFacts;
import dev.scrutiny.checks.Severity;
import dev.scrutiny.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny eval checks --corpus FILE…}: runs the consistency checks over CSV corpora of consistent
 * text (press releases) and prints how often they fire, per 1,000 sentences by kind and severity, the
 * share of articles with an ERROR, and a sample of firings to read. The last line is the headline figure.
 *
 * <pre>{@code
 * scrutiny eval checks --corpus data/war/kremlin_press_releases_en.csv data/war/zelenskyy_press_releases_en.csv
 * }</pre>
 *
 * Checks whose layers no analyzer in the default pipeline produces yet are skipped, and said so.
 */
@Command(name = "checks", mixinStandardHelpOptions = true,
    description = "Count consistency-check firings on consistent text (a false-alarm rate).")
final class EvalChecksCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", arity = "1..*", required = true, paramLabel = "FILE",
      description = "CSV files with a header naming body (and link, headline, date)")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--facts", paramLabel = "FILE", description = "extra reference-fact TSV added to the bundled table")
  Path facts;

  @Option(names = "--limit", paramLabel = "N", description = "read at most N articles per file (default: all)")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--sample", paramLabel = "N", description = "firings to print (default: ${DEFAULT-VALUE})")
  int sample = 25;

  @Option(names = "--shift-days", paramLabel = "N",
      description = "recall probe: move every publication date by N days, planting a date inconsistency in each "
          + "article that counts days, weeks or years (default: 0)")
  int shiftDays;

  @Option(names = "--seed", description = "sampling seed (default: ${DEFAULT-VALUE})")
  long seed = 7;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReferenceFacts table = ReferenceFacts.defaults();
    List<Article> articles = new ArrayList<>();
    try {
      if (facts != null) {
        table = table.with(ReferenceFacts.load(facts));
      }
      for (Path p : corpus) {
        List<Article> a = CsvArticles.read(p);
        for (Article article : a.subList(0, Math.min(limit, a.size()))) {
          articles.add(shiftDays == 0 || article.published() == null ? article
              : article.withPublished(Published.of(article.published().date().plusDays(shiftDays))));
        }
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("scrutiny eval checks: " + e.getMessage());
      return 2;
    }
    Pipeline inputs = CheckEvaluation.inputs(Scrutiny.defaultAnalyzers());
    out.println("inputs: " + (inputs.analyzers().isEmpty() ? "none (text only)"
        : String.join(", ", inputs.analyzers().stream().map(a -> a.name()).toList())));
    CheckEvaluation.Report r = CheckEvaluation.evaluate(articles, inputs, new CheckAnalyzer(table), sample, seed);
    out.printf(Locale.ROOT, "articles: %d, sentences: %d, checks took %.0f ms (%.0f sentences/s)%n", r.articles(),
        r.sentences(), r.checkNanos() / 1e6, r.checkNanos() == 0 ? 0 : r.sentences() / (r.checkNanos() / 1e9));
    for (String note : r.notes()) {
      out.println("note: " + note);
    }
    out.println("checks per 1,000 sentences, by kind:");
    for (CheckKind k : CheckKind.values()) {
      int n = r.byKind().get(k);
      out.printf(Locale.ROOT, "  %-12s %5d  %7.3f%n", k, n, r.perThousandSentences(n));
    }
    out.println("by severity:");
    for (Severity s : Severity.values()) {
      int n = r.bySeverity().get(s);
      out.printf(Locale.ROOT, "  %-12s %5d  %7.3f%n", s, n, r.perThousandSentences(n));
    }
    out.println("sample of firings:");
    for (CheckEvaluation.Firing f : r.sample()) {
      out.printf(Locale.ROOT, "  [%s %s] %s%n    covered: %s%n    context: %s%n    article: %s%n", f.check().kind(),
          f.check().severity(), f.check().message(), f.covered(), f.context().replaceAll("\\s+", " "), f.articleId());
    }
    out.printf(Locale.ROOT, "checks per 1,000 sentences: %.3f (WARNING+ERROR %.3f); articles with an ERROR: %.2f%% (%d of %d)%n",
        r.perThousandSentences(r.total()),
        r.perThousandSentences(r.bySeverity().get(Severity.WARNING) + r.bySeverity().get(Severity.ERROR)),
        100 * r.errorArticleShare(), r.articlesWithError(), r.articles());
    out.flush();
    return 0;
  }
}
