package dev.scrutiny.cli;

import dev.scrutiny.entities.NerModel;
import dev.scrutiny.entities.NerTrainer;
import dev.scrutiny.entities.VocabularyClusters;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutiny train ner}: trains the named-entity model on CoNLL-2003 (seeded, reproducible).
 *
 * <pre>{@code
 * scrutiny train ner --data ../shared/data/conll2003 --seed 7 --epochs 12 --with-testa --members 5 \
 *     --out scrutiny-core/src/main/resources/dev/scrutiny/entities/ner.bin
 * }</pre>
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train the named-entity model on CoNLL-2003 eng.train (reports eng.testa F1 as it goes).")
public final class TrainNerCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, description = "Directory with eng.train (and eng.testa).")
  Path data;

  @Option(names = "--geonames", description = "GeoNames directory (default: DATA/../geonames).")
  Path geonames;

  @Option(names = "--unlabelled", split = ",",
      description = "Unlabelled English text files or directories for the case table and word clusters "
          + "(default: DATA/../war, DATA/../semeval2023/en/train-articles-subtask-1, DATA/../polnear/train/text "
          + "when present).")
  List<Path> unlabelled;

  @Option(names = "--seed", defaultValue = "7", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "12", description = "Training passes (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--min-count", defaultValue = "1",
      description = "Update only features seen at least this often in training (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--dropout", defaultValue = "0.2",
      description = "Leave each feature out of a training step with this probability (default: ${DEFAULT-VALUE}).")
  double dropout;

  @Option(names = "--members", defaultValue = "1",
      description = "Train this many perceptrons side by side (seeds --seed, --seed + 1, …) and keep the mean of "
          + "their weights: one model of the same size and speed (default: ${DEFAULT-VALUE}).")
  int members;

  @Option(names = "--folds",
      description = "Cross-validate by document on eng.train with this many folds (held-out F1 per epoch, mean ± sd) "
          + "instead of writing a model.")
  Integer folds;

  @Option(names = "--with-testa",
      description = "Train on eng.testa as well as eng.train: testa is then no longer a measurement, and no "
          + "testa F1 is reported; with --folds, testa joins every fold's training and only eng.train is held out.")
  boolean withTesta;

  @Option(names = "--vocabulary-clusters", paramLabel = "FILE|none",
      description = "Clusters of an encoder's vocabulary words (word, fine, coarse; tab-separated) the model also "
          + "reads; 'none' trains without them, as models before them (default: the all-MiniLM-L6-v2 table "
          + "shipped with the trainer).")
  String vocabularyClusters;

  @Option(names = "--out", description = "Model file to write (required unless --folds).")
  Path out;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    Path parent = data.toAbsolutePath().getParent();
    Path geo = geonames != null ? geonames : parent.resolve("geonames");
    String problem = problem(geo);
    if (problem != null) {
      err.println(problem);
      return 2;
    }
    var log = spec.commandLine().getOut();
    NerTrainer trainer = new NerTrainer(data, geo, unlabelled != null ? unlabelled : defaultUnlabelled(parent),
        seed, epochs, line -> {
          log.println(line);
          log.flush();
        }).regularised(minCount, dropout).members(members);
    if (withTesta) {
      trainer = trainer.withTesta();
    }
    if (!"none".equals(vocabularyClusters)) {
      try {
        trainer = trainer.withVocabularyClusters(vocabularyClusters == null ? VocabularyClusters.bundled()
            : VocabularyClusters.read(Path.of(vocabularyClusters)));
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        err.println("--vocabulary-clusters: " + e.getMessage());
        return 2;
      }
    }
    if (folds != null) {
      log.print(trainer.crossValidate(folds).report());
      log.flush();
      return 0;
    }
    NerModel model = trainer.train();
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    log.println("wrote " + out + " (" + Files.size(out) + " bytes, " + model.weightRows() + " weight rows)");
    return 0;
  }

  /** What is wrong with the options, naming the option and value, or null when nothing is. */
  private @Nullable String problem(Path geo) {
    if (!Files.isRegularFile(data.resolve("eng.train"))) {
      return "no eng.train in --data " + data;
    }
    if (epochs < 1) {
      return "--epochs must be at least 1, got " + epochs;
    }
    if (minCount < 1) {
      return "--min-count must be at least 1, got " + minCount;
    }
    if (!(dropout >= 0 && dropout < 1)) {
      return "--dropout must be at least 0 and below 1, got " + dropout;
    }
    if (members < 1) {
      return "--members must be at least 1, got " + members;
    }
    if (folds == null && out == null) {
      return "--out is required (or --folds to cross-validate)";
    }
    if (withTesta && !Files.isRegularFile(data.resolve("eng.testa"))) {
      return "--with-testa: no eng.testa in --data " + data;
    }
    if (folds != null && folds < 2) {
      return "--folds must be at least 2, got " + folds;
    }
    if (!Files.isRegularFile(geo.resolve("cities500.txt"))) {
      return "no cities500.txt in GeoNames directory " + geo + " (set --geonames)";
    }
    return null;
  }

  /** The unlabelled text folders next to the CoNLL directory that exist. */
  private static List<Path> defaultUnlabelled(Path parent) {
    List<Path> text = new ArrayList<>();
    for (Path p : List.of(parent.resolve("war"), parent.resolve("semeval2023/en/train-articles-subtask-1"),
        parent.resolve("polnear/train/text"))) {
      if (Files.exists(p)) {
        text.add(p);
      }
    }
    return text;
  }
}
