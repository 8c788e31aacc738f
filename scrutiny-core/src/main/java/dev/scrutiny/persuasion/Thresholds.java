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

  /**
   * Per-label thresholds maximising micro-F1 of {@code probs} against {@code gold}, by coordinate ascent
   * from 0.5 over a grid of 0.025 steps; ties keep the threshold closest to 0.5.
   */
  static double[] tuneMicro(double[][] probs, boolean[][] gold, int labels) {
    int g = GRID.length;
    int[][] tp = new int[labels][g];
    int[][] fp = new int[labels][g];
    int[] pos = new int[labels];
    for (int i = 0; i < probs.length; i++) {
      for (int l = 0; l < labels; l++) {
        if (gold[i][l]) {
          pos[l]++;
        }
        for (int k = 0; k < g; k++) {
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
    int[] choice = new int[labels];
    int mid = 19; // 0.5
    Arrays.fill(choice, mid);
    for (int round = 0; round < 4; round++) {
      for (int l = 0; l < labels; l++) {
        long sTp = 0, sFp = 0, sPos = 0;
        for (int m = 0; m < labels; m++) {
          if (m != l) {
            sTp += tp[m][choice[m]];
            sFp += fp[m][choice[m]];
          }
          sPos += pos[m];
        }
        int best = choice[l];
        double bestF = -1;
        for (int k = 0; k < g; k++) {
          double f = f1(sTp + tp[l][k], sFp + fp[l][k], sPos);
          if (f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && Math.abs(k - mid) < Math.abs(best - mid))) {
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
    double[] best = new double[labels];
    double bestF = macroF1(logits, gold, best, labels);
    double[] cur = new double[labels];
    for (int round = 0; round < 3; round++) {
      for (int l = 1; l < labels; l++) {
        for (int k = -32; k <= 32; k++) {
          cur = best.clone();
          cur[l] = 0.25 * k;
          double f = macroF1(logits, gold, cur, labels);
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
    int[] tp = new int[labels], fp = new int[labels], fn = new int[labels];
    boolean[] seen = new boolean[labels];
    for (int i = 0; i < logits.length; i++) {
      int p = argmax(logits[i], offsets);
      seen[p] = true;
      seen[gold[i]] = true;
      if (p == gold[i]) {
        tp[p]++;
      } else {
        fp[p]++;
        fn[gold[i]]++;
      }
    }
    double sum = 0;
    int n = 0;
    for (int l = 0; l < labels; l++) {
      if (seen[l]) {
        sum += 2.0 * tp[l] / Math.max(1, 2.0 * tp[l] + fp[l] + fn[l]);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
