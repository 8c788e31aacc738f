package dev.scrutiny.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Trains a {@link NerModel} on CoNLL-2003 with an averaged structured perceptron (Collins 2002) and
 * first-order Viterbi decoding over BILOU labels. Reproducible: the same data, seed and epochs give
 * the same model bytes.
 *
 * <p>Inputs: {@code eng.train} in the CoNLL directory; GeoNames ({@code cities500.txt},
 * {@code admin1CodesASCII.txt}, {@code countryInfo.txt}) for the gazetteer; optional unlabelled
 * English text files for the case-ratio table; the hand-written word lists under
 * {@code dev/scrutiny/entities/lexicon/} on the classpath.
 *
 * <pre>{@code
 * NerModel model = new NerTrainer(Path.of("conll2003"), Path.of("geonames"), List.of(), 7, 12, System.err::println)
 *     .train();
 * }</pre>
 */
public final class NerTrainer {

  static final int BITS = 21;
  private static final int MIN_CITY_POPULATION = 15_000;

  private final Path conllDir;
  private final Path geonamesDir;
  private final List<Path> unlabelled;
  private final long seed;
  private final int epochs;
  private final Consumer<String> log;
  private final int minCount;
  private final double dropout;

  /**
   * @param conllDir    directory holding {@code eng.train} (and {@code eng.testa}, used to report progress)
   * @param geonamesDir directory with the GeoNames files
   * @param unlabelled  files or directories of unlabelled English text (may be empty)
   * @param seed        shuffling seed
   * @param epochs      passes over the training data, at least 1
   * @param log         progress lines
   */
  public NerTrainer(Path conllDir, Path geonamesDir, List<Path> unlabelled, long seed, int epochs,
                    Consumer<String> log) {
    this.conllDir = Objects.requireNonNull(conllDir, "conllDir");
    this.geonamesDir = Objects.requireNonNull(geonamesDir, "geonamesDir");
    this.unlabelled = List.copyOf(unlabelled);
    this.seed = seed;
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
    }
    this.epochs = epochs;
    this.log = Objects.requireNonNull(log, "log");
    this.minCount = 1;
    this.dropout = 0;
  }

  private NerTrainer(Path conllDir, Path geonamesDir, List<Path> unlabelled, long seed, int epochs,
                     Consumer<String> log, int minCount, double dropout) {
    this.conllDir = conllDir;
    this.geonamesDir = geonamesDir;
    this.unlabelled = unlabelled;
    this.seed = seed;
    this.epochs = epochs;
    this.log = log;
    this.minCount = minCount;
    this.dropout = dropout;
  }

  /**
   * A copy that updates only features seen at least {@code minCount} times in the training documents (1
   * keeps all) and, while training, leaves out each feature of a token with probability {@code dropout}
   * (0 leaves none out). Both keep the model from leaning on rare word-identity features.
   */
  public NerTrainer regularised(int minCount, double dropout) {
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be at least 1, got " + minCount);
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    return new NerTrainer(conllDir, geonamesDir, unlabelled, seed, epochs, log, minCount, dropout);
  }

  /** Runs training on all of {@code eng.train}. @throws UncheckedIOException when an input cannot be read */
  public NerModel train() {
    Prepared data = prepare();
    Path devFile = conllDir.resolve("eng.testa");
    List<ConllDocument> dev = Files.exists(devFile) ? ConllReader.read(devFile) : List.of();
    int[] all = new int[data.docs.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return fit(data, all, (epoch, model) -> {
      if (!dev.isEmpty() && (epoch == epochs || epoch % 3 == 0)) {
        return ", testa F1 " + String.format(Locale.ROOT, "%.4f", EntityEvaluation.evaluate(model, dev).overall().f1());
      }
      return "";
    });
  }

  /**
   * Scores of a k-fold cross-validation by document on {@code eng.train}: {@code f1[fold][epoch - 1]} is the
   * held-out fold's exact-match F1 after that many epochs.
   */
  public record CrossValidation(double[][] f1) {

    /** Mean F1 over folds after {@code epoch} epochs. */
    public double mean(int epoch) {
      double s = 0;
      for (double[] fold : f1) {
        s += fold[epoch - 1];
      }
      return s / f1.length;
    }

    /** Sample standard deviation of F1 over folds after {@code epoch} epochs. */
    public double sd(int epoch) {
      double m = mean(epoch);
      double s = 0;
      for (double[] fold : f1) {
        s += (fold[epoch - 1] - m) * (fold[epoch - 1] - m);
      }
      return f1.length < 2 ? 0 : Math.sqrt(s / (f1.length - 1));
    }

    /** Lines {@code epoch N: F1 mean ± sd (fold scores)}. */
    public String report() {
      StringBuilder b = new StringBuilder();
      for (int e = 1; e <= f1[0].length; e++) {
        b.append(String.format(Locale.ROOT, "epoch %2d: CV F1 %.4f ± %.4f (", e, mean(e), sd(e)));
        for (int k = 0; k < f1.length; k++) {
          b.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4f", f1[k][e - 1]));
        }
        b.append(")\n");
      }
      return b.toString();
    }
  }

  /**
   * k-fold cross-validation by document ({@code -DOCSTART-} boundaries) on {@code eng.train}, scoring the
   * held-out fold after every epoch. Each fold is a contiguous run of documents, so stories of the same days
   * (the file is in date order) stay on one side and held-out names are as new as they would be on later
   * news. The word lists,
   * case table and clusters come from unlabelled use of all the text, as in {@link #train()}.
   */
  public CrossValidation crossValidate(int folds) {
    Prepared data = prepare();
    if (folds < 2 || folds > data.docs.size()) {
      throw new IllegalArgumentException("folds must be in 2.." + data.docs.size() + ", got " + folds);
    }
    double[][] f1 = new double[folds][epochs];
    for (int k = 0; k < folds; k++) {
      int fold = k;
      int from = (int) ((long) data.docs.size() * fold / folds);
      int to = (int) ((long) data.docs.size() * (fold + 1) / folds);
      int[] trainIdx = java.util.stream.IntStream.range(0, data.docs.size()).filter(i -> i < from || i >= to).toArray();
      List<ConllDocument> held = new ArrayList<>(data.conll.subList(from, to));
      log.accept("fold " + (k + 1) + "/" + folds + ": " + trainIdx.length + " training documents, " + held.size()
          + " held out");
      fit(data, trainIdx, (epoch, model) -> {
        double score = EntityEvaluation.evaluate(model, held).overall().f1();
        f1[fold][epoch - 1] = score;
        return String.format(Locale.ROOT, ", held-out F1 %.4f", score);
      });
    }
    return new CrossValidation(f1);
  }

  /** Features of every training document, computed once. */
  private record Prepared(Lexicon lexicon, NerFeatures features, List<ConllDocument> conll,
                          List<NerFeatures.Document> docs, List<int[][]> golds) {}

  private Prepared prepare() {
    List<ConllDocument> train = ConllReader.read(conllDir.resolve("eng.train"));
    Lexicon lexicon = buildLexicon(train);
    log.accept("lexicon: " + lexicon.nameCount() + " names");
    NerFeatures features = new NerFeatures(lexicon, BITS);
    List<NerFeatures.Document> docs = new ArrayList<>();
    List<int[][]> golds = new ArrayList<>();
    int sentenceCount = 0;
    for (ConllDocument doc : train) {
      List<String[]> words = new ArrayList<>();
      for (ConllSentence s : doc.sentences()) {
        words.add(s.words().toArray(String[]::new));
      }
      docs.add(features.document(words));
      int[][] y = new int[doc.sentences().size()][];
      for (int s = 0; s < y.length; s++) {
        ConllSentence sentence = doc.sentences().get(s);
        y[s] = NerLabels.encode(Chunk.fromIob2(sentence.tags()), sentence.words().size());
      }
      golds.add(y);
      sentenceCount += y.length;
    }
    log.accept("training sentences: " + sentenceCount);
    return new Prepared(lexicon, features, train, docs, golds);
  }

  /** What to add to an epoch's progress line, given the averaged model so far. */
  private interface EpochCheck {
    String after(int epoch, NerModel model);
  }

  /** Averaged-perceptron training on the documents {@code trainIdx} of {@code data}. */
  private NerModel fit(Prepared data, int[] trainIdx, EpochCheck check) {
    final int L = NerLabels.COUNT;
    NerFeatures features = data.features;
    boolean[] allowed = null;
    if (minCount > 1) {
      int[] counts = new int[1 << BITS];
      for (int d : trainIdx) {
        for (int[][] sentence : data.docs.get(d).features()) {
          for (int[] token : sentence) {
            for (int b : token) {
              counts[b]++;
            }
          }
        }
      }
      allowed = new boolean[counts.length];
      int kept = 0;
      for (int b = 0; b < counts.length; b++) {
        allowed[b] = counts[b] >= minCount;
        kept += allowed[b] ? 1 : 0;
      }
      for (int b : features.historyFeatureIds()) {
        allowed[b] = true;
      }
      log.accept("features seen at least " + minCount + " times: " + kept + " buckets");
    }
    float[] w = new float[(1 << BITS) * L];
    float[] u = new float[w.length];
    float[] t = new float[(L + 1) * L];
    float[] tu = new float[t.length];
    Random random = new Random(seed);
    int[] order = trainIdx.clone();
    long c = 1;
    NerModel model = null;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      int mistakes = 0;
      for (int d : order) {
        NerFeatures.Document doc = data.docs.get(d);
        NerFeatures.History history = features.new History();
        for (int s = 0; s < doc.features().length; s++) {
          int[][] x = history.extend(doc.features()[s], doc.words()[s], doc.capitalised()[s]);
          if (allowed != null || dropout > 0) {
            x = thin(x, allowed, dropout, seed, epoch, d, s);
          }
          int[] gold = data.golds.get(d)[s];
          int[] pred = decode(x, w, t);
          history.record(doc.words()[s], doc.capitalised()[s], pred);
          if (!Arrays.equals(pred, gold)) {
            mistakes++;
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
          c++;
        }
      }
      model = build(data.lexicon, w, u, t, tu, c);
      log.accept("epoch " + epoch + ": " + mistakes + " sentences wrong" + check.after(epoch, model));
    }
    return model;
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
    final int L = NerLabels.COUNT;
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

  private static NerModel build(Lexicon lexicon, float[] w, float[] u, float[] t, float[] tu, long c) {
    final int L = NerLabels.COUNT;
    float max = 0;
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = w[i] - u[i] / c;
      max = Math.max(max, Math.abs(avg[i]));
    }
    float scale = max == 0 ? 1 : max / 32767f;
    int rowCount = 0;
    int buckets = w.length / L;
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
    float[] ta = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      ta[i] = t[i] - tu[i] / c;
    }
    return new NerModel(BITS, lexicon, ids, rows, scale, ta);
  }

  // ---------------------------------------------------------------- lexicon

  private Lexicon buildLexicon(List<ConllDocument> train) {
    Lexicon lex = new Lexicon();
    addHandLists(lex);
    addGeoNames(lex);
    addCaseBinsAndClusters(lex, train);
    return lex.freeze();
  }

  /** The hand-written lists shipped as resources: {@code file → type bits}. */
  static final Map<String, Integer> HAND_LISTS = Map.of(
      "first-names.txt", Lexicon.FIRST_NAME,
      "persons.txt", Lexicon.PERSON,
      "organizations.txt", Lexicon.ORG,
      "norp.txt", Lexicon.NORP,
      "misc.txt", Lexicon.MISC,
      "locations.txt", Lexicon.LOC);

  private static void addHandLists(Lexicon lex) {
    for (String file : new TreeMap<>(HAND_LISTS).keySet()) {
      for (String name : HandLexicon.list(file)) {
        lex.addName(name, HAND_LISTS.get(file));
      }
    }
  }

  private void addGeoNames(Lexicon lex) {
    try {
      for (String line : Files.readAllLines(geonamesDir.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        if (c.length > 5) {
          lex.addName(c[4], Lexicon.COUNTRY | Lexicon.LOC);
          lex.addName(c[5], Lexicon.LOC);
        }
      }
      for (String line : Files.readAllLines(geonamesDir.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length > 2) {
          addAscii(lex, c[2], Lexicon.REGION | Lexicon.LOC);
        }
      }
      try (BufferedReader r = Files.newBufferedReader(geonamesDir.resolve("cities500.txt"), StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          String[] c = line.split("\t");
          if (c.length < 15 || parseLong(c[14]) < MIN_CITY_POPULATION) {
            continue;
          }
          addAscii(lex, c[2], Lexicon.LOC);
          for (String alt : c[3].split(",")) {
            addAscii(lex, alt, Lexicon.LOC);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoNames files in " + geonamesDir, e);
    }
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void addAscii(Lexicon lex, String name, int type) {
    String n = name.strip();
    if (n.length() < 3 || n.length() > 40 || !Character.isUpperCase(n.charAt(0))) {
      return;
    }
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == ' ' || ch == '-' || ch == '\'' || ch == '.')) {
        return;
      }
    }
    lex.addName(n, type);
  }

  private void addCaseBinsAndClusters(Lexicon lex, List<ConllDocument> train) {
    Map<String, int[]> counts = new HashMap<>();
    WordClusters clusters = new WordClusters();
    for (ConllDocument doc : train) {
      List<String> all = new ArrayList<>();
      for (ConllSentence s : doc.sentences()) {
        all.addAll(s.words());
        for (int i = 1; i < s.words().size(); i++) {
          count(counts, s.words().get(i));
        }
      }
      clusters.add(all);
    }
    for (Path p : unlabelled) {
      try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".ann")).sorted()
            .toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          countText(counts, text);
          clusters.add(words(text));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read unlabelled text " + p, e);
      }
    }
    clusters.build(lex, seed);
    TreeMap<String, int[]> sorted = new TreeMap<>(counts);
    for (Map.Entry<String, int[]> e : sorted.entrySet()) {
      int cap = e.getValue()[0];
      int low = e.getValue()[1];
      if (cap + low < 3) {
        continue;
      }
      double ratio = cap / (double) (cap + low);
      int bin = ratio < 0.05 ? 1 : ratio < 0.4 ? 2 : ratio < 0.7 ? 3 : ratio < 0.95 ? 4 : 5;
      lex.addCaseBin(e.getKey(), bin);
    }
  }

  private static void count(Map<String, int[]> counts, String word) {
    if (word.isEmpty() || !Character.isLetter(word.charAt(0)) || NerFeatures.isAllCaps(word) && word.length() > 1) {
      return;
    }
    int[] c = counts.computeIfAbsent(Lexicon.lower(word), k -> new int[2]);
    c[Character.isUpperCase(word.charAt(0)) ? 0 : 1]++;
  }

  /** Words and punctuation marks of raw text, roughly as CoNLL splits them. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || (text.charAt(j) == '-' || text.charAt(j) == '.')
            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)))) {
          j++;
        }
        out.add(text.substring(i, j));
        i = j;
      } else {
        if (!Character.isWhitespace(ch)) {
          out.add(String.valueOf(ch));
        }
        i++;
      }
    }
    return out;
  }

  /** Counts words of raw text that do not start a sentence or a line. */
  private static void countText(Map<String, int[]> counts, String text) {
    int i = 0;
    int n = text.length();
    boolean sentenceStart = true;
    while (i < n) {
      char ch = text.charAt(i);
      if (Character.isLetter(ch)) {
        int j = i;
        while (j < n && (Character.isLetter(text.charAt(j))
            || (text.charAt(j) == '\'' || text.charAt(j) == '-') && j + 1 < n && Character.isLetter(text.charAt(j + 1)))) {
          j++;
        }
        if (!sentenceStart) {
          count(counts, text.substring(i, j));
        }
        sentenceStart = false;
        i = j;
      } else {
        if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '"' || ch == ':' || ch == ',' && i + 1 < n && text.charAt(i + 1) == '"') {
          sentenceStart = true;
        } else if (!Character.isWhitespace(ch) && ch != ',' && ch != ';' && ch != ')') {
          sentenceStart = ch == '(' || ch == '\u201c' || ch == '-' || ch == '\u2014';
        }
        i++;
      }
    }
  }
}
