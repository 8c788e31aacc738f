package dev.scrutiny.cli;

import dev.scrutiny.claims.CheckWorthinessEncoderTrainer;
import dev.scrutiny.text.SentenceEncoder;
import dev.scrutiny.claims.CheckWorthiness;
import dev.scrutiny.claims.CheckWorthinessTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny train checkworthy}: trains the check-worthiness model on CLEF CheckThat! 2024 English.
 *
 * <pre>{@code
 * scrutiny train checkworthy --data ../shared/data/checkworthy --seed 42
 * scrutiny train checkworthy --data ../shared/data/checkworthy --encoder   # the model with sentence vectors
 * scrutiny train checkworthy --data ../shared/data/checkworthy --encoder-id e5-small-v2-q-checkworthy \
 *     --head tools/finetune/checkworthy-head.txt   # the encoder fine-tuned on train, with its classifier
 * }</pre>
 */
@Command(name = "checkworthy", mixinStandardHelpOptions = true,
    description = "Train the check-worthiness classifier (train split; threshold tuned on dev; dev-test reported).")
final class TrainCheckworthyCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "Folder with CT24_checkworthy_english_{train,dev,dev-test}.tsv")
  Path data;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", description = "Model file to write (default: scrutiny-core/src/main/resources/dev/scrutiny/"
      + "claims/" + CheckWorthiness.RESOURCE + ", with --encoder the encoder's folder under scrutiny-encoder's)")
  Path out;

  @Option(names = "--encoder", description = "Train the model that also reads the installed sentence encoder's vectors "
      + "(the mean of the two models' probabilities), printing cross-validated figures on train and dev for the "
      + "hashed words, the vectors alone and the mean.")
  boolean encoder;

  @Option(names = "--encoder-id", paramLabel = "ID", description = "As --encoder, with the installed sentence encoder "
      + "of this id (such as the one fine-tuned for check-worthiness); default: the general-purpose one.")
  String encoderId;

  @Option(names = "--head", paramLabel = "FILE", description = "With an encoder fine-tuned on the train split: the "
      + "classifier trained with it (written by tools/finetune/checkworthy.py). Nothing is refitted on the vectors; "
      + "the threshold is the best on dev, which the encoder never saw.")
  Path head;

  @Option(names = "--share", paramLabel = "S", defaultValue = "1", description = "With --head: the vector classifier's "
      + "share of the score, the rest the hashed words' (default ${DEFAULT-VALUE})")
  double share;

  @Option(names = "--threshold", paramLabel = "T", description = "With --head: this decision threshold instead of dev's best")
  Double threshold;

  @Option(names = "--encode-between", paramLabel = "LO:HI", description = "With --head: read the encoder only for "
      + "statements whose hashed-word probability lies between LO and HI, the rest scored by the hashed words alone "
      + "(default 0:1, every statement; shipped: 0.15:0.70)")
  String encodeBetween = "0:1";

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    Path train = data.resolve("CT24_checkworthy_english_train.tsv");
    Path dev = data.resolve("CT24_checkworthy_english_dev.tsv");
    Path devTest = data.resolve("CT24_checkworthy_english_dev-test.tsv");
    for (Path p : List.of(train, dev)) {
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--data: missing " + p);
      }
    }
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    if (head == null && (given.hasMatchedOption("--share") || given.hasMatchedOption("--threshold")
        || given.hasMatchedOption("--encode-between"))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--share, --threshold and --encode-between go "
          + "with --head (the other models choose their threshold by cross-validation)");
    }
    if (head != null && !encoder && encoderId == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--head needs --encoder-id (the encoder it was "
          + "fine-tuned with)");
    }
    long t0 = System.nanoTime();
    CheckWorthiness model;
    if (encoder || encoderId != null) {
      SentenceEncoder e = encoderId != null ? EncoderOption.installed(spec, "--encoder-id", encoderId)
          : SentenceEncoder.installed().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
              "--encoder: no sentence encoder installed"));
      if (head != null) {
        if (!Files.isRegularFile(head)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--head: no file " + head);
        }
        if (!(share >= 0 && share <= 1)) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--share: expected 0 to 1, got " + share);
        }
        double[] band = band();
        model = CheckWorthinessEncoderTrainer.withHead(CheckWorthinessTrainer.read(train),
            CheckWorthinessTrainer.read(dev), e, head, share, threshold, band[0], band[1], seed, o);
      } else {
        model = CheckWorthinessEncoderTrainer.train(CheckWorthinessTrainer.read(train), CheckWorthinessTrainer.read(dev),
            e, seed, o);
      }
      out = out != null ? out : Path.of("scrutiny-encoder/src/main/resources/dev/scrutiny/claims/encoder", e.id(),
          CheckWorthiness.RESOURCE);
      o.printf("trained in %.1f s, threshold %.2f%n", (System.nanoTime() - t0) / 1e9, model.threshold());
    } else {
      CheckWorthinessTrainer.Trained trained = CheckWorthinessTrainer.trainAndValidate(
          CheckWorthinessTrainer.read(train), CheckWorthinessTrainer.read(dev), seed);
      model = trained.model();
      out = out != null ? out : Path.of("scrutiny-core/src/main/resources/dev/scrutiny/claims", CheckWorthiness.RESOURCE);
      o.printf("trained in %.1f s, threshold %.2f%n", (System.nanoTime() - t0) / 1e9, model.threshold());
      o.println("5-fold CV on train+dev (out-of-fold, at that threshold) " + trained.crossValidated());
    }
    CheckWorthinessTrainer.write(model, out);
    o.println("model written to " + out + " (" + Files.size(out) + " bytes)");
    o.println((head != null ? "dev      (threshold chosen on it, not in training) " : "dev      (in the threshold CV, not in training) ")
        + CheckWorthinessTrainer.evaluate(model, CheckWorthinessTrainer.read(dev)));
    if (Files.isRegularFile(devTest)) {
      o.println("dev-test " + CheckWorthinessTrainer.evaluate(model, CheckWorthinessTrainer.read(devTest)));
    }
    o.flush();
    return 0;
  }

  /** The two ends of {@code --encode-between}; a usage error names the option when they are no band in [0, 1]. */
  private double[] band() {
    String[] ends = encodeBetween.split(":", -1);
    try {
      if (ends.length == 2) {
        double lo = Double.parseDouble(ends[0].strip());
        double hi = Double.parseDouble(ends[1].strip());
        if (lo >= 0 && lo <= hi && hi <= 1) {
          return new double[] {lo, hi};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "--encode-between: expected LO:HI with "
        + "0 <= LO <= HI <= 1, such as 0.15:0.70, got '" + Terminal.escape(encodeBetween) + "'");
  }
}
