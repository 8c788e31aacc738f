package dev.scrutiny.claims;

import dev.scrutiny.text.SentenceEncoder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains the check-worthiness model that also reads a frozen sentence encoder's vectors: the shipped hashed-word
 * model plus a logistic regression on the encoder vector, scoring the mean of the two probabilities. 5-fold
 * cross-validation on train plus dev (the folds of {@link CheckWorthinessTrainer#outOfFoldScores}) prints F1 of the
 * Yes class at the best threshold of the out-of-fold scores for the hashed model, the vectors alone and the mean;
 * the written model is fitted on train (as the shipped one) with the mean's threshold. Dev-test is not read here.
 */
public final class CheckWorthinessEncoderTrainer {

  private CheckWorthinessEncoderTrainer() {}

  /** Runs the cross-validation, prints its figures to {@code log}, and returns the model fitted on {@code train}. */
  public static CheckWorthiness train(List<CheckWorthinessTrainer.Example> train,
      List<CheckWorthinessTrainer.Example> dev, SentenceEncoder encoder, long seed, PrintWriter log) {
    List<CheckWorthinessTrainer.Example> data = new ArrayList<>(train);
    data.addAll(dev);
    long t0 = System.nanoTime();
    float[][] emb = encoder.encode(data.stream().map(CheckWorthinessTrainer.Example::text).toList());
    double perSentence = (System.nanoTime() - t0) / 1e6 / data.size();
    log.printf(Locale.ROOT, "encoded %d sentences with %s in %.1f s (%.2f ms a sentence, this machine, batches of 32)%n",
        data.size(), encoder.id(), (System.nanoTime() - t0) / 1e9, perSentence);
    log.flush();
    CheckWorthinessTrainer.Settings settings = CheckWorthinessTrainer.DEFAULTS;
    int folds = settings.folds();
    double[] sparse = CheckWorthinessTrainer.outOfFoldScores(data, folds, seed, settings);
    int[] fold = folds(data.size(), folds, seed);
    double[] dense = new double[data.size()];
    for (int f = 0; f < folds; f++) {
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] != f) {
          in.add(i);
        }
      }
      double[] w = fitDense(data, emb, in, seed + f, settings);
      for (int i = 0; i < fold.length; i++) {
        if (fold[i] == f) {
          dense[i] = CheckWorthiness.sigmoid(margin(w, emb[i]));
        }
      }
    }
    double[] mean = new double[data.size()];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = (sparse[i] + dense[i]) / 2;
    }
    report(log, "hashed words (shipped)", sparse, data);
    report(log, "encoder vectors alone", dense, data);
    double threshold = report(log, "mean of both", mean, data);
    log.flush();
    return finalModel(train, emb, encoder, seed, settings, threshold);
  }

  /** The hashed model fitted on {@code train} as the shipped one is, with vector weights fitted on the same examples. */
  private static CheckWorthiness finalModel(List<CheckWorthinessTrainer.Example> train, float[][] emb,
      SentenceEncoder encoder, long seed, CheckWorthinessTrainer.Settings settings, double threshold) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      all.add(i); // train comes first in the encoded data
    }
    double[] w = fitDense(train, emb, all, seed, settings);
    CheckWorthinessVectors vectors = new CheckWorthinessVectors(encoder.id(), java.util.Arrays.copyOf(w, w.length - 1),
        w[w.length - 1], encoder);
    return CheckWorthinessTrainer.fit(train, seed, settings).withVectors(vectors).withThreshold(threshold);
  }

  /** Prints F1 at the best threshold of {@code scores} and returns that threshold. */
  private static double report(PrintWriter log, String name, double[] scores, List<CheckWorthinessTrainer.Example> data) {
    double th = CheckWorthinessTrainer.bestThreshold(scores, data);
    log.printf(Locale.ROOT, "CV %-24s threshold %.2f %s%n", name, th, CheckWorthinessTrainer.scores(scores, data, th));
    return th;
  }

  /** The fold of each example, as {@link CheckWorthinessTrainer#outOfFoldScores} draws them. */
  private static int[] folds(int n, int folds, long seed) {
    int[] fold = new int[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Collections.shuffle(java.util.Arrays.asList(order), new Random(seed));
    for (int i = 0; i < n; i++) {
      fold[order[i]] = i % folds;
    }
    return fold;
  }

  private static double margin(double[] w, float[] x) {
    double m = w[x.length];
    for (int j = 0; j < x.length; j++) {
      m += w[j] * x[j];
    }
    return m;
  }

  /** Averaged SGD logistic regression on the vectors (last weight: bias), Yes examples weighted as the shipped model. */
  private static double[] fitDense(List<CheckWorthinessTrainer.Example> data, float[][] emb, List<Integer> train,
      long seed, CheckWorthinessTrainer.Settings s) {
    int d = emb[0].length;
    double[] w = new double[d + 1];
    double[] avg = new double[d + 1];
    Random r = new Random(seed);
    List<Integer> order = new ArrayList<>(train);
    long steps = 0;
    for (int epoch = 0; epoch < 10; epoch++) {
      java.util.Collections.shuffle(order, r);
      double lr = 0.5 / (1 + 0.5 * epoch);
      for (int i : order) {
        double y = data.get(i).checkworthy() ? 1 : 0;
        double g = (CheckWorthiness.sigmoid(margin(w, emb[i])) - y) * (y == 1 ? s.yesWeight() : 1) * lr;
        for (int j = 0; j < d; j++) {
          w[j] -= g * emb[i][j] + lr * 1e-5 * w[j];
        }
        w[d] -= g;
        steps++;
        for (int j = 0; j <= d; j++) {
          avg[j] += (w[j] - avg[j]) / steps;
        }
      }
    }
    return avg;
  }
}
