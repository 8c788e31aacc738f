package dev.scrutiny.cli;

import dev.scrutiny.ingest.CsvArticles;
import dev.scrutiny.markers.Lexicon;
import dev.scrutiny.markers.MarkerAnalyzer;
import dev.scrutiny.markers.MarkerSummary;
import dev.scrutiny.markers.MarkerTally;
import dev.scrutiny.markers.Side;
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
 * {@code scrutiny eval markers --corpus FILE…}: per corpus file, loaded-label matches per side (per 10,000
 * words) and the most frequent terms; a sanity check that the lexicon separates sources.
 *
 * <pre>{@code
 * scrutiny eval markers --corpus data/war/kremlin_press_releases_en.csv data/war/zelenskyy_press_releases_en.csv
 * }</pre>
 */
@Command(name = "markers", mixinStandardHelpOptions = true,
    description = "Count loaded labels and euphemisms per side in CSV corpora.")
final class EvalMarkersCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", arity = "1..*", required = true, paramLabel = "FILE",
      description = "CSV files with a header naming body")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE", description = "extra lexicon TSV added to the bundled one")
  Path lexicon;

  @Option(names = "--top", paramLabel = "N", description = "terms to list per file (default: ${DEFAULT-VALUE})")
  int top = 12;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MarkerAnalyzer analyzer;
    try {
      analyzer = new MarkerAnalyzer(lexicon == null ? Lexicon.defaults() : Lexicon.defaults().with(Lexicon.load(lexicon)));
      for (Path p : corpus) {
        MarkerTally t = MarkerTally.of(CsvArticles.read(p), analyzer);
        out.printf(Locale.ROOT, "%s: %d articles, %d words%n", p.getFileName(), t.articles(), t.words());
        for (Side s : Side.values()) {
          int n = t.sides().get(s);
          out.printf(Locale.ROOT, "  %-14s %6d  %7.2f per 10,000 words%n", s, n, t.words() == 0 ? 0 : 1e4 * n / t.words());
        }
        for (MarkerSummary.TermCount c : t.terms().subList(0, Math.min(top, t.terms().size()))) {
          out.printf(Locale.ROOT, "    %-28s %-13s %6d%n", c.term(), c.side(), c.count());
        }
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
      spec.commandLine().getErr().println("scrutiny eval markers: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }
}
