package dev.scrutiny.persuasion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Trains the genre, frame and technique models from the SemEval-2023 Task 3 training data with k-fold
 * cross-validation by article (seeded), prints per-label cross-validated figures, and writes the final
 * models (fitted on all data, thresholds tuned on out-of-fold scores).
 *
 * <p>Reported figures are honest: each fold's predictions use thresholds tuned on the other folds'
 * out-of-fold scores. Articles of the other languages are added to every training fold (never to test
 * folds) with weight {@link Options#otherWeight()} for frames and techniques; the genre model adds their
 * language-independent style features with weight {@link #GENRE_OTHER_WEIGHT}.
 *
 * <p>The genre model reads no words: only how the article is written ({@link GenreStyle}, {@link GenreCues}), its
 * lexicon and surface counts and the technique model's summary, fitted by {@link GenreTrainer}. Word and
 * character n-grams scored higher in folds that mix articles collected together (same outlets and stories) than
 * on articles collected apart. Genre folds are stratified by genre; genre offsets are tuned for macro-F1 on
 * the out-of-fold scores (English training is 88% opinion).
 *
 * <pre>{@code
 * new SemevalTrainer(SemevalTrainer.Options.defaults(Path.of("data/semeval2023"))).train(Path.of("out"), System.out);
 * }</pre>
 */
public final class SemevalTrainer {

  /** All six training languages of the task. */
  public static final List<String> ALL_LANGUAGES = List.of("en", "ru", "fr", "ge", "it", "po");

  /**
   * Training options.
   *
   * @param data         the semeval2023 directory
   * @param seed         seed of the fold split and of SGD
   * @param folds        number of cross-validation folds (at least 2)
   * @param languages    languages to train models for
   * @param subtasks     subtasks to train (1, 2, 3)
   * @param holdoutFold  when set, the final model leaves this fold out (for a fair `eval semeval`) and the
   *                     fold's articles and gold labels are written next to the models
   * @param otherWeight  weight of other languages' examples in training frames and techniques (0: target
   *                     language only); null: 0 for techniques and {@link #FRAME_OTHER_WEIGHT} for frames; genre
   *                     uses {@link #GENRE_OTHER_WEIGHT} and their style features only
   * @param notSatire      CSV files of articles known not to be satire (official press releases): every other
   *                       one teaches the genre model's satire head as a negative, the rest measure how often
   *                       the final model calls such an article satire
   * @param finalSplit     leave the final split ({@link #inFinalSplit}: a fixed fifth of the articles by a hash of
   *                       their id) out of cross-validation and of the technique and genre models, for a fair last
   *                       measurement
   * @param scoreFinal     with {@code finalSplit}: score the technique and genre models on the final split (do it once)
   * @param encoder        when set, each example also gets the sentence encoder's vector (a paragraph's for
   *                       techniques, the mean of the paragraphs' for genre and frames) as features, weighted
   *                       {@code encoderWeight}: to measure whether they help
   * @param wordVectors    the English technique model also reads the text's static word-piece vectors
   *                       ({@link dev.scrutiny.text.WordPieceVectors}, shipped in the core: no encoder runs); frames
   *                       gained nothing from them in cross-validation and do not
   */
  public record Options(Path data, long seed, int folds, List<String> languages, Set<Integer> subtasks,
      @Nullable Integer holdoutFold, @Nullable Double otherWeight, List<Path> notSatire, boolean finalSplit, boolean scoreFinal,
      dev.scrutiny.text.@Nullable SentenceEncoder encoder, double encoderWeight, boolean wordVectors) {

    /** Options without word-piece vectors. */
    public Options(Path data, long seed, int folds, List<String> languages, Set<Integer> subtasks,
        @Nullable Integer holdoutFold, @Nullable Double otherWeight, List<Path> notSatire, boolean finalSplit,
        boolean scoreFinal, dev.scrutiny.text.@Nullable SentenceEncoder encoder, double encoderWeight) {
      this(data, seed, folds, languages, subtasks, holdoutFold, otherWeight, notSatire, finalSplit, scoreFinal, encoder,
          encoderWeight, false);
    }
    public Options {
      Objects.requireNonNull(data, "data");
      notSatire = List.copyOf(notSatire);
      if (folds < 2) {
        throw new IllegalArgumentException("expected at least 2 folds, got " + folds);
      }
      if (holdoutFold != null && (holdoutFold < 0 || holdoutFold >= folds)) {
        throw new IllegalArgumentException("expected holdout fold in [0, " + (folds - 1) + "], got " + holdoutFold);
      }
      for (int s : subtasks) {
        if (s < 1 || s > 3) {
          throw new IllegalArgumentException("expected subtasks among 1, 2, 3, got " + s);
        }
      }
      for (String l : languages) {
        if (!ALL_LANGUAGES.contains(l)) {
          throw new IllegalArgumentException("expected languages among " + ALL_LANGUAGES + ", got " + l);
        }
      }
      languages = List.copyOf(languages);
      subtasks = Set.copyOf(subtasks);
      if (scoreFinal && !finalSplit) {
        throw new IllegalArgumentException("scoring the final split needs the final split left out");
      }
    }

    public static Options defaults(Path data) {
      return new Options(data, 13, 5, List.of("en", "ru"), Set.of(1, 2, 3), null, null, List.of(), false, false, null,
          0);
    }
  }

  /**
   * The final split of a language's technique data: the articles whose id's CRC-32 is 0 modulo 5 (a fixed fifth,
   * independent of seed and folds). With {@link Options#finalSplit()} they are left out of cross-validation and
   * training, and measured once at the end.
   */
  public static boolean inFinalSplit(String articleId) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(articleId.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 5 == 0;
  }

  /** Known-non-satire texts: those that teach the satire head and those held out to measure it. */
  private record NotSatire(List<String> teach, List<String> held) {}

  /**
   * Weight of the other five languages' articles in the genre model (their style features only). 0: with the
   * style model, adding them at weight 1 lowered English 5-fold CV macro-F1 from 0.439 to 0.387 (seeds 13 to 17).
   */
  static final double GENRE_OTHER_WEIGHT = 0;

  /**
   * Weight of the other five languages' articles in the frame model (its word features learn their names,
   * numbers and shared words). English, 5-fold CV, seeds 13 to 15, one shared threshold: micro-F1 0.684 with
   * weight 0 and 0.683 with 0.3; with folds of articles collected together 0.661 and 0.670.
   */
  static final double FRAME_OTHER_WEIGHT = 0.3;

  /**
   * Weight of each known-non-satire article in the satire head (see {@link Options#notSatire()}). Without
   * them the English model called 35% of official press releases satire (offsets tuned with genres equally
   * common); with weight 0.3 to 1 it calls 0.2 to 2.6% of the held-out half satire, SemEval CV within noise.
   */
  static final double NOT_SATIRE_WEIGHT = 0.5;

  /**
   * The genre model's fit: L2 penalty 0.3 on standardised weights, genres weighted by the square root of their
   * rarity. Chosen by 5-fold CV over seeds 13 to 17 without the final split (penalty 0.01, 0.03, 0.1, 0.3, 1;
   * genre weight exponent 0, 0.5, 1 tried).
   */
  static final GenreTrainer GENRE_TRAINER = new GenreTrainer(0.3, 0.5, 300);

  private final Options options;
  private final SemevalExamples examples;
  private final @Nullable HeadMix headMix;

  public SemevalTrainer(Options options) {
    this(options, null);
  }

  /**
   * A trainer whose technique models mix in the classifier of a fine-tuned encoder ({@link HeadMix}) when
   * {@code headMix} is not null: their share and thresholds are chosen on the validation lines it names.
   */
  public SemevalTrainer(Options options, @Nullable HeadMix headMix) {
    if (headMix != null && (options.encoder() != null || !options.subtasks().equals(Set.of(3))
        || !options.languages().equals(List.of("en")))) {
      throw new IllegalArgumentException("a fine-tuned encoder's classifier mixes into the English technique model "
          + "alone (--lang en --subtask 3), without encoder features");
    }
    this.options = options;
    this.examples = new SemevalExamples(options.data(), options.encoder(), options.encoderWeight());
    this.headMix = headMix;
  }

  /** The features of {@code lang}'s model for {@code subtask}: word-piece vectors for English techniques when asked. */
  FeatureConfig featureConfig(String lang, int subtask) {
    return featureConfig(subtask).withWordVectors(options.wordVectors() && subtask == 3 && "en".equals(lang));
  }

  static FeatureConfig featureConfig(int subtask) {
    return switch (subtask) {
      // genre reads how an article is written, not its words: style rates and cues, lexicon, technique summary
      case 1 -> new FeatureConfig(12, false, false, 0, 0, 0, true, true);
      case 2 -> new FeatureConfig(18, true, true, 3, 5, 0.7, false, false);
      default -> new FeatureConfig(18, true, true, 3, 5, 0.5, false, false);
    };
  }

  static String[] labels(int subtask) {
    return switch (subtask) {
      case 1 -> Arrays.stream(Genre.values()).map(Genre::official).toArray(String[]::new);
      case 2 -> Arrays.stream(Frame.values()).map(Frame::official).toArray(String[]::new);
      default -> Arrays.stream(Technique.values()).map(Technique::official).toArray(String[]::new);
    };
  }

  /** Trains every requested model, prints cross-validated figures to {@code log}, writes models to {@code out}. */
  public void train(Path out, PrintWriter log) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
    for (String lang : options.languages()) {
      for (int subtask : List.of(3, 2, 1)) { // the genre model reads the technique model's summary
        if (options.subtasks().contains(subtask)) {
          trainOne(lang, subtask, out, log);
        }
      }
    }
  }

  /**
   * The known-non-satire articles of {@link Options#notSatire()} as SemEval-style texts (title line, blank
   * line, body), split alternately into those that teach and those held out to measure.
   */
  private NotSatire notSatireTexts(String lang) {
    List<String> teach = new ArrayList<>();
    List<String> held = new ArrayList<>();
    for (Path file : options.notSatire()) {
      List<dev.scrutiny.article.Article> articles = dev.scrutiny.ingest.CsvArticles.read(file);
      for (int i = 0; i < articles.size(); i++) {
        dev.scrutiny.article.Article a = articles.get(i);
        if (!lang.equals(a.language())) {
          continue; // another language's press releases would teach only their style, which says nothing here
        }
        String text = (a.title() == null ? "" : a.title().strip()) + "\n\n" + a.text().strip();
        (i % 2 == 0 ? teach : held).add(text);
      }
    }
    return new NotSatire(teach, held);
  }

  /** The examples one model is trained and measured on. */
  private record ExampleSets(List<TrainingExample> target, List<TrainingExample> finalSplit,
      List<TrainingExample> openings, List<TrainingExample> others, NotSatire notSatire, double otherWeight) {}

  private void trainOne(String lang, int subtask, Path out, PrintWriter log) {
    long t0 = System.nanoTime();
    String[] labels = labels(subtask);
    FeatureConfig config = featureConfig(lang, subtask);
    FeatureExtractor fx = new FeatureExtractor(config);
    LinearModel techniques = config.techniques() ? techniqueModel(out, lang) : null;
    ExampleSets sets = exampleSets(lang, subtask, fx, techniques, log);
    CrossValidation cv = CrossValidation.run(labels, config, subtask, sets.target(), sets.openings(), sets.others(),
        options.folds(), options.seed());
    double[][] perFold = cv.report(log, lang, options.seed(), sets.otherWeight());
    double[][] precisionRule = subtask == 3 ? PrecisionRule.tune(labels, cv, log, lang) : null;
    LinearModel fin = finalModel(cv, sets.others(), perFold, precisionRule);
    if (subtask == 3 && headMix != null) {
      fin = headMix.apply(fin, cv, log, lang);
    }
    if (options.scoreFinal() && !sets.finalSplit().isEmpty()) {
      if (subtask == 1) {
        ArticleFinalSplit.genres(fin, sets.finalSplit(), log, lang);
      } else if (subtask == 2) {
        ArticleFinalSplit.frames(fin, sets.finalSplit(), log, lang);
      } else if (fin.head() != null) {
        PrecisionRule.scoreFinal(fin, labels, sets.finalSplit(), HeadMix.probabilities(fin, lang, sets.finalSplit(),
            HeadMix.lineTexts(options.data(), lang)), log, lang);
      } else {
        PrecisionRule.scoreFinal(fin, labels, sets.finalSplit(), log, lang);
      }
    }
    if (!sets.notSatire().held().isEmpty()) {
      logSatireCalls(fin, fx, techniques, sets.notSatire().held(), log);
    }
    write(fin, lang, subtask, cv.foldOf(), out, log, t0);
  }

  /**
   * The technique model the genre model reads the summary of: the one already written to {@code out}, else the
   * shipped one (the genre model must be trained with the technique model it will run with).
   */
  private static LinearModel techniqueModel(Path out, String lang) {
    Path st3 = out.resolve("st3-" + lang + ".bin");
    String shipped = "/dev/scrutiny/persuasion/st3-" + lang + ".bin";
    try (var in = Files.isRegularFile(st3) ? Files.newInputStream(st3) : SemevalTrainer.class.getResourceAsStream(shipped)) {
      if (in == null) {
        throw new IOException("no " + st3 + " and no shipped " + shipped);
      }
      return LinearModel.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the genre model needs " + st3 + " (train subtask 3 first)", e);
    }
  }

  /**
   * The target language's examples (less the final split when it is left out), the genre model's openings, and
   * the other languages' and known-non-satire examples that only ever train.
   */
  private ExampleSets exampleSets(String lang, int subtask, FeatureExtractor fx, @Nullable LinearModel techniques,
      PrintWriter log) {
    boolean single = subtask == 1;
    List<TrainingExample> target = examples.examples(lang, subtask, fx, techniques, false,
        SemevalExamples.View.whole(1));
    List<TrainingExample> finalSplit = List.of();
    if (options.finalSplit()) {
      finalSplit = target.stream().filter(e -> inFinalSplit(e.doc())).toList();
      target = target.stream().filter(e -> !inFinalSplit(e.doc())).toList();
      log.printf(Locale.ROOT, "final split: %d articles%s left out of CV and training%n",
          finalSplit.stream().map(TrainingExample::doc).distinct().count(),
          subtask == 3 ? " (" + finalSplit.size() + " paragraphs)" : "");
    }
    List<TrainingExample> openings = single
        ? examples.examples(lang, subtask, fx, techniques, false, SemevalExamples.OPENINGS) : List.of();
    if (options.finalSplit()) {
      openings = openings.stream().filter(e -> !inFinalSplit(e.doc())).toList();
    }
    List<TrainingExample> others = new ArrayList<>();
    boolean styleOnly = single && fx.config().style();
    double otherWeight = styleOnly ? GENRE_OTHER_WEIGHT : otherWeight(subtask);
    if (otherWeight > 0) {
      for (String other : ALL_LANGUAGES) {
        if (!other.equals(lang)) {
          others.addAll(examples.examples(other, subtask, fx, techniques, styleOnly,
              SemevalExamples.View.whole(otherWeight)));
        }
      }
    }
    NotSatire notSatire = single && !options.notSatire().isEmpty() ? notSatireTexts(lang)
        : new NotSatire(List.of(), List.of());
    others.addAll(notSatireExamples(notSatire, fx, techniques, log));
    return new ExampleSets(target, finalSplit, openings, others, notSatire, otherWeight);
  }

  /** The other languages' weight in the technique or frame model: as given, else 0 or {@link #FRAME_OTHER_WEIGHT}. */
  private double otherWeight(int subtask) {
    if (options.otherWeight() != null) {
      return options.otherWeight();
    }
    return subtask == 2 ? FRAME_OTHER_WEIGHT : 0;
  }

  /** Known-non-satire articles that teach the satire head only, each weighing {@link #NOT_SATIRE_WEIGHT}. */
  private static List<TrainingExample> notSatireExamples(NotSatire notSatire, FeatureExtractor fx,
      @Nullable LinearModel techniques, PrintWriter log) {
    List<TrainingExample> out = new ArrayList<>();
    if (notSatire.teach().isEmpty()) {
      return out;
    }
    String[] labels = labels(1);
    boolean[] onlySatire = new boolean[labels.length];
    onlySatire[List.of(labels).indexOf(Genre.SATIRE.official())] = true;
    int n = 0;
    for (String text : notSatire.teach()) {
      String id = "not-satire " + n++;
      out.add(new TrainingExample(id, id, SemevalExamples.articleVector(fx, text, techniques, false),
          new boolean[labels.length], onlySatire, NOT_SATIRE_WEIGHT, null));
    }
    log.printf(Locale.ROOT, "genre: %d known-non-satire articles teach the satire head (weight %.2f), %d held out%n",
        notSatire.teach().size(), NOT_SATIRE_WEIGHT, notSatire.held().size());
    return out;
  }

  /**
   * The model written: fitted on all examples but the held-out fold (if any), with the thresholds tuned on the
   * out-of-fold scores and, for techniques, the precision rule.
   */
  private LinearModel finalModel(CrossValidation cv, List<TrainingExample> others, double[][] perFold,
      double @Nullable [] @Nullable [] precisionRule) {
    Integer hold = options.holdoutFold();
    List<TrainingExample> train = CrossValidation.trainingSet(others, cv.target(), cv.openings(), cv.foldOf(),
        hold == null ? -1 : hold);
    double[] th = hold == null ? cv.thresholds(-1) : perFold[hold];
    LinearModel fin = CrossValidation.fit(cv.labels(), cv.config(), train, cv.subtask() == 1, options.seed() + 1000)
        .withThresholds(th);
    fin = precisionRule == null ? fin : fin.withPrecisionRule(precisionRule[0], precisionRule[1]);
    EncoderSpec spec = examples.spec();
    return spec == null ? fin : fin.withEncoder(spec);
  }

  /** How often the final genre model calls a held-out known-non-satire article satire. */
  private static void logSatireCalls(LinearModel fin, FeatureExtractor fx, @Nullable LinearModel techniques,
      List<String> held, PrintWriter log) {
    String[] labels = fin.labels();
    int satire = List.of(labels).indexOf(Genre.SATIRE.official());
    int[] calls = new int[labels.length];
    for (String text : held) {
      calls[PersuasionModels.decideGenre(fin, fin.logits(SemevalExamples.articleVector(fx, text, techniques, false)))]++;
    }
    log.printf(Locale.ROOT, "held-out known-non-satire articles: %d called satire of %d (%.1f%%); all calls %s %s%n",
        calls[satire], held.size(), 100.0 * calls[satire] / held.size(), List.of(labels), Arrays.toString(calls));
  }

  private void write(LinearModel fin, String lang, int subtask, Map<String, Integer> foldOf, Path out,
      PrintWriter log, long t0) {
    Integer hold = options.holdoutFold();
    Path file = out.resolve("st" + subtask + "-" + lang + ".bin");
    try (OutputStream os = Files.newOutputStream(file)) {
      fin.save(os);
      if (hold != null) {
        writeHoldout(lang, subtask, hold, foldOf, out);
      }
      log.printf(Locale.ROOT, "wrote %s (%d KB) in %.1f s%n", file, Files.size(file) / 1024, (System.nanoTime() - t0) / 1e9);
      log.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void writeHoldout(String lang, int subtask, int fold, Map<String, Integer> foldOf, Path out) throws IOException {
    Path dir = out.resolve("heldout-st" + subtask + "-" + lang);
    Files.createDirectories(dir);
    Map<String, List<String>> gold = SemevalCorpus.readLabels(SemevalCorpus.trainLabels(options.data(), lang, subtask),
        subtask);
    StringBuilder sb = new StringBuilder();
    for (SemevalCorpus.Doc d : SemevalCorpus.trainArticles(options.data(), lang, subtask)) {
      Integer f = foldOf.get(d.id());
      if (f == null || f != fold) {
        continue;
      }
      Files.writeString(dir.resolve("article" + d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
      for (Map.Entry<String, List<String>> e : gold.entrySet()) {
        String id = subtask == 3 ? e.getKey().substring(0, e.getKey().indexOf('\t')) : e.getKey();
        if (id.equals(d.id())) {
          sb.append(e.getKey()).append('\t').append(String.join(",", e.getValue())).append('\n');
        }
      }
    }
    Files.writeString(out.resolve("heldout-st" + subtask + "-" + lang + ".gold"), sb.toString(), StandardCharsets.UTF_8);
  }
}
