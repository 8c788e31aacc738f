package dev.scrutiny.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The averaged structured perceptron (Collins 2002) behind {@link NerTrainer}: shuffles the chosen training
 * documents each epoch (seeded), decodes each sentence with the current weights and the document's label
 * history, and on a mistake moves the emission and transition weights towards the gold labels, keeping the
 * running sums that give the averaged model. Optionally updates only features seen often enough and leaves
 * a seeded share of each token's features out of a step (dropout).
 */
final class NerPerceptron {

  private static final int L = NerLabels.COUNT;

  /** What to add to an epoch's progress line, given the averaged model so far. */
  interface EpochCheck {
    String after(int epoch, NerModel model);
  }

  /**
   * How to train: shuffling and dropout seed, passes over the documents, the count a feature needs to be
   * updated (1: all), the probability of leaving a feature out of a step (0: none), and where progress
   * lines go.
   */
  record Settings(long seed, int epochs, int minCount, double dropout, Consumer<String> log) {}

  private final Lexicon lexicon;
  private final NerFeatures features;
  private final List<NerFeatures.Document> docs;
  private final List<int[][]> golds;
  private final long seed;
  private final int minCount;
  private final double dropout;
  private final Settings settings;

  private final float[] w = new float[(1 << NerTrainer.BITS) * L];
  private final float[] u = new float[w.length];
  private final float[] t = new float[(L + 1) * L];
  private final float[] tu = new float[t.length];
  /** Step counter for the averages: one per sentence seen. */
  private long c = 1;

  NerPerceptron(Lexicon lexicon, NerFeatures features, List<NerFeatures.Document> docs, List<int[][]> golds,
                Settings settings) {
    this.lexicon = lexicon;
    this.features = features;
    this.docs = docs;
    this.golds = golds;
    this.settings = settings;
    this.seed = settings.seed();
    this.minCount = settings.minCount();
    this.dropout = settings.dropout();
  }

  /** Trains on the documents {@code trainIdx} and returns the averaged model after the last epoch. */
  NerModel fit(int[] trainIdx, EpochCheck check) {
    return fit(List.of(this), trainIdx, check);
  }

  /**
   * Trains {@code members} side by side on the documents {@code trainIdx}, an epoch of each in turn, and
   * returns the model whose weights are the mean of the members' averaged weights after the last epoch. The
   * members share features and documents and differ in their settings' seed (order of the documents, and
   * which features dropout leaves out); one member gives that member's own model.
   */
  static NerModel fit(List<NerPerceptron> members, int[] trainIdx, EpochCheck check) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("no members to train");
    }
    NerPerceptron first = members.get(0);
    boolean[] allowed = first.minCount > 1 ? first.allowedFeatures(trainIdx) : null;
    Random[] random = new Random[members.size()];
    int[][] order = new int[members.size()][];
    for (int m = 0; m < random.length; m++) {
      random[m] = new Random(members.get(m).seed);
      order[m] = trainIdx.clone();
    }
    NerModel model = null;
    for (int epoch = 1; epoch <= first.settings.epochs(); epoch++) {
      StringBuilder mistakes = new StringBuilder();
      for (int m = 0; m < random.length; m++) {
        shuffle(order[m], random[m]);
        int wrong = 0;
        for (int d : order[m]) {
          wrong += members.get(m).document(d, epoch, allowed);
        }
        mistakes.append(m == 0 ? "" : "/").append(wrong);
      }
      model = build(members);
      first.settings.log().accept("epoch " + epoch + ": " + mistakes + " sentences wrong" + check.after(epoch, model));
    }
    return model;
  }

  /** The buckets seen at least {@code minCount} times in the training documents, plus every history feature. */
  private boolean[] allowedFeatures(int[] trainIdx) {
    int[] counts = new int[1 << NerTrainer.BITS];
    for (int d : trainIdx) {
      for (int[][] sentence : docs.get(d).features()) {
        for (int[] token : sentence) {
          for (int b : token) {
            counts[b]++;
          }
        }
      }
    }
    boolean[] allowed = new boolean[counts.length];
    int kept = 0;
    for (int b = 0; b < counts.length; b++) {
      allowed[b] = counts[b] >= minCount;
      kept += allowed[b] ? 1 : 0;
    }
    for (int b : features.historyFeatureIds()) {
      allowed[b] = true;
    }
    settings.log().accept("features seen at least " + minCount + " times: " + kept + " buckets");
    return allowed;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  }

  /** One training pass over document {@code d}; returns the number of sentences decoded wrongly. */
  private int document(int d, int epoch, boolean[] allowed) {
    NerFeatures.Document doc = docs.get(d);
    NerFeatures.History history = features.new History();
    int mistakes = 0;
    for (int s = 0; s < doc.features().length; s++) {
      int[][] x = history.extend(doc.features()[s], doc.words()[s], doc.capitalised()[s]);
      if (allowed != null || dropout > 0) {
        x = thin(x, allowed, dropout, seed, epoch, d, s);
      }
      int[] gold = golds.get(d)[s];
      int[] pred = decode(x, w, t);
      history.record(doc.words()[s], doc.capitalised()[s], pred);
      if (!Arrays.equals(pred, gold)) {
        mistakes++;
        update(x, gold, pred);
      }
      c++;
    }
    return mistakes;
  }

  /** Moves the weights of each wrongly labelled token, and of each wrong transition, towards the gold labels. */
  private void update(int[][] x, int[] gold, int[] pred) {
    for (int i = 0; i < gold.length; i++) {
      if (pred[i] != gold[i]) {
        for (int b : x[i]) {
          int base = b * L;
          w[base + gold[i]] += 1;
          u[base + gold[i]] += c;
          w[base + pred[i]] -= 1;
          u[base + pred[i]] -= c;
        }
      }
      int gp = i == 0 ? L : gold[i - 1];
      int pp = i == 0 ? L : pred[i - 1];
      if (gp != pp || gold[i] != pred[i]) {
        t[gp * L + gold[i]] += 1;
        tu[gp * L + gold[i]] += c;
        t[pp * L + pred[i]] -= 1;
        tu[pp * L + pred[i]] -= c;
      }
    }
  }

  /**
   * The sentence's features without those not {@code allowed} and, with probability {@code dropout} each,
   * a seeded choice of the rest (the bias feature, first of each token, always stays).
   */
  private static int[][] thin(int[][] x, boolean[] allowed, double dropout, long seed, int epoch, int doc,
                              int sentence) {
    long threshold = (long) (dropout * (1L << 53));
    int[][] out = new int[x.length][];
    for (int i = 0; i < x.length; i++) {
      int[] row = new int[x[i].length];
      int k = 0;
      long state = FeatureHash.combine(60, seed, epoch, ((long) doc << 32) ^ ((long) sentence << 12) ^ i);
      for (int j = 0; j < x[i].length; j++) {
        int b = x[i][j];
        if (allowed != null && !allowed[b] && j > 0) {
          continue;
        }
        if (threshold > 0 && j > 0) {
          state = FeatureHash.mix(state + 0x9e3779b97f4a7c15L);
          if ((state >>> 11) < threshold) {
            continue;
          }
        }
        row[k++] = b;
      }
      out[i] = k == row.length ? row : Arrays.copyOf(row, k);
    }
    return out;
  }

  private static int[] decode(int[][] x, float[] w, float[] t) {
    float[] e = new float[x.length * L];
    for (int i = 0; i < x.length; i++) {
      int eb = i * L;
      for (int b : x[i]) {
        int base = b * L;
        for (int y = 0; y < L; y++) {
          e[eb + y] += w[base + y];
        }
      }
    }
    return Viterbi.decode(e, t, x.length);
  }

  /**
   * The mean over {@code members} of their averaged weights {@code weights - sums / c}; the first member's are
   * copied as they are (-0.0 stays -0.0), so one member gives its own weights bit for bit.
   */
  private static float[] mean(List<NerPerceptron> members, java.util.function.Function<NerPerceptron, float[]> weights,
                              java.util.function.Function<NerPerceptron, float[]> sums) {
    float[] out = new float[weights.apply(members.get(0)).length];
    for (NerPerceptron p : members) {
      float[] w = weights.apply(p);
      float[] u = sums.apply(p);
      boolean add = p != members.get(0);
      for (int i = 0; i < out.length; i++) {
        float v = w[i] - u[i] / p.c;
        out[i] = add ? out[i] + v : v;
      }
    }
    if (members.size() > 1) {
      for (int i = 0; i < out.length; i++) {
        out[i] /= members.size();
      }
    }
    return out;
  }

  /**
   * The mean over {@code members} of their averaged weights, quantised to 16 bits, with the rows that round
   * to all zeros left out.
   */
  private static NerModel build(List<NerPerceptron> members) {
    NerPerceptron first = members.get(0);
    float[] avg = mean(members, p -> p.w, p -> p.u);
    float[] ta = mean(members, p -> p.t, p -> p.tu);
    float max = 0;
    for (float v : avg) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max == 0 ? 1 : max / 32767f;
    int rowCount = 0;
    int buckets = avg.length / L;
    boolean[] keep = new boolean[buckets];
    for (int b = 0; b < buckets; b++) {
      for (int y = 0; y < L; y++) {
        if (Math.round(avg[b * L + y] / scale) != 0) {
          keep[b] = true;
          rowCount++;
          break;
        }
      }
    }
    int[] ids = new int[rowCount];
    short[] rows = new short[rowCount * L];
    int r = 0;
    for (int b = 0; b < buckets; b++) {
      if (keep[b]) {
        ids[r] = b;
        for (int y = 0; y < L; y++) {
          rows[r * L + y] = (short) Math.round(avg[b * L + y] / scale);
        }
        r++;
      }
    }
    return new NerModel(NerTrainer.BITS, first.lexicon, ids, rows, scale, ta);
  }

}
