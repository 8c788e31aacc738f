package dev.scrutiny.cli;

import dev.scrutiny.claims.CheckWorthinessEncoderStudy;
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

  @Option(names = "--out", defaultValue = "scrutiny-core/src/main/resources/dev/scrutiny/claims/" + CheckWorthiness.RESOURCE,
      description = "Model file to write (default ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--encoder-study", description = "Only measure, by cross-validation on train and dev, whether the "
      + "installed sentence encoder's vectors help; writes no model.")
  boolean encoderStudy;

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
    if (encoderStudy) {
      SentenceEncoder encoder = SentenceEncoder.installed().orElseThrow(
          () -> new CommandLine.ParameterException(spec.commandLine(), "--encoder-study: no sentence encoder installed"));
      List<CheckWorthinessTrainer.Example> all = new java.util.ArrayList<>(CheckWorthinessTrainer.read(train));
      all.addAll(CheckWorthinessTrainer.read(dev));
      CheckWorthinessEncoderStudy.run(all, encoder, seed, o);
      return 0;
    }
    long t0 = System.nanoTime();
    CheckWorthinessTrainer.Trained trained = CheckWorthinessTrainer.trainAndValidate(CheckWorthinessTrainer.read(train),
        CheckWorthinessTrainer.read(dev), seed);
    CheckWorthiness model = trained.model();
    o.printf("trained in %.1f s, threshold %.2f%n", (System.nanoTime() - t0) / 1e9, model.threshold());
    o.println("5-fold CV on train+dev (out-of-fold, at that threshold) " + trained.crossValidated());
    CheckWorthinessTrainer.write(model, out);
    o.println("model written to " + out + " (" + Files.size(out) + " bytes)");
    o.println("dev      (in the threshold CV, not in training) " + CheckWorthinessTrainer.evaluate(model, CheckWorthinessTrainer.read(dev)));
    if (Files.isRegularFile(devTest)) {
      o.println("dev-test " + CheckWorthinessTrainer.evaluate(model, CheckWorthinessTrainer.read(devTest)));
    }
    o.flush();
    return 0;
  }
}
