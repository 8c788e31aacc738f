package dev.scrutiny.entities;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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

  private final Path conllDir;
  private final Path geonamesDir;
  private final List<Path> unlabelled;
  private final NerPerceptron.Settings settings;
  private final boolean withTesta;
  private final int members;
  private final @Nullable VocabularyClusters vocabulary;

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
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
    }
    this.settings = new NerPerceptron.Settings(seed, epochs, 1, 0, Objects.requireNonNull(log, "log"));
    this.withTesta = false;
    this.members = 1;
    this.vocabulary = null;
  }

  private NerTrainer(NerTrainer base, NerPerceptron.Settings settings, boolean withTesta, int members,
      @Nullable VocabularyClusters vocabulary) {
    this.conllDir = base.conllDir;
    this.geonamesDir = base.geonamesDir;
    this.unlabelled = base.unlabelled;
    this.settings = settings;
    this.withTesta = withTesta;
    this.members = members;
    this.vocabulary = vocabulary;
  }

  /**
   * A copy whose model also sees each word's cluster in {@code vocabulary} (a pre-trained encoder's words
   * grouped by their embeddings, {@link VocabularyClusters#bundled()} for the shipped model); the table goes
   * into the model file (format 2). Without it (the default) the model is written as before, byte for byte.
   */
  public NerTrainer withVocabularyClusters(VocabularyClusters vocabulary) {
    return new NerTrainer(this, settings, withTesta, members, Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /**
   * A copy that learns from {@code eng.testa} as well as {@code eng.train} (a quarter more labelled text):
   * {@link #train()} then reports no testa score (testa stops being a measurement of that model), and
   * {@link #crossValidate(int)} still holds out folds of {@code eng.train} only, with testa's documents in
   * every fold's training, which measures what the added text is worth.
   *
   * @throws IllegalStateException when the CoNLL directory has no {@code eng.testa}
   */
  public NerTrainer withTesta() {
    if (!Files.isRegularFile(conllDir.resolve("eng.testa"))) {
      throw new IllegalStateException("no eng.testa in " + conllDir);
    }
    return new NerTrainer(this, settings, true, members, vocabulary);
  }

  /**
   * A copy that trains {@code members} perceptrons side by side, with seeds seed, seed + 1, …, and ships the
   * mean of their averaged weights: one model of the same size and speed whose weights depend less on one
   * order of the documents and one draw of dropout (1: a single perceptron, as before).
   */
  public NerTrainer members(int members) {
    if (members < 1) {
      throw new IllegalArgumentException("members must be at least 1, got " + members);
    }
    return new NerTrainer(this, settings, withTesta, members, vocabulary);
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
    return new NerTrainer(this,
        new NerPerceptron.Settings(settings.seed(), settings.epochs(), minCount, dropout, settings.log()), withTesta,
        members, vocabulary);
  }

  /**
   * Runs training on all of {@code eng.train} (and {@code eng.testa} after {@link #withTesta()}).
   *
   * @throws UncheckedIOException when an input cannot be read
   */
  public NerModel train() {
    Prepared data = prepare(withTesta);
    Path devFile = conllDir.resolve("eng.testa");
    List<ConllDocument> dev = !withTesta && Files.exists(devFile) ? ConllReader.read(devFile) : List.of();
    int[] all = new int[data.docs.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return NerPerceptron.fit(perceptrons(data), all, (epoch, model) -> {
      if (!dev.isEmpty() && (epoch == settings.epochs() || epoch % 3 == 0)) {
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
    Prepared data = prepare(withTesta);
    int documents = data.trainDocuments;
    if (folds < 2 || folds > documents) {
      throw new IllegalArgumentException("folds must be in 2.." + documents + ", got " + folds);
    }
    double[][] f1 = new double[folds][settings.epochs()];
    NerErrorAnalysis errors = new NerErrorAnalysis();
    for (int k = 0; k < folds; k++) {
      int fold = k;
      int from = (int) ((long) documents * fold / folds);
      int to = (int) ((long) documents * (fold + 1) / folds);
      // testa's documents, when added, follow eng.train's and are never held out
      int[] trainIdx = java.util.stream.IntStream.range(0, data.docs.size()).filter(i -> i < from || i >= to).toArray();
      List<ConllDocument> held = new ArrayList<>(data.conll.subList(from, to));
      settings.log().accept("fold " + (k + 1) + "/" + folds + ": " + trainIdx.length + " training documents, "
          + held.size() + " held out");
      List<ConllDocument> training = new ArrayList<>(data.conll.subList(0, from));
      training.addAll(data.conll.subList(to, data.conll.size()));
      NerPerceptron.fit(perceptrons(data), trainIdx, (epoch, model) -> {
        List<List<List<Chunk>>> predicted = EntityEvaluation.predict(model, held);
        double score = EntityEvaluation.score(held, predicted, 0).overall().f1();
        f1[fold][epoch - 1] = score;
        if (epoch == settings.epochs()) {
          errors.add(training, held, predicted);
        }
        return String.format(Locale.ROOT, ", held-out F1 %.4f", score);
      });
    }
    settings.log().accept("errors after the last epoch, all folds:\n" + errors.report());
    return new CrossValidation(f1);
  }

  /** Features of every training document, computed once. */
  private record Prepared(Lexicon lexicon, NerFeatures features, List<ConllDocument> conll, int trainDocuments,
                          List<NerFeatures.Document> docs, List<int[][]> golds) {}

  /** The members to train, the first with the settings' seed, each next one with the seed after. */
  private List<NerPerceptron> perceptrons(Prepared data) {
    List<NerPerceptron> out = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      NerPerceptron.Settings s = new NerPerceptron.Settings(settings.seed() + m, settings.epochs(),
          settings.minCount(), settings.dropout(), settings.log());
      out.add(new NerPerceptron(data.lexicon, data.features, data.docs, data.golds, s));
    }
    return out;
  }

  private Prepared prepare(boolean addTesta) {
    List<ConllDocument> train = new ArrayList<>(ConllReader.read(conllDir.resolve("eng.train")));
    int trainDocuments = train.size();
    if (addTesta) {
      train.addAll(ConllReader.read(conllDir.resolve("eng.testa")));
    }
    Lexicon lexicon = new NerLexiconBuilder(geonamesDir, unlabelled, settings.seed(), vocabulary).build(train);
    settings.log().accept("lexicon: " + lexicon.nameCount() + " names" + (vocabulary == null ? ""
        : ", " + vocabulary.size() + " vocabulary words from " + vocabulary.source()));
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
    settings.log().accept("training sentences: " + sentenceCount);
    return new Prepared(lexicon, features, train, trainDocuments, docs, golds);
  }

}
