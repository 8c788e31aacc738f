package dev.scrutiny.persuasion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Makes the SemEval trainer's examples from the training files: one per line for techniques (its features read
 * from the tokens and sentences that the shared {@link dev.scrutiny.text.Segmenter} makes of the whole file, as
 * the pipeline's layers would), one per article for frames and genre (optionally only its opening, or only its
 * language-independent style features), with the sentence encoder's vectors added when measuring them.
 */
final class SemevalExamples {

  /**
   * Which text of each article an example is made of, and how much it weighs: the whole article, or its
   * opening (see {@link #OPENING_PARAGRAPHS}). Keys of a view's examples end in {@code keySuffix}.
   */
  record View(UnaryOperator<String> text, String keySuffix, double weight) {
    static View whole(double weight) {
      return new View(UnaryOperator.identity(), "", weight);
    }
  }

  /**
   * Each training article also teaches the genre model through its title and first three paragraphs, with
   * weight 0.5 (its test-fold copy never trains). Users analyse wire briefs, excerpts and posts far shorter
   * than SemEval's articles; without these copies short texts drifted to "reporting". 5-fold CV, seeds
   * 13–15, English: full articles macro-F1 0.412 → 0.490, genres equally weighted 0.382 → 0.425, openings
   * alone 0.252 → 0.384 (openings of 2+5, 2+4+8, 1+3 and 4 paragraphs did worse).
   */
  static final int OPENING_PARAGRAPHS = 3;
  static final View OPENINGS = new View(t -> opening(t, OPENING_PARAGRAPHS), "#opening", 0.5);

  private final Path data;
  private final dev.scrutiny.text.@Nullable SentenceEncoder encoder;
  private final @Nullable EncoderSpec spec;
  private final Map<String, float[]> encoded = new HashMap<>();

  /** The encoder features examples get, or null for none. */
  @Nullable EncoderSpec spec() {
    return spec;
  }

  SemevalExamples(Path data, dev.scrutiny.text.@Nullable SentenceEncoder encoder, double encoderWeight) {
    this.data = data;
    this.encoder = encoder;
    this.spec = encoder == null ? null : new EncoderSpec(encoder.id(), encoder.dimension(), encoderWeight);
  }

  /** The title line and the first {@code paragraphs} non-empty lines after it. */
  static String opening(String text, int paragraphs) {
    List<ArticleLine> lines = ArticleLine.split(text);
    if (lines.size() <= paragraphs + 1) {
      return text;
    }
    return text.substring(0, lines.get(paragraphs).end());
  }

  /** The examples of one language and subtask with gold labels, in file order. */
  List<TrainingExample> examples(String lang, int subtask, FeatureExtractor fx, @Nullable LinearModel techniques,
      boolean styleOnly, View view) {
    String[] labels = SemevalTrainer.labels(subtask);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      index.put(labels[i], i);
    }
    Map<String, List<String>> gold = SemevalCorpus.readLabels(SemevalCorpus.trainLabels(data, lang, subtask), subtask);
    List<TrainingExample> out = new ArrayList<>();
    for (SemevalCorpus.Doc d : SemevalCorpus.trainArticles(data, lang, subtask)) {
      if (subtask == 3) {
        lines(d, gold, index, labels, fx, view, out);
        continue;
      }
      List<String> g = gold.get(d.id());
      if (g != null) {
        out.add(new TrainingExample(d.id(), d.id() + view.keySuffix(), article(fx, view.text().apply(d.text()),
            techniques, styleOnly), flags(g, index, labels.length), null, view.weight(), null));
      }
    }
    return out;
  }

  /** One example per labelled line of {@code d}, with the techniques whose cue phrases it holds. */
  private void lines(SemevalCorpus.Doc d, Map<String, List<String>> gold, Map<String, Integer> index, String[] labels,
      FeatureExtractor fx, View view, List<TrainingExample> out) {
    TextLayers doc = TextLayers.of(d.text());
    FeatureExtractor.Context ctx = FeatureExtractor.Context.of(doc.tokens(), false);
    if (encoder != null) {
      prefetch(ArticleLine.split(d.text()).stream().map(l -> d.text().substring(l.start(), l.end())).toList());
    }
    for (ArticleLine line : ArticleLine.split(d.text())) {
      String key = d.id() + "\t" + line.number();
      List<String> g = gold.get(key);
      if (g == null) {
        continue;
      }
      Map<String, Double> named = fx.named(doc, line.start(), line.end(), ctx.asTitle(line.number() == 1));
      if (encoder != null) {
        addEncoded(named, List.of(d.text().substring(line.start(), line.end())));
      }
      out.add(new TrainingExample(d.id(), key, fx.hash(named), flags(g, index, labels.length),
          null, view.weight(), CuePhrases.present(doc.tokens(line.start(), line.end()), labels)));
    }
  }

  /** The features of a whole article, with the encoder's paragraph vectors when measuring them. */
  private FeatureVector article(FeatureExtractor fx, String text, @Nullable LinearModel techniques, boolean styleOnly) {
    if (encoder == null || styleOnly) {
      return articleVector(fx, text, techniques, styleOnly);
    }
    Map<String, Double> named = articleNamed(fx, text, techniques, false);
    addEncoded(named, ArticleLine.split(text).stream().map(l -> text.substring(l.start(), l.end())).toList());
    return fx.hash(named);
  }

  /** Article-level features: n-grams, lexicon and style, the technique summary; style only for other languages. */
  static FeatureVector articleVector(FeatureExtractor fx, String text, @Nullable LinearModel techniques,
      boolean styleOnly) {
    return fx.hash(articleNamed(fx, text, techniques, styleOnly));
  }

  private static Map<String, Double> articleNamed(FeatureExtractor fx, String text, @Nullable LinearModel techniques,
      boolean styleOnly) {
    TextLayers doc = TextLayers.of(text);
    Map<String, Double> named = fx.named(doc, 0, text.length(), FeatureExtractor.Context.NONE);
    if (techniques != null) {
      named.putAll(TechniqueSummary.of(techniques, doc, null, 0)); // no line scored before: every line here
    }
    if (styleOnly) {
      // another language's words would only add noise to the English word weights; its style rates carry over
      named.keySet().removeIf(name -> !name.startsWith("d ") && !name.startsWith("s "));
    }
    return named;
  }

  /** Adds the encoder's features ({@link EncoderSpec#add}); vectors are computed once per text and kept for the run. */
  private void addEncoded(Map<String, Double> named, List<String> texts) {
    prefetch(texts);
    Objects.requireNonNull(spec).add(named, texts.stream().map(encoded::get).toList());
  }

  private void prefetch(List<String> texts) {
    List<String> missing = texts.stream().filter(t -> !encoded.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      float[][] v = Objects.requireNonNull(encoder).encode(missing);
      for (int i = 0; i < v.length; i++) {
        encoded.put(missing.get(i), v[i]);
      }
    }
  }

  private static boolean[] flags(List<String> labels, Map<String, Integer> index, int n) {
    boolean[] f = new boolean[n];
    for (String s : labels) {
      Integer i = index.get(s);
      if (i != null) {
        f[i] = true;
      }
    }
    return f;
  }
}
