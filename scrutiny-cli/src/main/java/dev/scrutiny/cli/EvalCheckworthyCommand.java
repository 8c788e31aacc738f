package dev.scrutiny.cli;

import dev.scrutiny.claims.CheckWorthiness;
import dev.scrutiny.claims.CheckWorthinessTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny eval checkworthy}: scores the shipped (or a given) check-worthiness model on a
 * CheckThat! TSV; the last line is {@code F1 0.xxxx} of the Yes class.
 *
 * <pre>{@code
 * scrutiny eval checkworthy --gold ../shared/data/checkworthy/CT24_checkworthy_english_dev-test.tsv
 * }</pre>
 */
@Command(name = "checkworthy", mixinStandardHelpOptions = true,
    description = "Score check-worthiness against a CheckThat! TSV; last line: F1 of the Yes class.")
final class EvalCheckworthyCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, description = "TSV: Sentence_id, Text, class_label (Yes/No)")
  Path gold;

  @Option(names = "--model", description = "Model file (default: the one shipped in the build)")
  Path model;

  @Option(names = "--encoder", description = "Score the model trained with sentence vectors, as analyze --encoder does: "
      + "the encoder fine-tuned for check-worthiness when installed, else the general one (or the one --model names).")
  boolean encoder;

  @Option(names = "--no-encoder", description = "Score the model of hashed words only, as analyze --no-encoder does "
      + "(by default: the model the default pipeline uses, with the encoder fine-tuned for check-worthiness where "
      + "installed).")
  boolean noEncoder;

  @Option(names = "--encoder-id", paramLabel = "ID", description = "Score the model the build ships for the installed "
      + "sentence encoder of this id (all-minilm-l6-v2-q: the frozen general encoder's).")
  String encoderId;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gold: no such file " + gold);
    }
    EncoderOption.checkExclusive(spec, encoder || encoderId != null, noEncoder);
    dev.scrutiny.text.SentenceEncoder e = null;
    if (encoderId != null) {
      e = EncoderOption.installed(spec, "--encoder-id", encoderId);
    } else if (encoder) {
      e = dev.scrutiny.text.SentenceEncoder.installedFor(CheckWorthiness.TASK).orElse(EncoderOption.installed(spec));
    } else if (!noEncoder && model == null) {
      // the model of the default pipeline, on the encoder without a cache (the speed printed below stays honest)
      e = dev.scrutiny.text.SentenceEncoder.installedFor(CheckWorthiness.TASK).orElse(null);
    }
    // a model file names its encoder, found among the installed ones
    CheckWorthiness m = model != null ? CheckWorthinessTrainer.load(model)
        : e == null ? CheckWorthiness.standard()
        : encoder || encoderId != null ? CheckWorthiness.forEncoder(e).encodingAll() // every sentence encoded
        : CheckWorthiness.forEncoder(e); // as the default pipeline: the unsure ones only
    var examples = CheckWorthinessTrainer.read(gold);
    CheckWorthinessTrainer.Scores s = CheckWorthinessTrainer.evaluate(m, examples);
    // scoring speed after two warm-up passes: ClaimAnalyzer scores every sentence of every article
    long nanos = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      CheckWorthinessTrainer.evaluate(m, examples);
      nanos = System.nanoTime() - t0;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "sentences %d, threshold %.2f, %.0f sentences/s%n", s.total(), m.threshold(),
        s.total() / Math.max(nanos / 1e9, 1e-9));
    o.printf(Locale.ROOT, "tp %d fp %d fn %d%n", s.truePositives(), s.falsePositives(), s.falseNegatives());
    o.printf(Locale.ROOT, "P %.4f%n", s.precision());
    o.printf(Locale.ROOT, "R %.4f%n", s.recall());
    o.printf(Locale.ROOT, "F1 %.4f%n", s.f1());
    o.flush();
    return 0;
  }
}
