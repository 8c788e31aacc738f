package dev.scrutiny.claims;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Induces the table of speech cues ({@code lang/en/speech-cues.tsv}): the reporting cues whose subject may be
 * any noun phrase. On PolNeAR train every cue is tried with any subject ({@link SpeechCueTally}); a cue is
 * listed when the statements this adds number at least {@value #MIN_SCORED} scored ones at a precision of at
 * least {@value #THRESHOLD}, a floor (a wrong speaker costs more than a missed statement). A 5-fold
 * cross-validation over documents (fold = document index mod 5, in id order) gives, for each candidate
 * threshold, the held-out F1 and the precision of the held-out added statements. No randomness: the same data
 * give the same table, byte for byte.
 *
 * <pre>{@code
 * SpeechCueTrainer.Trained t = SpeechCueTrainer.train(PolnearReader.read(Path.of("../shared/data/polnear/train")), log);
 * SpeechCueTrainer.write(t.table(), Path.of("speech-cues.tsv"));
 * }</pre>
 */
public final class SpeechCueTrainer {

  /** The fewest scored statements a cue must add to be judged. */
  static final int MIN_SCORED = 5;
  /** The precision a cue's added statements must reach on train. */
  static final double THRESHOLD = 0.70;
  /** The thresholds the cross-validation compares. */
  static final List<Double> THRESHOLDS = List.of(0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90);
  static final int FOLDS = 5;

  private static final String HEADER = """
      # Reporting cues whose subject may be any noun phrase ("The magazine said …", "The incumbent argued …"),
      # not only one whose head names a speaker. Made by `scrutiny train speechcues --data ../shared/data/polnear`
      # from the PolNeAR train split: with any subject allowed for every cue of reporting-cues.tsv, each statement
      # this added was scored on its own against the gold attributions; a cue is listed when it added at least 5
      # scored statements at a precision of at least 0.70 (a floor; the command prints a 5-fold cross-validation
      # over train documents for each threshold; see docs/claims.md). Columns: lemma (as in reporting-cues.tsv),
      # correct and wrong statements added on train, their precision.
      lemma\tcorrect\twrong\tprecision
      """;

  private SpeechCueTrainer() {}

  /** One listed cue: its lemma and the scored statements it added. */
  public record Row(String lemma, int correct, int wrong) {
    public double precision() {
      return correct / (double) (correct + wrong);
    }
  }

  /** One threshold's cross-validated figures: F1 of all statements and precision of the added ones, held out. */
  public record CvPoint(double threshold, double f1, double addedPrecision, int addedScored) {}

  /** The trained table, the threshold it was cut at and the cross-validated figures of each candidate. */
  public record Trained(List<Row> rows, double threshold, List<CvPoint> cv, String table) {}

  /**
   * Tallies {@code train}, cross-validates each candidate threshold and induces the table at {@link #THRESHOLD};
   * logs progress.
   */
  public static Trained train(List<PolnearReader.Document> train, PrintWriter log) {
    SpeechCueTally tally = new SpeechCueTally();
    List<SpeechCueTally.Document> docs = new ArrayList<>();
    for (PolnearReader.Document d : train) {
      docs.add(tally.of(d));
      if (docs.size() % 100 == 0) {
        log.printf("tallied %d of %d documents%n", docs.size(), train.size());
        log.flush();
      }
    }
    return train(docs);
  }

  /** Cross-validates each candidate threshold over {@code docs} and induces the table from all of them. */
  static Trained train(List<SpeechCueTally.Document> docs) {
    List<CvPoint> cv = THRESHOLDS.stream().map(t -> crossValidate(docs, t)).toList();
    List<Row> rows = induce(docs, THRESHOLD);
    return new Trained(rows, THRESHOLD, cv, table(rows));
  }

  /** The cues whose added statements over {@code docs} reach {@link #MIN_SCORED} and {@code threshold}. */
  static List<Row> induce(List<SpeechCueTally.Document> docs, double threshold) {
    Map<String, SpeechCueTally.Counts> byLemma = new HashMap<>();
    for (SpeechCueTally.Document d : docs) {
      d.added().forEach((lemma, c) -> byLemma.merge(lemma, c, SpeechCueTally.Counts::plus));
    }
    return byLemma.entrySet().stream()
        .filter(e -> e.getValue().scored() >= MIN_SCORED && e.getValue().precision() >= threshold - 1e-9)
        .map(e -> new Row(e.getKey(), e.getValue().correct(), e.getValue().wrong()))
        .sorted(Comparator.comparingInt(Row::correct).reversed().thenComparing(Row::lemma))
        .toList();
  }

  /**
   * Held-out figures of {@code threshold}: each fold's documents scored with the cues induced from the other
   * folds, counts pooled. Approximate: a held-out statement counts as the two runs judged it, as if the added
   * statements did not change the pairing of the others with gold.
   */
  static CvPoint crossValidate(List<SpeechCueTally.Document> docs, double threshold) {
    int gold = 0;
    SpeechCueTally.Counts all = SpeechCueTally.Counts.ZERO;
    SpeechCueTally.Counts added = SpeechCueTally.Counts.ZERO;
    for (int k = 0; k < FOLDS; k++) {
      List<SpeechCueTally.Document> fit = new ArrayList<>();
      List<SpeechCueTally.Document> held = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % FOLDS == k ? held : fit).add(docs.get(i));
      }
      List<String> cues = induce(fit, threshold).stream().map(Row::lemma).toList();
      for (SpeechCueTally.Document d : held) {
        gold += d.gold();
        all = all.plus(d.base());
        for (String cue : cues) {
          added = added.plus(d.added().getOrDefault(cue, SpeechCueTally.Counts.ZERO));
        }
      }
    }
    all = all.plus(added);
    double p = all.precision();
    double r = gold == 0 ? 0 : all.correct() / (double) gold;
    return new CvPoint(threshold, p + r == 0 ? 0 : 2 * p * r / (p + r), added.precision(), added.scored());
  }

  /** The table file's text: its comment, header line and a line per row. */
  static String table(List<Row> rows) {
    StringBuilder b = new StringBuilder(HEADER);
    for (Row r : rows) {
      b.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%.2f\n", r.lemma(), r.correct(), r.wrong(), r.precision()));
    }
    return b.toString();
  }

  /** Writes {@code table} to {@code out} (UTF-8), creating its folder. */
  public static void write(String table, Path out) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }
}
