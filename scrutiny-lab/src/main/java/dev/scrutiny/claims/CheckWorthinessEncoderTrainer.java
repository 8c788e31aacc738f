package dev.scrutiny.claims;

import dev.scrutiny.text.SentenceEncoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

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

  /**
   * The model for an encoder fine-tuned for check-worthiness on {@code train} (by {@code tools/finetune}), whose
   * classifier on the vectors was trained with it and is read from {@code head} (a line with the bias, then one weight
   * a line; lines starting with {@code #} are comments). Refitting that classifier on the training sentences' vectors
   * would fit what the encoder memorised, so nothing is refitted: the hashed model is fitted on {@code train} as the
   * shipped one is, and {@code validation} (sentences the encoder never saw) prints F1 of the Yes class for each
   * share of the vector model in the score and each threshold. The model scores with {@code share}; its threshold is
   * {@code threshold} when given, else the one best on {@code validation} at that share. It reads the encoder only for
   * texts whose hashed-word probability lies between {@code bandLow} and {@code bandHigh} (0 and 1: every text); a
   * table of F1 on {@code validation} and the share of sentences encoded for each band is printed too.
   */
  public static CheckWorthiness withHead(List<CheckWorthinessTrainer.Example> train,
      List<CheckWorthinessTrainer.Example> validation, SentenceEncoder encoder, Path head, double share,
      @Nullable Double threshold, double bandLow, double bandHigh, long seed, PrintWriter log) throws IOException {
    CheckWorthinessVectors.Band band = new CheckWorthinessVectors.Band(bandLow, bandHigh);
    double[] w = readHead(head, encoder.dimension());
    CheckWorthinessVectors vectors = new CheckWorthinessVectors(encoder.id(), java.util.Arrays.copyOf(w, w.length - 1),
        w[w.length - 1], share, band, encoder);
    CheckWorthiness words = CheckWorthinessTrainer.fit(train, seed, CheckWorthinessTrainer.DEFAULTS);
    long t0 = System.nanoTime();
    float[][] emb = encoder.encode(validation.stream().map(CheckWorthinessTrainer.Example::text).toList());
    log.printf(Locale.ROOT, "encoded %d validation sentences with %s in %.1f s%n", validation.size(), encoder.id(),
        (System.nanoTime() - t0) / 1e9);
    double[] hashed = new double[validation.size()];
    double[] dense = new double[validation.size()];
    for (int i = 0; i < hashed.length; i++) {
      hashed[i] = words.score(validation.get(i).text()); // the hashed-word model alone
      dense[i] = vectors.probability(emb[i]);
    }
    for (double s : new double[] {0, 0.25, 0.5, 0.75, 1}) {
      double[] mix = mix(hashed, dense, s);
      StringBuilder row = new StringBuilder();
      for (int t = 10; t <= 90; t += 5) {
        row.append(String.format(Locale.ROOT, " %.2f:%.4f", t / 100.0,
            CheckWorthinessTrainer.scores(mix, validation, t / 100.0).f1()));
      }
      double best = CheckWorthinessTrainer.bestThreshold(mix, validation);
      log.printf(Locale.ROOT, "validation, vector share %.2f: best threshold %.2f %s%n  F1 by threshold%s%n", s, best,
          CheckWorthinessTrainer.scores(mix, validation, best), row);
    }
    double th = threshold != null ? threshold
        : CheckWorthinessTrainer.bestThreshold(mix(hashed, dense, share), validation);
    log.printf(Locale.ROOT, "model: vector share %.2f, threshold %.2f%s%n", share, th,
        threshold != null ? " (given)" : " (best on validation)");
    printBands(hashed, dense, share, th, validation, log);
    log.printf(Locale.ROOT, "model: encoder read where the hashed-word probability lies in %s%n", band);
    log.flush();
    return words.withVectors(vectors).withThreshold(th);
  }

  /**
   * Prints F1 on {@code validation} and the share of its sentences encoded when the encoder is read only for
   * hashed-word probabilities inside each band (lower ends 0 to 0.35, upper ends 0.50 to 1, by 0.05).
   */
  private static void printBands(double[] hashed, double[] dense, double share, double threshold,
      List<CheckWorthinessTrainer.Example> validation, PrintWriter log) {
    log.printf(Locale.ROOT, "validation, encoder read only inside a band of the hashed-word probability "
        + "(share %.2f, threshold %.2f): F1 / share of sentences encoded%n", share, threshold);
    double[] mixed = mix(hashed, dense, share);
    for (int lo = 0; lo <= 35; lo += 5) {
      StringBuilder row = new StringBuilder();
      for (int hi = 50; hi <= 100; hi += 5) {
        CheckWorthinessVectors.Band b = new CheckWorthinessVectors.Band(lo / 100.0, hi / 100.0);
        double[] score = new double[hashed.length];
        int encoded = 0;
        for (int i = 0; i < score.length; i++) {
          boolean in = b.contains(hashed[i]);
          encoded += in ? 1 : 0;
          score[i] = in ? mixed[i] : hashed[i];
        }
        row.append(String.format(Locale.ROOT, " %s %.4f/%.2f", b, CheckWorthinessTrainer.scores(score, validation,
            threshold).f1(), encoded / (double) score.length));
      }
      log.println(" " + row);
    }
  }

  /** The score with {@code share} of the vector model's probability, the rest the hashed-word model's. */
  private static double[] mix(double[] hashed, double[] dense, double share) {
    double[] mix = new double[hashed.length];
    for (int i = 0; i < mix.length; i++) {
      mix[i] = (1 - share) * hashed[i] + share * dense[i];
    }
    return mix;
  }

  /** The bias (last) and weights of a classifier file written by the fine-tuning tool. */
  static double[] readHead(Path file, int dimension) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      try {
        values.add(Double.parseDouble(l));
      } catch (NumberFormatException e) {
        throw new IOException(file + " line " + (i + 1) + ": expected a number, got '" + l + "'", e);
      }
    }
    if (values.size() != dimension + 1) {
      throw new IOException(file + ": expected a bias and " + dimension + " weights (the encoder's dimension), got "
          + values.size() + " numbers");
    }
    double[] w = new double[dimension + 1];
    for (int j = 0; j < dimension; j++) {
      w[j] = values.get(j + 1);
    }
    w[dimension] = values.get(0);
    return w;
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
