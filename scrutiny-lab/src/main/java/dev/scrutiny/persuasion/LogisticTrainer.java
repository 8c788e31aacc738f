package dev.scrutiny.persuasion;

import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Trains one-vs-rest logistic regression by seeded stochastic gradient descent with AdaGrad step sizes
 * and lazy L2 regularisation on touched weights. Same inputs and seed give the same model.
 *
 * @param epochs         passes over the data
 * @param rate           AdaGrad base learning rate
 * @param l2             L2 penalty per touched weight and step
 * @param positiveWeightCap positives of a label weigh sqrt(negatives / positives), capped at this
 */
record LogisticTrainer(int epochs, double rate, double l2, double positiveWeightCap) {

  static LogisticTrainer defaults() {
    return new LogisticTrainer(12, 0.1, 1e-6, 4);
  }

  /**
   * Fits weights and biases; {@code gold[i][l]} says whether example {@code i} has label {@code l};
   * {@code exampleWeight[i]} scales its loss. Thresholds start at 0.5 (offsets at 0 for genre).
   */
  LinearModel fit(String[] labels, FeatureConfig config, List<FeatureVector> xs, boolean[][] gold,
      double[] exampleWeight, long seed, boolean singleLabel) {
    return fit(labels, config, xs, gold, null, exampleWeight, seed, singleLabel);
  }

  /**
   * As {@link #fit(String[], FeatureConfig, List, boolean[][], double[], long, boolean)}, but example {@code i}
   * teaches only the labels where {@code taught[i][l]} holds ({@code taught} or a row of it null: all labels).
   * An article known only not to be satire teaches the satire head and leaves the others alone.
   */
  LinearModel fit(String[] labels, FeatureConfig config, List<FeatureVector> xs, boolean[][] gold,
      boolean @Nullable [] @Nullable [] taught, double[] exampleWeight, long seed, boolean singleLabel) {
    int nLabels = labels.length;
    int dim = config.dim();
    float[][] w = new float[nLabels][dim];
    float[][] g2 = new float[nLabels][dim];
    float[] bias = new float[nLabels];
    float[] biasG2 = new float[nLabels];
    double[] posWeight = positiveWeights(nLabels, gold, taught);
    int[] order = new int[xs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        for (int l = 0; l < nLabels; l++) {
          if (taught != null && taught[i] != null && !taught[i][l]) {
            continue;
          }
          double classWeight = gold[i][l] ? posWeight[l] : 1;
          double g = step(xs.get(i), gold[i][l], classWeight, exampleWeight[i], w[l], g2[l], bias[l]);
          biasG2[l] += (float) (g * g);
          bias[l] -= (float) (rate * g / Math.sqrt(biasG2[l] + 1e-8));
        }
      }
    }
    double[] thresholds = new double[nLabels];
    java.util.Arrays.fill(thresholds, singleLabel ? 0 : 0.5);
    return new LinearModel(labels, config, w, bias, thresholds);
  }

  /** Per label: positives weigh sqrt(negatives / positives), at least 1 and at most {@link #positiveWeightCap}. */
  private double[] positiveWeights(int nLabels, boolean[][] gold, boolean @Nullable [] @Nullable [] taught) {
    double[] posWeight = new double[nLabels];
    for (int l = 0; l < nLabels; l++) {
      int pos = 0;
      int neg = 0;
      for (int i = 0; i < gold.length; i++) {
        if (taught != null && taught[i] != null && !taught[i][l]) {
          continue;
        }
        if (gold[i][l]) {
          pos++;
        } else {
          neg++;
        }
      }
      double ratio = (double) neg / Math.max(1, pos);
      posWeight[l] = pos == 0 ? 1 : Math.min(positiveWeightCap, Math.max(1, Math.sqrt(ratio)));
    }
    return posWeight;
  }

  /** Fisher-Yates shuffle of {@code order}, drawing from {@code random} from the last position down. */
  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /**
   * One AdaGrad step on the weights {@code wl} of one label for example {@code x}, its loss scaled by the label's
   * class weight and the example's weight; returns the loss gradient at the bias (the caller updates the bias).
   */
  private double step(FeatureVector x, boolean y, double classWeight, double exampleWeight, float[] wl, float[] gl,
      float bias) {
    int[] idx = x.index();
    float[] val = x.value();
    double z = bias;
    for (int k = 0; k < idx.length; k++) {
      z += wl[idx[k]] * val[k];
    }
    double p = LinearModel.sigmoid(z);
    double g = (p - (y ? 1 : 0)) * classWeight * exampleWeight;
    for (int k = 0; k < idx.length; k++) {
      int f = idx[k];
      double grad = g * val[k] + l2 * wl[f];
      gl[f] += (float) (grad * grad);
      wl[f] -= (float) (rate * grad / Math.sqrt(gl[f] + 1e-8));
    }
    return g;
  }
}
