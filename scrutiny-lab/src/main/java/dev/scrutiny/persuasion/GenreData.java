package dev.scrutiny.persuasion;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The genre trainer's examples as a dense, standardised matrix (one column per hashed feature index in use), with
 * each example's weight (its own times its genre's) and the genres it may be; computes the weighted softmax loss
 * with an L2 penalty and its gradient, and folds the standardisation back into a {@link LinearModel}.
 */
final class GenreData {

  private final TreeMap<Integer, Integer> columns;
  private final double[] mean;
  private final double[] scale;
  private final double[][] z;
  private final double[] weight;
  private final boolean[][] allowed;
  private final double totalWeight;
  private final int labels;

  private GenreData(TreeMap<Integer, Integer> columns, double[] mean, double[] scale, double[][] z, double[] weight,
      boolean[][] allowed, int labels) {
    this.columns = columns;
    this.mean = mean;
    this.scale = scale;
    this.z = z;
    this.weight = weight;
    this.allowed = allowed;
    this.labels = labels;
    double t = 0;
    for (double w : weight) {
      t += w;
    }
    this.totalWeight = t;
  }

  /**
   * The examples of {@code train} without the feature indices {@code ignored}, genres weighted
   * {@code (n / n_genre)^classPower} (counted on fully labelled examples).
   */
  static GenreData of(int labels, List<TrainingExample> train, double classPower, java.util.Set<Integer> ignored) {
    TreeMap<Integer, Integer> columns = GenreTrainer.columns(train, ignored);
    int n = train.size();
    int m = columns.size();
    double[][] x = new double[n][m];
    double[] mean = new double[m];
    double[] scale = new double[m];
    for (int i = 0; i < n; i++) {
      FeatureVector v = train.get(i).x();
      for (int k = 0; k < v.index().length; k++) {
        Integer c = columns.get(v.index()[k]);
        if (c != null) {
          x[i][c] = v.value()[k];
        }
      }
    }
    for (int c = 0; c < m; c++) {
      double s = 0, ss = 0;
      for (double[] row : x) {
        s += row[c];
        ss += row[c] * row[c];
      }
      mean[c] = s / n;
      double var = ss / n - mean[c] * mean[c];
      scale[c] = var > 1e-12 ? Math.sqrt(var) : 1;
    }
    for (double[] row : x) {
      for (int c = 0; c < m; c++) {
        row[c] = (row[c] - mean[c]) / scale[c];
      }
    }
    return new GenreData(columns, mean, scale, x, weights(labels, train, classPower), allowed(labels, train), labels);
  }

  private static double[] weights(int labels, List<TrainingExample> train, double classPower) {
    int[] count = new int[labels];
    int full = 0;
    for (TrainingExample e : train) {
      if (e.taught() == null) {
        count[goldLabel(e)]++;
        full++;
      }
    }
    double[] w = new double[train.size()];
    for (int i = 0; i < w.length; i++) {
      TrainingExample e = train.get(i);
      double genre = e.taught() == null ? Math.pow(full / (double) Math.max(1, count[goldLabel(e)]), classPower) : 1;
      w[i] = e.weight() * genre;
    }
    return w;
  }

  /** The genres each example may be: its gold genre, or every genre but those it is taught not to be. */
  private static boolean[][] allowed(int labels, List<TrainingExample> train) {
    boolean[][] out = new boolean[train.size()][labels];
    for (int i = 0; i < out.length; i++) {
      TrainingExample e = train.get(i);
      for (int l = 0; l < labels; l++) {
        out[i][l] = e.taught() == null ? e.gold()[l] : !e.taught()[l] || e.gold()[l];
      }
    }
    return out;
  }

  private static int goldLabel(TrainingExample e) {
    for (int l = 0; l < e.gold().length; l++) {
      if (e.gold()[l]) {
        return l;
      }
    }
    throw new IllegalArgumentException("genre example " + e.key() + " has no gold genre");
  }

  int columns() {
    return columns.size();
  }

  /** Softmax probabilities of example {@code i} under weights {@code w} (last column the bias). */
  private double[] probabilities(double[][] w, int i) {
    double[] p = new double[labels];
    double max = Double.NEGATIVE_INFINITY;
    for (int l = 0; l < labels; l++) {
      double s = w[l][z[i].length];
      for (int c = 0; c < z[i].length; c++) {
        s += w[l][c] * z[i][c];
      }
      p[l] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int l = 0; l < labels; l++) {
      p[l] = Math.exp(p[l] - max);
      sum += p[l];
    }
    for (int l = 0; l < labels; l++) {
      p[l] /= sum;
    }
    return p;
  }

  /** Mean weighted loss, minus log of the probability of the allowed genres, plus the L2 penalty (bias free). */
  double loss(double[][] w, double l2) {
    double loss = 0;
    for (int i = 0; i < z.length; i++) {
      double[] p = probabilities(w, i);
      double q = 0;
      for (int l = 0; l < labels; l++) {
        q += allowed[i][l] ? p[l] : 0;
      }
      loss -= weight[i] * Math.log(Math.max(q, 1e-300));
    }
    return loss / totalWeight + 0.5 * l2 * penalty(w);
  }

  private double penalty(double[][] w) {
    double s = 0;
    for (double[] row : w) {
      for (int c = 0; c < row.length - 1; c++) {
        s += row[c] * row[c];
      }
    }
    return s;
  }

  /** The gradient of {@link #loss}. */
  double[][] gradient(double[][] w, double l2) {
    int m = columns();
    double[][] g = new double[labels][m + 1];
    for (int i = 0; i < z.length; i++) {
      double[] p = probabilities(w, i);
      double q = 0;
      for (int l = 0; l < labels; l++) {
        q += allowed[i][l] ? p[l] : 0;
      }
      for (int l = 0; l < labels; l++) {
        double d = weight[i] / totalWeight * (p[l] - (allowed[i][l] ? p[l] / Math.max(q, 1e-300) : 0));
        for (int c = 0; c < m; c++) {
          g[l][c] += d * z[i][c];
        }
        g[l][m] += d;
      }
    }
    for (int l = 0; l < labels; l++) {
      for (int c = 0; c < m; c++) {
        g[l][c] += l2 * w[l][c];
      }
    }
    return g;
  }

  /** The model over the hashed features whose logits equal the fitted softmax scores, offsets at 0. */
  LinearModel model(String[] labelNames, FeatureConfig config, double[][] w) {
    float[][] weights = new float[labels][config.dim()];
    float[] bias = new float[labels];
    int m = columns();
    for (int l = 0; l < labels; l++) {
      double b = w[l][m];
      for (Map.Entry<Integer, Integer> e : columns.entrySet()) {
        int c = e.getValue();
        weights[l][e.getKey()] = (float) (w[l][c] / scale[c]);
        b -= w[l][c] * mean[c] / scale[c];
      }
      bias[l] = (float) b;
    }
    return new LinearModel(labelNames, config, weights, bias, new double[labels]);
  }
}
