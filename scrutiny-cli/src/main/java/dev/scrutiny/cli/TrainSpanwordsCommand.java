package dev.scrutiny.cli;

import dev.scrutiny.persuasion.SpanWordsTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny train span-words}: counts how often each word lies inside the annotated spans of the word-level
 * techniques in the SemEval-2023 training articles (final split left out) and chooses the threshold a highlight's
 * best word must reach by 5-fold cross-validation, printing the span precision of each threshold.
 *
 * <pre>{@code
 * scrutiny train span-words --data ../shared/data/semeval2023 --lang en
 * }</pre>
 */
@Command(name = "span-words", mixinStandardHelpOptions = true,
    description = "Count the words of annotated technique spans (SemEval-2023 subtask 3) and choose the highlight "
        + "threshold by 5-fold CV.")
final class TrainSpanwordsCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true,
      description = "SemEval-2023 Task 3 folder (with <lang>/train-labels-subtask-3-spans/)")
  Path data;

  @Option(names = "--lang", defaultValue = "en", description = "Language (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--out", description = "Table to write (default: scrutiny-core/src/main/resources/dev/scrutiny/"
      + "persuasion/span-words-<lang>.tsv)")
  Path out;

  @Option(names = "--score-final", description = "Also score the final split with the chosen table (look once).")
  boolean scoreFinal;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data.resolve(lang).resolve("train-labels-subtask-3-spans"))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--data: expected " + data.resolve(lang).resolve("train-labels-subtask-3-spans") + " (SemEval-2023 Task 3)");
    }
    PrintWriter o = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    SpanWordsTrainer.Trained t = SpanWordsTrainer.train(data, lang, spec.commandLine().getErr());
    for (SpanWordsTrainer.Point p : t.cv()) {
      o.printf(Locale.ROOT, "5-fold CV, threshold %.2f: %d word-level highlights, %d overlap an annotated span: "
          + "span precision %.4f%n", p.threshold(), p.shown(), p.overlapping(), p.precision());
    }
    Path target = out != null ? out
        : Path.of("scrutiny-core/src/main/resources/dev/scrutiny/persuasion/span-words-" + lang + ".tsv");
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      t.table().write(w, List.of("span words of " + lang + ": technique, word (token norm), occurrences inside "
          + "annotated spans, all occurrences", "from the SemEval-2023 subtask-3 training articles outside the "
          + "final split (" + t.articles() + "); written by scrutiny train span-words"));
    }
    o.printf(Locale.ROOT, "threshold %.2f (smallest with CV span precision >= %.2f, else the most precise), "
        + "written to %s in %.1f s%n",
        t.table().threshold(), SpanWordsTrainer.TARGET, target, (System.nanoTime() - t0) / 1e9);
    if (scoreFinal) {
      SpanWordsTrainer.Point f = SpanWordsTrainer.scoreFinal(data, lang, t.table());
      SpanWordsTrainer.Point none = SpanWordsTrainer.scoreFinal(data, lang, t.table().withThreshold(0));
      o.printf(Locale.ROOT, "FINAL SPLIT span precision: %d highlights, %d overlap, %.4f (threshold 0: %d, %d, %.4f)%n",
          f.shown(), f.overlapping(), f.precision(), none.shown(), none.overlapping(), none.precision());
    }
    o.flush();
    return 0;
  }
}
