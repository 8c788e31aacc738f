package dev.scrutiny.persuasion;

import java.util.Arrays;

/** Decision rules tuned on out-of-fold scores: per-label thresholds for micro-F1, logit offsets for macro-F1. */
final class Thresholds {

  private Thresholds() {}

  static final double[] GRID = grid();

  private static double[] grid() {
    double[] g = new double[39];
    for (int i = 0; i < g.length; i++) {
      g[i] = 0.025 * (i + 1);
    }
    return g;
  }

  /** Index of 0.5 in {@link #GRID}: where the search starts, and what ties lean towards. */
  private static final int MID = 19;

  /**
   * Per-label thresholds maximising micro-F1 of {@code probs} against {@code gold}, by coordinate ascent
   * from 0.5 over a grid of 0.025 steps; ties keep the threshold closest to 0.5.
   */
  static double[] tuneMicro(double[][] probs, boolean[][] gold, int labels) {
    GridCounts c = GridCounts.of(probs, gold, labels);
    int[] choice = new int[labels];
    Arrays.fill(choice, MID);
    for (int round = 0; round < 4; round++) {
      for (int l = 0; l < labels; l++) {
        long sTp = 0, sFp = 0, sPos = 0;
        for (int m = 0; m < labels; m++) {
          if (m != l) {
            sTp += c.tp[m][choice[m]];
            sFp += c.fp[m][choice[m]];
          }
          sPos += c.pos[m];
        }
        int best = choice[l];
        double bestF = -1;
        for (int k = 0; k < GRID.length; k++) {
          double f = f1(sTp + c.tp[l][k], sFp + c.fp[l][k], sPos);
          if (better(f, k, bestF, best)) {
            bestF = f;
            best = k;
          }
        }
        choice[l] = best;
      }
    }
    double[] out = new double[labels];
    for (int l = 0; l < labels; l++) {
      out[l] = GRID[choice[l]];
    }
    return out;
  }

  /**
   * One threshold for every label, maximising micro-F1 of {@code probs} against {@code gold} over the same grid;
   * ties keep the threshold closest to 0.5. Fewer choices than {@link #tuneMicro}, so less fitted to how often
   * each label occurs in the training data (a label rare there is not ruled out by a threshold above its scores).
   */
  static double[] tuneShared(double[][] probs, boolean[][] gold, int labels) {
    GridCounts c = GridCounts.of(probs, gold, labels);
    long pos = 0;
    for (int l = 0; l < labels; l++) {
      pos += c.pos[l];
    }
    int best = MID;
    double bestF = -1;
    for (int k = 0; k < GRID.length; k++) {
      long tp = 0, fp = 0;
      for (int l = 0; l < labels; l++) {
        tp += c.tp[l][k];
        fp += c.fp[l][k];
      }
      double f = f1(tp, fp, pos);
      if (better(f, k, bestF, best)) {
        bestF = f;
        best = k;
      }
    }
    double[] out = new double[labels];
    Arrays.fill(out, GRID[best]);
    return out;
  }

  /** Whether grid point {@code k} scoring {@code f} beats the best so far: higher, or as high and nearer 0.5. */
  private static boolean better(double f, int k, double bestF, int best) {
    return f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && Math.abs(k - MID) < Math.abs(best - MID));
  }

  /** Per label and grid point, the items at or above the threshold that are gold ({@code tp}) and not ({@code fp}). */
  private record GridCounts(int[][] tp, int[][] fp, int[] pos) {

    static GridCounts of(double[][] probs, boolean[][] gold, int labels) {
      int[][] tp = new int[labels][GRID.length];
      int[][] fp = new int[labels][GRID.length];
      int[] pos = new int[labels];
      for (int i = 0; i < probs.length; i++) {
        for (int l = 0; l < labels; l++) {
          if (gold[i][l]) {
            pos[l]++;
          }
          for (int k = 0; k < GRID.length; k++) {
            if (probs[i][l] >= GRID[k]) {
              if (gold[i][l]) {
                tp[l][k]++;
              } else {
                fp[l][k]++;
              }
            }
          }
        }
      }
      return new GridCounts(tp, fp, pos);
    }
  }

  private static double f1(long tp, long fp, long pos) {
    long fn = pos - tp;
    return 2.0 * tp / Math.max(1, 2.0 * tp + fp + fn);
  }

  /** The label a single-label model picks: the best logit plus offset. */
  static int argmax(double[] logits, double[] offsets) {
    int best = 0;
    for (int l = 1; l < logits.length; l++) {
      if (logits[l] + offsets[l] > logits[best] + offsets[best]) {
        best = l;
      }
    }
    return best;
  }

  /** Logit offsets (label 0 fixed at 0) maximising macro-F1, by grid search over [-8, 8] in steps of 0.25. */
  static double[] tuneMacro(double[][] logits, int[] gold, int labels) {
    double[] ones = new double[gold.length];
    Arrays.fill(ones, 1);
    return tuneMacro(logits, gold, labels, ones);
  }

  /**
   * Logit offsets maximising the macro-F1 the model would reach if every class were equally common: each
   * example counts {@code 1 / (size of its class)}. A training set whose class mix is an accident of how it
   * was collected (SemEval's English genre data is 88% opinion, a later batch of it mostly reporting and
   * satire) should not set the prior the decision assumes; macro-F1 already weighs the classes equally.
   */
  static double[] tuneMacroBalanced(double[][] logits, int[] gold, int labels) {
    return tuneMacro(logits, gold, labels, balancedWeights(gold, labels));
  }

  /** Per-example weights {@code 1 / (count of its class)}: every class weighs the same in total. */
  static double[] balancedWeights(int[] gold, int labels) {
    int[] count = new int[labels];
    for (int g : gold) {
      count[g]++;
    }
    double[] w = new double[gold.length];
    for (int i = 0; i < gold.length; i++) {
      w[i] = 1.0 / count[gold[i]];
    }
    return w;
  }

  private static double[] tuneMacro(double[][] logits, int[] gold, int labels, double[] weight) {
    double[] best = new double[labels];
    double bestF = macroF1(logits, gold, best, labels, weight);
    double[] cur;
    for (int round = 0; round < 3; round++) {
      for (int l = 1; l < labels; l++) {
        for (int k = -32; k <= 32; k++) {
          cur = best.clone();
          cur[l] = 0.25 * k;
          double f = macroF1(logits, gold, cur, labels, weight);
          if (f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && Math.abs(cur[l]) < Math.abs(best[l]))) {
            bestF = f;
            best = cur;
          }
        }
      }
    }
    return best;
  }

  static double macroF1(double[][] logits, int[] gold, double[] offsets, int labels) {
    double[] ones = new double[gold.length];
    Arrays.fill(ones, 1);
    return macroF1(logits, gold, offsets, labels, ones);
  }

  /** Macro-F1 of the offset decision, each example counting {@code weight[i]}. */
  static double macroF1(double[][] logits, int[] gold, double[] offsets, int labels, double[] weight) {
    double[] tp = new double[labels], fp = new double[labels], fn = new double[labels];
    boolean[] seen = new boolean[labels];
    for (int i = 0; i < logits.length; i++) {
      int p = argmax(logits[i], offsets);
      seen[p] = true;
      seen[gold[i]] = true;
      if (p == gold[i]) {
        tp[p] += weight[i];
      } else {
        fp[p] += weight[i];
        fn[gold[i]] += weight[i];
      }
    }
    double sum = 0;
    int n = 0;
    for (int l = 0; l < labels; l++) {
      if (seen[l]) {
        double denom = 2 * tp[l] + fp[l] + fn[l];
        sum += denom == 0 ? 0 : 2 * tp[l] / denom;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
