package dev.scrutiny.persuasion;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tunes the technique model's precision rule on out-of-fold scores (per label: a probability threshold, and a lower
 * one that applies where the label's cue phrase is present), prints its honest cross-validated figures and scores
 * the final split with both decision rules.
 */
final class PrecisionRule {

  private PrecisionRule() {}

  /**
   * Precision wanted of each label's shown highlights on the tuning folds: 0.55, a margin over the 0.5 wanted of
   * shown highlights, since thresholds tuned on four folds lose some precision on the fifth. 5-fold CV by article
   * on the English training data without the final split: micro-precision 0.537, recall 0.159 (docs/persuasion.md).
   */
  static final double PRECISION_TARGET = 0.55;

  /** A label's rule must fire at least this often on the tuning folds, right at least half the time, to count. */
  static final int MIN_SHOWN = 4;

  /** A threshold no probability reaches: the label is never shown by it. */
  private static final double NEVER = 1.01;

  /**
   * Prints the rule's honest cross-validated figures (each fold's rule tuned on the other folds) and returns the
   * rule tuned on all folds: {@code [precision thresholds, cue thresholds]}.
   */
  static double[][] tune(String[] labels, CrossValidation cv, PrintWriter log, String lang) {
    List<TrainingExample> target = cv.target();
    Map<String, List<String>> gold = new LinkedHashMap<>();
    Map<String, List<String>> pred = new LinkedHashMap<>();
    int[] viaCue = new int[labels.length];
    for (int f = 0; f < cv.folds(); f++) {
      double[][] rule = tunePrecision(labels.length, target, cv.oof(), cv.foldOf(), f);
      for (int i = 0; i < target.size(); i++) {
        TrainingExample e = target.get(i);
        if (cv.foldOf().get(e.doc()) != f) {
          continue;
        }
        List<String> p = new ArrayList<>();
        for (int l = 0; l < labels.length; l++) {
          boolean byScore = cv.oof()[i][l] >= rule[0][l];
          boolean byCue = e.cues()[l] && cv.oof()[i][l] >= rule[1][l];
          if (byScore || byCue) {
            p.add(labels[l]);
            viaCue[l] += byScore ? 0 : 1;
          }
        }
        gold.put(e.key(), CrossValidation.goldLabels(e.gold(), labels));
        pred.put(e.key(), p);
      }
    }
    print(labels, target, gold, pred, viaCue, log, lang);
    double[][] fin = tunePrecision(labels.length, target, cv.oof(), cv.foldOf(), -1);
    log.printf(Locale.ROOT, "precision thresholds %s%ncue thresholds %s%n", rounded(fin[0]), rounded(fin[1]));
    return fin;
  }

  private static void print(String[] labels, List<TrainingExample> target, Map<String, List<String>> gold,
      Map<String, List<String>> pred, int[] viaCue, PrintWriter log, String lang) {
    List<SemevalScorer.LabelScore> scores = SemevalScorer.perLabel(gold, pred);
    log.printf(Locale.ROOT, "-- precision rule (shown highlights; target %.2f per label on tuning folds), %s:%n",
        PRECISION_TARGET, lang);
    log.printf(Locale.ROOT, "%-45s %6s %6s %6s %7s %6s %6s %9s %6s%n", "label", "P", "R", "F1", "support", "shown",
        "by cue", "with cue", "cue P");
    for (SemevalScorer.LabelScore s : scores) {
      int l = List.of(labels).indexOf(s.label());
      long shown = pred.values().stream().filter(x -> x.contains(s.label())).count();
      int withCue = 0, cueRight = 0;
      for (TrainingExample e : target) {
        if (l >= 0 && e.cues()[l]) {
          withCue++;
          cueRight += e.gold()[l] ? 1 : 0;
        }
      }
      log.printf(Locale.ROOT, "%-45s %6.3f %6.3f %6.3f %7d %6d %6d %9d %6.3f%n", s.label(), s.precision(), s.recall(),
          s.f1(), s.support(), shown, l < 0 ? 0 : viaCue[l], withCue, withCue == 0 ? 0 : (double) cueRight / withCue);
    }
    long shownAll = pred.values().stream().mapToLong(List::size).sum();
    log.printf(Locale.ROOT, "CV %s precision rule subtask 3: micro P %.4f R %.4f F1 %.4f, %d highlights shown%n", lang,
        microP(scores), microR(scores), SemevalScorer.micro(scores), shownAll);
  }

  private static String rounded(double[] v) {
    return String.join(" ", Arrays.stream(v).mapToObj(x -> String.format(Locale.ROOT, "%.3f", x)).toList());
  }

  static double microP(List<SemevalScorer.LabelScore> scores) {
    return micro(scores, true);
  }

  static double microR(List<SemevalScorer.LabelScore> scores) {
    return micro(scores, false);
  }

  /** True positives over true positives plus false positives (precision) or false negatives (recall), summed. */
  private static double micro(List<SemevalScorer.LabelScore> scores, boolean precision) {
    long tp = 0, missed = 0;
    for (SemevalScorer.LabelScore s : scores) {
      tp += s.truePositives();
      missed += precision ? s.falsePositives() : s.falseNegatives();
    }
    return tp + missed == 0 ? 0 : (double) tp / (tp + missed);
  }

  /**
   * Per label, on the out-of-fold scores of every fold but {@code skip}: the lowest grid threshold whose shown
   * labels reach {@link #PRECISION_TARGET} (above 1: none does), then the lowest cue threshold (0 allowed: the cue
   * phrase alone) at which the labels added where a cue phrase is present also reach it.
   */
  static double[][] tunePrecision(int labels, List<TrainingExample> target, double[][] oof, Map<String, Integer> foldOf,
      int skip) {
    double[] precision = new double[labels];
    double[] cue = new double[labels];
    for (int l = 0; l < labels; l++) {
      List<double[]> rows = new ArrayList<>(); // score, gold, cue
      for (int i = 0; i < target.size(); i++) {
        TrainingExample e = target.get(i);
        if (foldOf.get(e.doc()) != skip) {
          rows.add(new double[] {oof[i][l], e.gold()[l] ? 1 : 0, e.cues()[l] ? 1 : 0});
        }
      }
      precision[l] = scoreThreshold(rows);
      cue[l] = cueThreshold(rows, precision[l]);
    }
    return new double[][] {precision, cue};
  }

  /** The lowest grid threshold at which the rows shown are right often enough, or {@link #NEVER}. */
  private static double scoreThreshold(List<double[]> rows) {
    double best = NEVER;
    for (int g = Thresholds.GRID.length - 1; g >= 0; g--) {
      double t = Thresholds.GRID[g];
      if (reaches(rows, t, Double.POSITIVE_INFINITY, false)) {
        best = t;
      }
    }
    return best;
  }

  /** The lowest cue threshold below {@code best} at which the rows added by a cue are right often enough. */
  private static double cueThreshold(List<double[]> rows, double best) {
    double bestCue = NEVER;
    for (int g = Thresholds.GRID.length; g >= 0; g--) {
      double t = g == 0 ? 0 : Thresholds.GRID[g - 1];
      if (t < best && reaches(rows, t, best, true)) {
        bestCue = t;
      }
    }
    return bestCue;
  }

  /**
   * Whether the rows scoring in {@code [from, below)} (only those with a cue, if {@code cueOnly}) number at least
   * {@link #MIN_SHOWN} and are right at least {@link #PRECISION_TARGET} of the time.
   */
  private static boolean reaches(List<double[]> rows, double from, double below, boolean cueOnly) {
    int tp = 0, shown = 0;
    for (double[] r : rows) {
      if ((!cueOnly || r[2] == 1) && r[0] >= from && r[0] < below) {
        shown++;
        tp += (int) r[1];
      }
    }
    return shown >= MIN_SHOWN && tp >= PRECISION_TARGET * shown;
  }

  /** Scores the final technique model on the final split with both decision rules (run once, at the end). */
  static void scoreFinal(LinearModel m, String[] labels, List<TrainingExample> finalSplit, PrintWriter log,
      String lang) {
    scoreFinal(m, labels, finalSplit, finalSplit.stream().map(e -> m.probabilities(e.x())).toArray(double[][]::new),
        log, lang);
  }

  /** As {@link #scoreFinal(LinearModel, String[], List, PrintWriter, String)} with the lines' probabilities given. */
  static void scoreFinal(LinearModel m, String[] labels, List<TrainingExample> finalSplit, double[][] probabilities,
      PrintWriter log, String lang) {
    for (boolean precision : new boolean[] {false, true}) {
      Map<String, List<String>> gold = new LinkedHashMap<>();
      Map<String, List<String>> pred = new LinkedHashMap<>();
      for (int i = 0; i < finalSplit.size(); i++) {
        TrainingExample e = finalSplit.get(i);
        double[] p = probabilities[i];
        List<String> out = new ArrayList<>();
        for (int l = 0; l < labels.length; l++) {
          if (precision ? PersuasionModels.fires(m, l, p[l], e.cues()[l]) : p[l] >= m.threshold(l)) {
            out.add(labels[l]);
          }
        }
        gold.put(e.key(), CrossValidation.goldLabels(e.gold(), labels));
        pred.put(e.key(), out);
      }
      List<SemevalScorer.LabelScore> scores = SemevalScorer.perLabel(gold, pred);
      log.printf(Locale.ROOT, "FINAL SPLIT %s subtask 3, %s rule: micro P %.4f R %.4f F1 %.4f, %d labels shown, %d paragraphs%n",
          lang, precision ? "precision" : "F1", microP(scores), microR(scores), SemevalScorer.micro(scores),
          pred.values().stream().mapToLong(List::size).sum(), finalSplit.size());
      for (SemevalScorer.LabelScore s : scores) {
        log.printf(Locale.ROOT, "  %-45s %6.3f %6.3f %6.3f %7d%n", s.label(), s.precision(), s.recall(), s.f1(), s.support());
      }
    }
  }
}
