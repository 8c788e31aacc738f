package dev.scrutiny.persuasion;

import java.util.List;
import java.util.TreeMap;

/**
 * Fits the genre model on dense style features: multinomial logistic regression with an L2 penalty, on features
 * standardised over the training examples, by full-batch gradient descent with a backtracking step (no random
 * order, so the same examples give the same model). The standardisation is folded back into the weights and
 * biases, so the result is an ordinary {@link LinearModel} over the hashed features: its logits are the softmax
 * scores, and the genre is their argmax plus the offsets tuned afterwards.
 *
 * <p>Genres are weighted {@code (n / n_genre)^}{@link #classPower}: 0 keeps the training mix, 1 makes every genre
 * weigh the same in the loss. An example that teaches only some labels (a press release known not to be satire)
 * is a partial label: its loss is minus the log of the probability of the genres it may be.
 *
 * @param l2         penalty on the squared standardised weights, per unit of total example weight
 * @param classPower exponent of the genre weights
 * @param iterations gradient steps
 */
record GenreTrainer(double l2, double classPower, int iterations) {

  /**
   * Features that measure how long the text is. They get no weight: the model is trained on SemEval's long
   * articles (about 5,000 characters) and their openings, but reads wire briefs and posts far shorter, and
   * length itself says nothing about genre there.
   */
  static final List<String> LENGTH_FEATURES = List.of("d article-length", "s length 0", "s length 1", "s length 2",
      "s length 3", "s length 4", "s length 5", "s length 6");

  /** Fits a model with {@code labels} on {@code train}, with offsets at 0. */
  LinearModel fit(String[] labels, FeatureConfig config, List<TrainingExample> train) {
    FeatureExtractor fx = new FeatureExtractor(config);
    java.util.Set<Integer> ignored = new java.util.HashSet<>();
    LENGTH_FEATURES.forEach(f -> ignored.add(fx.index(f)));
    GenreData d = GenreData.of(labels.length, train, classPower, ignored);
    int k = labels.length;
    int m = d.columns();
    double[][] w = new double[k][m + 1]; // last column: bias
    double step = 1;
    double loss = d.loss(w, l2);
    for (int it = 0; it < iterations; it++) {
      double[][] g = d.gradient(w, l2);
      double gg = 0;
      for (double[] row : g) {
        for (double v : row) {
          gg += v * v;
        }
      }
      if (gg < 1e-18) {
        break;
      }
      step = Math.min(step * 2, 64);
      while (true) {
        double[][] next = new double[k][];
        for (int l = 0; l < k; l++) {
          next[l] = w[l].clone();
          for (int c = 0; c <= m; c++) {
            next[l][c] -= step * g[l][c];
          }
        }
        double nextLoss = d.loss(next, l2);
        if (nextLoss <= loss - 0.5 * step * gg || step < 1e-9) {
          w = next;
          loss = nextLoss;
          break;
        }
        step /= 2;
      }
    }
    return d.model(labels, config, w);
  }

  /** The hashed feature indices used by any training example but {@code ignored}, in index order, numbered from 0. */
  static TreeMap<Integer, Integer> columns(List<TrainingExample> train, java.util.Set<Integer> ignored) {
    TreeMap<Integer, Integer> out = new TreeMap<>();
    for (TrainingExample e : train) {
      for (int i : e.x().index()) {
        if (!ignored.contains(i)) {
          out.putIfAbsent(i, 0);
        }
      }
    }
    int c = 0;
    for (var e : out.entrySet()) {
      e.setValue(c++);
    }
    return out;
  }
}
