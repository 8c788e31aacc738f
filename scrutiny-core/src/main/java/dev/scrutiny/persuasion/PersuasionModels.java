package dev.scrutiny.persuasion;

import dev.scrutiny.text.CachingEncoder;
import dev.scrutiny.text.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The three trained models of one language (genre, frames, techniques) and the decision rules that turn
 * their scores into labels. Immutable and thread-safe; the shipped models load lazily, once per language,
 * from {@code dev/scrutiny/persuasion/st{1,2,3}-<lang>.bin} on the class path.
 *
 * <p>Technique and frame models trained with a sentence encoder's vectors ({@link #forLanguage(String,
 * SentenceEncoder)}, shipped by {@code scrutiny-encoder}) name that encoder in their files and score with it; a
 * technique model that mixes in a classifier on an encoder fine-tuned for techniques ({@link #TECHNIQUES_TASK})
 * scores with that encoder, found installed by its id.
 *
 * <pre>{@code
 * PersuasionModels m = PersuasionModels.forLanguage("en");
 * GenreLabel genre = m.genre(text);
 * }</pre>
 */
public final class PersuasionModels {

  /** The {@link SentenceEncoder#task()} of an encoder fine-tuned for the persuasion techniques. */
  public static final String TECHNIQUES_TASK = "persuasion-techniques";

  /** Languages with shipped models; others fall back to English. */
  public static final List<String> SHIPPED = List.of("en", "ru");

  private static final Map<String, PersuasionModels> SHIPPED_CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final @Nullable LinearModel genreModel;
  private final @Nullable LinearModel framesModel;
  private final @Nullable LinearModel techniquesModel;
  /** The encoder of the models that read its vectors; null when none does. */
  private final @Nullable SentenceEncoder encoder;
  /** The encoder of the technique model's mixed-in classifier ({@link EncoderHead}); null when it has none. */
  private final @Nullable SentenceEncoder headEncoder;

  PersuasionModels(String language, @Nullable LinearModel genre, @Nullable LinearModel frames,
      @Nullable LinearModel techniques) {
    this(language, genre, frames, techniques, null);
  }

  /** Models scoring with {@code encoder} those that read its vectors; throws naming the encoder one needs if not it. */
  PersuasionModels(String language, @Nullable LinearModel genre, @Nullable LinearModel frames,
      @Nullable LinearModel techniques, @Nullable SentenceEncoder encoder) {
    this.language = language;
    this.genreModel = genre;
    this.framesModel = frames;
    this.techniquesModel = techniques;
    this.encoder = encoder == null ? null : CachingEncoder.of(encoder);
    EncoderModels.check(language, new LinearModel[] {genre, frames, techniques}, encoder);
    EncoderHead head = techniques == null ? null : techniques.head();
    // the same caching encoder when the classifier reads this encoder: each line encoded once for frames and it
    this.headEncoder = head == null ? null : CachingEncoder.of(EncoderModels.headEncoder(language, head, this.encoder));
  }

  /**
   * The technique and frame models trained with {@code encoder}'s vectors that the build ships for {@code language}
   * ({@code scrutiny-encoder}), scoring with it, and no genre model (take it from {@link #forLanguage(String)}); a
   * language without such models gets those of {@link #forLanguage(String)}. Where an encoder fine-tuned for
   * techniques ({@link #TECHNIQUES_TASK}) is installed, its technique model (the plain one with its classifier mixed
   * in) and its frame model come first, and frames score with that encoder: pass it (cached) to encode each line once.
   */
  public static PersuasionModels forLanguage(@Nullable String language, SentenceEncoder encoder) {
    return EncoderModels.forLanguage(forLanguage(language), encoder);
  }

  /** These models with {@code frames} and {@code techniques} (where not null) scoring with {@code e}; no genre model. */
  PersuasionModels withEncoderModels(@Nullable LinearModel frames, @Nullable LinearModel techniques, SentenceEncoder e) {
    return new PersuasionModels(language, null, frames != null ? frames : framesModel,
        techniques != null ? techniques : techniquesModel, e);
  }

  /**
   * The id of the encoder fine-tuned for techniques whose classifier the technique model mixes in, or null when it
   * mixes in none.
   */
  public @Nullable String techniqueEncoderId() {
    return headEncoder == null ? null : headEncoder.id();
  }

  /**
   * The gate of the technique model's mixed-in classifier: a line is encoded only where the text features give some
   * technique at least this probability (0: every line, or no classifier).
   */
  public double techniqueEncodeFrom() {
    EncoderHead head = techniquesModel == null ? null : techniquesModel.head();
    return head == null ? 0 : head.encodeFrom();
  }

  /** The encoder these models score with, or null when none of them reads encoder vectors. */
  public @Nullable SentenceEncoder encoder() {
    return encoder;
  }


  private static LinearModel present(@Nullable LinearModel m, String name) {
    if (m == null) {
      throw new IllegalArgumentException("expected a " + name + " model (st" + switch (name) {
        case "genre" -> 1;
        case "frame" -> 2;
        default -> 3;
      } + "-<lang>.bin) in the model directory, not found");
    }
    return m;
  }

  /** The language these models were trained for. */
  public String language() {
    return language;
  }

  /** The shipped models for {@code language} ("en", "ru"; anything else or null gives English). */
  public static PersuasionModels forLanguage(@Nullable String language) {
    String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    if (lang.length() > 2) {
      lang = lang.substring(0, 2);
    }
    String chosen = SHIPPED.contains(lang) ? lang : "en";
    return SHIPPED_CACHE.computeIfAbsent(chosen, PersuasionModels::loadShipped);
  }

  private static PersuasionModels loadShipped(String lang) {
    return new PersuasionModels(lang, resource("st1-" + lang + ".bin"), resource("st2-" + lang + ".bin"),
        resource("st3-" + lang + ".bin"));
  }

  private static LinearModel resource(String name) {
    try (InputStream in = PersuasionModels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("model dev/scrutiny/persuasion/" + name + " missing from the build;"
            + " run `scrutiny train semeval`");
      }
      return LinearModel.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model dev/scrutiny/persuasion/" + name, e);
    }
  }

  /**
   * Models written by {@code scrutiny train semeval --out dir} for {@code language}; one trained with a sentence encoder
   * scores with the installed encoder it names (IllegalArgumentException naming it when not installed).
   */
  public static PersuasionModels load(Path dir, String language) {
    return load(dir, language, null);
  }

  /** As {@link #load(Path, String)}, with {@code encoder} (when not null) for models trained with its vectors. */
  public static PersuasionModels load(Path dir, String language, @Nullable SentenceEncoder encoder) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("expected a directory of st{1,2,3}-" + language + ".bin files, got " + dir);
    }
    LinearModel[] m = {file(dir, "st1-" + language + ".bin"), file(dir, "st2-" + language + ".bin"),
        file(dir, "st3-" + language + ".bin")};
    if (m[0] == null && m[1] == null && m[2] == null) {
      throw new IllegalArgumentException("expected st{1,2,3}-" + language + ".bin in " + dir + ", found none");
    }
    return new PersuasionModels(language, m[0], m[1], m[2], encoder != null ? encoder : EncoderModels.installedFor(m));
  }

  /** Models trained with only some subtasks leave the others absent; using them then throws. */
  private static @Nullable LinearModel file(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(p)) {
      return LinearModel.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + p, e);
    }
  }

  // ---------------------------------------------------------------- genre

  /** The genre of an article's full text (title line, blank line, body), with confidence and the strongest cues. */
  public GenreLabel genre(String text) {
    return genre(TextLayers.of(text), null, 0);
  }

  /**
   * The genre of an article whose tokens and sentences are {@code doc}, its technique summary reading the lines that
   * {@code shared} holds from it (their tokens lie {@code shift} past the article's offsets in {@code doc}).
   */
  GenreLabel genre(TextLayers doc, @Nullable LineScores shared, int shift) {
    LinearModel genre = present(genreModel, "genre");
    FeatureExtractor genreFx = new FeatureExtractor(genre.config());
    Map<String, Double> named = new java.util.LinkedHashMap<>(articleFeatures(genreFx, doc));
    if (genre.config().techniques()) {
      named.putAll(TechniqueSummary.of(present(techniquesModel, "technique"), doc, shared, shift));
    }
    FeatureVector x = genreFx.hash(named);
    double[] z = genre.logits(x);
    int best = decideGenre(genre, z);
    double[] shifted = z.clone();
    for (int l = 0; l < shifted.length; l++) {
      shifted[l] += genre.threshold(l);
    }
    double confidence = softmax(shifted)[best];
    return new GenreLabel(Genre.fromOfficial(genre.labels()[best]), confidence,
        describe(genre.topFeatures(named, genreFx, best, 5)));
  }

  /** The named features of a whole article (computed per call: the models hold no per-article state). */
  private static Map<String, Double> articleFeatures(FeatureExtractor fx, TextLayers doc) {
    return fx.named(doc, 0, doc.text().length(), FeatureExtractor.Context.NONE);
  }

  static int decideGenre(LinearModel m, double[] logits) {
    double[] offsets = new double[m.labelCount()];
    for (int l = 0; l < offsets.length; l++) {
      offsets[l] = m.threshold(l);
    }
    return Thresholds.argmax(logits, offsets);
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] out = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = Math.exp(z[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < z.length; i++) {
      out[i] /= sum;
    }
    return out;
  }

  // ---------------------------------------------------------------- frames

  /** The frames of an article's full text (title line, blank line, body), most confident first; at least one. */
  public List<FrameLabel> frames(String text) {
    return frames(TextLayers.of(text));
  }

  /** The frames of an article whose tokens and sentences are {@code doc}. */
  List<FrameLabel> frames(TextLayers doc) {
    LinearModel frames = present(framesModel, "frame");
    FeatureExtractor framesFx = new FeatureExtractor(frames.config());
    Map<String, Double> named = articleFeatures(framesFx, doc);
    double[] p = frames.probabilities(framesFx.hash(EncoderModels.withVectors(frames, named, encoder,
        ArticleLine.split(doc.text()).stream().map(l -> doc.text().substring(l.start(), l.end())).toList())));
    List<FrameLabel> out = new ArrayList<>();
    for (int l : decideFrames(frames, p)) {
      out.add(new FrameLabel(Frame.fromOfficial(frames.labels()[l]), p[l],
          describe(frames.topFeatures(named, framesFx, l, 5))));
    }
    out.sort(Comparator.comparingDouble(FrameLabel::confidence).reversed());
    return out;
  }

  static List<Integer> decideFrames(LinearModel m, double[] p) {
    List<Integer> out = new ArrayList<>();
    int best = 0;
    for (int l = 0; l < p.length; l++) {
      if (p[l] >= m.threshold(l)) {
        out.add(l);
      }
      if (p[l] / m.threshold(l) > p[best] / m.threshold(best)) {
        best = l;
      }
    }
    if (out.isEmpty()) {
      out.add(best);
    }
    return out;
  }

  // ---------------------------------------------------------------- techniques

  /** Techniques found in one segment, with each one's probability, in technique order. */
  public record SegmentTechniques(int start, int end, Map<Technique, Double> techniques) {}

  /** The article context the technique model needs (word counts for repetition cues). */
  FeatureExtractor.Context context(TextLayers doc) {
    return FeatureExtractor.Context.of(doc.tokens(), false);
  }

  /**
   * The probability of every technique label for the tokens of {@code doc} inside {@code [start, end)}, a line or a
   * sentence of segment {@code [segStart, segEnd)}: a model that reads encoder vectors reads the segment's, and a
   * mixed-in classifier ({@link EncoderHead}) the segment's vector from its own encoder, where the segment passes the
   * classifier's gate.
   */
  double[] techniqueProbabilities(TextLayers doc, int start, int end, FeatureExtractor.Context ctx, int segStart,
      int segEnd) {
    if (start != segStart || end != segEnd) {
      return techniqueProbabilities(doc, start, end, ctx, segStart, segEnd, encodesSegment(doc, ctx, segStart, segEnd));
    }
    LinearModel techniques = present(techniquesModel, "technique");
    double[] p = textProbabilities(techniques, doc, start, end, ctx, segStart, segEnd);
    EncoderHead head = techniques.head();
    return head == null ? p : mixed(head, p, doc.text().substring(segStart, segEnd));
  }

  /**
   * As {@link #techniqueProbabilities(TextLayers, int, int, FeatureExtractor.Context, int, int)} for a sentence of a
   * segment whose gate was decided once ({@link #encodesSegment}): {@code encoded} says whether the classifier reads
   * the segment's vector.
   */
  double[] techniqueProbabilities(TextLayers doc, int start, int end, FeatureExtractor.Context ctx, int segStart,
      int segEnd, boolean encoded) {
    LinearModel techniques = present(techniquesModel, "technique");
    double[] p = textProbabilities(techniques, doc, start, end, ctx, segStart, segEnd);
    EncoderHead head = techniques.head();
    return head == null || !encoded ? p
        : head.mix(p, java.util.Objects.requireNonNull(headEncoder).encode(List.of(doc.text().substring(segStart,
            segEnd)))[0]);
  }

  /** Whether the technique model mixes in its classifier for segment {@code [segStart, segEnd)}: it passes the gate. */
  boolean encodesSegment(TextLayers doc, FeatureExtractor.Context ctx, int segStart, int segEnd) {
    LinearModel techniques = present(techniquesModel, "technique");
    EncoderHead head = techniques.head();
    return head != null && (head.encodeFrom() <= 0
        || head.encodes(textProbabilities(techniques, doc, segStart, segEnd, ctx, segStart, segEnd)));
  }

  /** The technique model's own probabilities (text features, and the segment's vector where it reads one). */
  private double[] textProbabilities(LinearModel techniques, TextLayers doc, int start, int end,
      FeatureExtractor.Context ctx, int segStart, int segEnd) {
    FeatureExtractor fx = new FeatureExtractor(techniques.config());
    if (techniques.encoder() == null) {
      return techniques.probabilities(fx.vector(doc, start, end, ctx));
    }
    return techniques.probabilities(fx.hash(EncoderModels.withVectors(techniques, fx.named(doc, start, end, ctx),
        encoder, List.of(doc.text().substring(segStart, segEnd)))));
  }

  /** A segment's probabilities {@code p}, the classifier's on its vector mixed in where they pass the gate. */
  private double[] mixed(EncoderHead head, double[] p, String segment) {
    return head.encodes(p) ? head.mix(p, java.util.Objects.requireNonNull(headEncoder).encode(List.of(segment))[0]) : p;
  }

  /**
   * The techniques predicted for each segment ({@code [start, end)} pairs) of {@code text} with the thresholds
   * tuned for F1 (the recall rule, also what SemEval scoring uses).
   */
  public List<SegmentTechniques> techniques(String text, List<int[]> segments, boolean firstIsTitle) {
    return techniques(TextLayers.of(text), segments, firstIsTitle, false, null);
  }

  /** Whether the technique model carries the precision rule (models trained before it fall back to F1 thresholds). */
  public boolean hasPrecisionRule() {
    return present(techniquesModel, "technique").hasPrecisionRule();
  }

  /**
   * The techniques predicted for each segment. With {@code precision} a label fires at its precision threshold,
   * or at its lower cue threshold where one of its cue phrases ({@link CuePhrases}) is in the segment; both
   * chosen by cross-validation so that at least half the shown labels are right. A model without the
   * precision rule uses its F1 thresholds either way.
   */
  public List<SegmentTechniques> techniques(String text, List<int[]> segments, boolean firstIsTitle,
      boolean precision) {
    return techniques(TextLayers.of(text), segments, firstIsTitle, precision, null);
  }

  /**
   * The techniques predicted for each segment of the article whose tokens and sentences are {@code doc}; {@code scores},
   * when not null, is given the text features' probabilities of the segments other than a title once all are scored,
   * where the technique model reads no encoder vectors as features (a mixed-in classifier does not count: its text
   * part's probabilities are given), for a genre model's technique summary that reads the same text model.
   */
  List<SegmentTechniques> techniques(TextLayers doc, List<int[]> segments, boolean firstIsTitle, boolean precision,
      java.util.function.@Nullable Consumer<LineScores> scores) {
    LinearModel techniques = present(techniquesModel, "technique");
    boolean rule = precision && techniques.hasPrecisionRule();
    FeatureExtractor.Context ctx = context(doc);
    List<String> texts = techniques.readsVectors()
        ? segments.stream().map(s -> doc.text().substring(s[0], s[1])).toList() : List.of();
    if (techniques.encoder() != null && encoder != null) { // one call for all segments; each then hits the cache
      encoder.encode(texts);
    }
    double[][] text = new double[segments.size()][];
    for (int i = 0; i < text.length; i++) {
      int[] s = segments.get(i);
      text[i] = textProbabilities(techniques, doc, s[0], s[1], ctx.asTitle(firstIsTitle && i == 0), s[0], s[1]);
    }
    EncoderHead head = techniques.head();
    if (head != null && headEncoder != null) { // the segments that pass the gate, in one call
      List<String> gated = new ArrayList<>();
      for (int i = 0; i < text.length; i++) {
        if (head.encodes(text[i])) {
          gated.add(texts.get(i));
        }
      }
      if (!gated.isEmpty()) {
        headEncoder.encode(gated);
      }
    }
    // the text part's probabilities, which a genre model reading the same text model can use
    LineScores.Builder shared = scores != null && techniques.encoder() == null ? LineScores.builder(techniques, ctx)
        : null;
    List<SegmentTechniques> out = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      int[] s = segments.get(i);
      double[] p = head == null ? text[i] : mixed(head, text[i], texts.get(i));
      if (shared != null && !(firstIsTitle && i == 0)) {
        shared.add(doc.tokens(s[0], s[1]), text[i]);
      }
      Map<Technique, Double> found = new java.util.EnumMap<>(Technique.class);
      boolean[] cues = rule ? CuePhrases.present(doc.tokens(s[0], s[1]), techniques.labels()) : null;
      for (int l = 0; l < p.length; l++) {
        if (rule ? fires(techniques, l, p[l], cues[l]) : p[l] >= techniques.threshold(l)) {
          found.put(Technique.fromOfficial(techniques.labels()[l]), p[l]);
        }
      }
      out.add(new SegmentTechniques(s[0], s[1], found));
    }
    if (shared != null && scores != null) {
      scores.accept(shared.build());
    }
    return out;
  }

  /** The precision rule for one label: its probability reaches the precision threshold, or the cue threshold with a cue. */
  static boolean fires(LinearModel m, int label, double p, boolean cue) {
    return p >= m.precisionThreshold(label) || (cue && p >= m.cueThreshold(label));
  }

  /** The label index of {@code t} in the technique model, or -1. */
  int techniqueIndex(Technique t) {
    String[] labels = present(techniquesModel, "technique").labels();
    for (int l = 0; l < labels.length; l++) {
      if (labels[l].equals(t.official())) {
        return l;
      }
    }
    return -1;
  }

  /** The strongest named cue features for technique {@code t} in the tokens of {@code doc} inside {@code [start, end)}. */
  List<String> techniqueCues(TextLayers doc, int start, int end, FeatureExtractor.Context ctx, Technique t, int max) {
    int l = techniqueIndex(t);
    if (l < 0) {
      return List.of();
    }
    LinearModel techniques = present(techniquesModel, "technique");
    FeatureExtractor fx = new FeatureExtractor(techniques.config());
    return techniques.topFeatures(fx.named(doc, start, end, ctx), fx, l, max);
  }

  /** Techniques the technique model can predict. */
  Set<Technique> techniqueLabels() {
    Set<Technique> out = EnumSet.noneOf(Technique.class);
    for (String s : present(techniquesModel, "technique").labels()) {
      out.add(Technique.fromOfficial(s));
    }
    return out;
  }

  static List<String> describe(List<String> features) {
    return features.stream().map(FeatureExtractor::describe).toList();
  }
}
