package dev.scrutiny.cli;

import dev.scrutiny.persuasion.SemevalTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny train semeval}: trains the genre, frame and technique models on SemEval-2023 Task 3,
 * printing cross-validated per-label figures.
 *
 * <pre>{@code
 * scrutiny train semeval --data ../shared/data/semeval2023 --seed 13 --folds 5
 * }</pre>
 */
@Command(name = "semeval", mixinStandardHelpOptions = true,
    description = "Train persuasion technique, frame and genre models on SemEval-2023 Task 3 (seeded, with k-fold CV).")
public final class TrainSemevalCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "The semeval2023 data directory.")
  Path data;

  @Option(names = "--seed", defaultValue = "13", description = "Seed of folds and SGD (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--out", description = "Where to write st{1,2,3}-<lang>.bin (default: scrutiny-core/src/main/resources/"
      + "dev/scrutiny/persuasion, with --encoder-weight its encoder/<encoder id> folder under scrutiny-encoder's).")
  Path out;

  @Option(names = "--lang", split = ",", defaultValue = "en,ru", description = "Languages to train (default ${DEFAULT-VALUE}).")
  List<String> languages;

  @Option(names = "--subtask", split = ",", defaultValue = "1,2,3", description = "Subtasks to train (default ${DEFAULT-VALUE}).")
  Set<Integer> subtasks;

  @Option(names = "--holdout-fold", description = "Leave this fold (0-based) out of the final model and write its "
      + "articles and gold labels next to the models, for `eval semeval --model`.")
  Integer holdoutFold;

  @Option(names = "--other-weight",
      description = "Weight of the other languages' examples in the technique and frame models (0: target language "
          + "only; default 0 for techniques, 0.3 for frames).")
  Double otherWeight;

  @Option(names = "--not-satire", split = ",", paramLabel = "CSV",
      description = "CSV files (header with body, optionally headline) of articles known not to be satire, such as "
          + "official press releases: every other one teaches the genre model's satire head, the rest measure it.")
  List<Path> notSatire = List.of();

  @Option(names = "--final-split", description = "Leave the final split (a fixed fifth of the articles, "
      + "by a hash of the id) out of cross-validation and of the technique, frame and genre models.")
  boolean finalSplit;

  @Option(names = "--score-final", description = "With --final-split: score the technique, frame and genre models on the final split "
      + "(the last measurement; choose nothing after it).")
  boolean scoreFinal;

  @Option(names = "--encoder-weight", defaultValue = "0", description = "Add the installed sentence encoder's vectors "
      + "as features with this weight; the models then name the encoder (0: none; default ${DEFAULT-VALUE}).")
  double encoderWeight;

  @Option(names = "--no-word-vectors", description = "Train the English technique model without the static word-piece "
      + "vectors the shipped one reads (dev.scrutiny.text.WordPieceVectors); models with --encoder-weight never read "
      + "them.")
  boolean noWordVectors;

  @Option(names = "--encoder-id", paramLabel = "ID", description = "With --encoder-weight: the installed sentence encoder "
      + "whose vectors are read (default: the general-purpose one, all-minilm-l6-v2-q).")
  String encoderId;

  @Option(names = "--head", paramLabel = "FILE", description = "Mix into the technique model the classifier trained with "
      + "a fine-tuned encoder (tools/finetune/techniques.py --head-out); needs --head-encoder and --validation-scores. "
      + "Subtask 3 only; written to the encoder's folder under scrutiny-encoder's resources unless --out.")
  Path head;

  @Option(names = "--head-encoder", paramLabel = "ID", description = "The installed encoder the --head classifier reads "
      + "(e.g. all-minilm-l6-v2-q-techniques).")
  String headEncoder;

  @Option(names = "--validation-scores", paramLabel = "FILE", description = "Probabilities of validation lines from an "
      + "encoder and classifier fine-tuned without them (techniques.py --scores-out): the share and thresholds are "
      + "chosen on them.")
  Path validationScores;

  @Option(names = "--share", description = "The --head classifier's share of each probability (default: the best of "
      + "0, 0.25, ..., 1 on the validation lines).")
  Double share;

  @Option(names = "--encode-from", paramLabel = "P", description = "With --head: encode a line (and mix in the "
      + "classifier) only where the text model gives some technique at least this probability; elsewhere the text "
      + "model's probabilities stand. Default 0: every line. The table of gates on the validation lines is printed "
      + "either way.")
  Double encodeFrom;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(data)) {
      err.println("--data: expected the semeval2023 directory, got " + data);
      return 2;
    }
    if (encoderId != null && encoderWeight <= 0) {
      err.println("--encoder-id goes with --encoder-weight");
      return 2;
    }
    SemevalTrainer.Options options;
    try {
      options = new SemevalTrainer.Options(data, seed, folds, languages, subtasks, holdoutFold, otherWeight, notSatire,
          finalSplit, scoreFinal, encoderWeight <= 0 ? null : encoderId != null
              ? EncoderOption.installed(spec, "--encoder-id", encoderId) : EncoderOption.installed(spec),
          encoderWeight, !noWordVectors && encoderWeight <= 0);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    dev.scrutiny.persuasion.HeadMix mix = null;
    if (head != null || headEncoder != null || validationScores != null || share != null || encodeFrom != null) {
      if (head == null || headEncoder == null || validationScores == null) {
        err.println("--head, --head-encoder and --validation-scores go together (--share and --encode-from are "
            + "optional)");
        return 2;
      }
      for (Path f : List.of(head, validationScores)) {
        if (!Files.isRegularFile(f)) {
          err.println("expected a file, got " + f);
          return 2;
        }
      }
      EncoderOption.installed(spec, "--head-encoder", headEncoder);
      try {
        mix = new dev.scrutiny.persuasion.HeadMix(head, headEncoder, validationScores, share, encodeFrom);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return 2;
      }
      if (out == null) {
        out = Path.of("scrutiny-encoder/src/main/resources/dev/scrutiny/persuasion/encoder", headEncoder);
      }
    }
    if (out == null) {
      out = options.encoder() == null ? Path.of("scrutiny-core/src/main/resources/dev/scrutiny/persuasion")
          : Path.of("scrutiny-encoder/src/main/resources/dev/scrutiny/persuasion/encoder", options.encoder().id());
    }
    try {
      new SemevalTrainer(options, mix).train(out, spec.commandLine().getOut());
    } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
      err.println("train semeval failed: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
