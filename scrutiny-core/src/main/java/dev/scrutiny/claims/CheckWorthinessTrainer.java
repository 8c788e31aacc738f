package dev.scrutiny.claims;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Trains and evaluates {@link CheckWorthiness} models: seeded SGD logistic regression with weight
 * averaging (which regularises) over hashed features, Yes examples up-weighted, and the decision
 * threshold tuned for F1 of the Yes class on a development set. The same data and seed give the same
 * model, bit for bit.
 *
 * <pre>{@code
 * var train = CheckWorthinessTrainer.read(dir.resolve("CT24_checkworthy_english_train.tsv"));
 * var dev = CheckWorthinessTrainer.read(dir.resolve("CT24_checkworthy_english_dev.tsv"));
 * CheckWorthiness model = CheckWorthinessTrainer.train(train, dev, 42);
 * Scores s = CheckWorthinessTrainer.evaluate(model, dev);
 * }</pre>
 */
public final class CheckWorthinessTrainer {

  /** Hash space of the shipped model: 2^18 weights (1 MiB before compression). */
  public static final int BITS = 18;
  static final Settings DEFAULTS = new Settings(6, 0.05, 3.0);

  /** Training settings: passes over the data, initial learning rate, weight of a Yes example. */
  record Settings(int epochs, double learningRate, double yesWeight) {}

  private CheckWorthinessTrainer() {}

  /** One labelled sentence. */
  public record Example(String id, String text, boolean checkworthy) {
    public Example {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Precision, recall and F1 of the Yes class, with the counts behind them. */
  public record Scores(int truePositives, int falsePositives, int falseNegatives, int total) {
    public double precision() {
      return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.4f R %.4f F1 %.4f (tp %d, fp %d, fn %d, n %d)", precision(), recall(),
          f1(), truePositives, falsePositives, falseNegatives, total);
    }
  }

  /**
   * Reads a CheckThat! TSV: a header, then {@code Sentence_id <TAB> Text <TAB> class_label} with labels
   * {@code Yes}/{@code No}.
   *
   * @throws IllegalArgumentException naming the file and line when a row is malformed
   */
  public static List<Example> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<Example> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": expected 3 tab-separated columns "
            + "(Sentence_id, Text, class_label), got " + cols.length);
      }
      String label = cols[cols.length - 1].trim();
      if (!label.equals("Yes") && !label.equals("No")) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": expected label Yes or No, got '"
            + label + "'");
      }
      String text = String.join("\t", java.util.Arrays.copyOfRange(cols, 1, cols.length - 1));
      out.add(new Example(cols[0], text, label.equals("Yes")));
    }
    return out;
  }

  /** Trains on {@code train} and tunes the threshold on {@code dev}. */
  public static CheckWorthiness train(List<Example> train, List<Example> dev, long seed) {
    return train(train, dev, seed, DEFAULTS);
  }

  static CheckWorthiness train(List<Example> train, List<Example> dev, long seed, Settings settings) {
    if (train.isEmpty()) {
      throw new IllegalArgumentException("training set is empty");
    }
    int dim = 1 << BITS;
    int[][] x = new int[train.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = CheckWorthiness.features(train.get(i).text(), BITS);
    }
    double[] w = new double[dim];
    double[] sum = new double[dim];
    double b = 0;
    double sumB = 0;
    long c = 1;
    Random random = new Random(seed);
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double lr = settings.learningRate() / (1 + 0.5 * epoch);
      for (int idx : order) {
        int[] f = x[idx];
        double m = b;
        for (int k : f) {
          m += w[k];
        }
        double y = train.get(idx).checkworthy() ? 1 : 0;
        double step = lr * (CheckWorthiness.sigmoid(m) - y) * (y == 1 ? settings.yesWeight() : 1);
        for (int k : f) {
          w[k] -= step;
          // averaged weights without touching every weight each step (Daume's averaged perceptron trick)
          sum[k] -= c * step;
        }
        b -= step;
        sumB -= c * step;
        c++;
      }
    }
    float[] out = new float[dim];
    for (int k = 0; k < dim; k++) {
      out[k] = (float) (w[k] - sum[k] / c);
    }
    float bias = (float) (b - sumB / c);
    CheckWorthiness untuned = new CheckWorthiness(BITS, out, bias, 0.5f);
    float threshold = dev.isEmpty() ? 0.5f : (float) bestThreshold(untuned, dev);
    return new CheckWorthiness(BITS, out, bias, threshold);
  }

  /** The threshold on the score that maximises F1 of the Yes class on {@code dev}. */
  static double bestThreshold(CheckWorthiness model, List<Example> dev) {
    double best = 0.5;
    double bestF1 = -1;
    for (int t = 5; t <= 95; t++) {
      double th = t / 100.0;
      double f1 = evaluate(model, dev, th).f1();
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = th;
      }
    }
    return best;
  }

  /** Scores of {@code model} on labelled sentences at its own threshold. */
  public static Scores evaluate(CheckWorthiness model, List<Example> gold) {
    return evaluate(model, gold, model.threshold());
  }

  static Scores evaluate(CheckWorthiness model, List<Example> gold, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Example e : gold) {
      boolean predicted = model.score(e.text()) >= threshold;
      if (predicted && e.checkworthy()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (e.checkworthy()) {
        fn++;
      }
    }
    return new Scores(tp, fp, fn, gold.size());
  }

  /** Writes {@code model} to {@code file}, creating parent folders. */
  public static void write(CheckWorthiness model, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        model.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write check-worthiness model to " + file, e);
    }
  }

  /** Reads a model file written by {@link #write}. */
  public static CheckWorthiness load(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return CheckWorthiness.read(in);
    }
  }
}
