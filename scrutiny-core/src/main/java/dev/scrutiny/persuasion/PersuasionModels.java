package dev.scrutiny.persuasion;

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
 * <pre>{@code
 * PersuasionModels m = PersuasionModels.forLanguage("en");
 * GenreLabel genre = m.genre(text);
 * }</pre>
 */
public final class PersuasionModels {

  /** Languages with shipped models; others fall back to English. */
  public static final List<String> SHIPPED = List.of("en", "ru");

  private static final Map<String, PersuasionModels> SHIPPED_CACHE = new ConcurrentHashMap<>();

  private final String language;
  private final LinearModel genre;
  private final LinearModel frames;
  private final LinearModel techniques;
  private final FeatureExtractor genreFx;
  private final FeatureExtractor framesFx;
  private final FeatureExtractor techniquesFx;

  PersuasionModels(String language, LinearModel genre, LinearModel frames, LinearModel techniques) {
    this.language = language;
    this.genre = genre;
    this.frames = frames;
    this.techniques = techniques;
    this.genreFx = new FeatureExtractor(genre.config());
    this.framesFx = new FeatureExtractor(frames.config());
    this.techniquesFx = new FeatureExtractor(techniques.config());
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

  /** Models written by {@code scrutiny train semeval --out dir} for {@code language}. */
  public static PersuasionModels load(Path dir, String language) {
    return new PersuasionModels(language, file(dir, "st1-" + language + ".bin"), file(dir, "st2-" + language + ".bin"),
        file(dir, "st3-" + language + ".bin"));
  }

  private static LinearModel file(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("expected model file " + p + ", not found");
    }
    try (InputStream in = Files.newInputStream(p)) {
      return LinearModel.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + p, e);
    }
  }

  // ---------------------------------------------------------------- genre

  /** The genre of an article's full text, with confidence and the strongest cues. */
  public GenreLabel genre(String text) {
    Map<String, Double> named = new java.util.LinkedHashMap<>(articleFeatures(genreFx, text));
    if (genre.config().techniques()) {
      named.putAll(techniqueSummary(techniques, text));
    }
    FeatureVector x = genreFx.hash(named);
    double[] z = genre.logits(x);
    int best = decideGenre(genre, z);
    double confidence = softmax(z)[best];
    return new GenreLabel(Genre.fromOfficial(genre.labels()[best]), confidence,
        describe(genre.topFeatures(named, genreFx, best, 5)));
  }

  /**
   * Article-level summary of a technique model: for each technique, the mean probability over the
   * article's lines ({@code p <label>}) and the share of lines where it fires ({@code f <label>}).
   */
  static Map<String, Double> techniqueSummary(LinearModel techniques, String text) {
    FeatureExtractor fx = new FeatureExtractor(techniques.config());
    FeatureExtractor.Context ctx = FeatureExtractor.Context.of(Words.of(text, 0, text.length()), false);
    List<SemevalCorpus.Line> lines = SemevalCorpus.lines(text);
    String[] labels = techniques.labels();
    double[] mean = new double[labels.length];
    double[] share = new double[labels.length];
    for (SemevalCorpus.Line line : lines) {
      double[] p = techniques.probabilities(fx.vector(text, line.start(), line.end(), ctx.asTitle(line.number() == 1)));
      for (int l = 0; l < p.length; l++) {
        mean[l] += p[l];
        if (p[l] >= techniques.threshold(l)) {
          share[l]++;
        }
      }
    }
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    int n = Math.max(1, lines.size());
    for (int l = 0; l < labels.length; l++) {
      out.put("p " + labels[l], mean[l] / n);
      out.put("f " + labels[l], share[l] / n);
    }
    return out;
  }

  /** The last article's features per thread: genre and frames usually share one configuration. */
  private final ThreadLocal<Object[]> lastArticle = new ThreadLocal<>();

  private Map<String, Double> articleFeatures(FeatureExtractor fx, String text) {
    Object[] last = lastArticle.get();
    if (last != null && last[0].equals(fx.config()) && last[1].equals(text)) {
      @SuppressWarnings("unchecked")
      Map<String, Double> cached = (Map<String, Double>) last[2];
      return cached;
    }
    Map<String, Double> named = java.util.Collections.unmodifiableMap(
        fx.named(text, 0, text.length(), FeatureExtractor.Context.NONE));
    lastArticle.set(new Object[] {fx.config(), text, named});
    return named;
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

  /** The frames of an article's full text, most confident first; at least one. */
  public List<FrameLabel> frames(String text) {
    Map<String, Double> named = articleFeatures(framesFx, text);
    double[] p = frames.probabilities(framesFx.hash(named));
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
  FeatureExtractor.Context context(String text) {
    return FeatureExtractor.Context.of(Words.of(text, 0, text.length()), false);
  }

  /** The probability of every technique label for {@code text[start, end)}. */
  double[] techniqueProbabilities(String text, int start, int end, FeatureExtractor.Context ctx) {
    return techniques.probabilities(techniquesFx.vector(text, start, end, ctx));
  }

  /** The techniques predicted for each segment ({@code [start, end)} pairs) of {@code text}. */
  public List<SegmentTechniques> techniques(String text, List<int[]> segments, boolean firstIsTitle) {
    FeatureExtractor.Context ctx = context(text);
    List<SegmentTechniques> out = new ArrayList<>(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      int[] s = segments.get(i);
      double[] p = techniqueProbabilities(text, s[0], s[1], ctx.asTitle(firstIsTitle && i == 0));
      Map<Technique, Double> found = new java.util.EnumMap<>(Technique.class);
      for (int l = 0; l < p.length; l++) {
        if (p[l] >= techniques.threshold(l)) {
          found.put(Technique.fromOfficial(techniques.labels()[l]), p[l]);
        }
      }
      out.add(new SegmentTechniques(s[0], s[1], found));
    }
    return out;
  }

  /** The label index of {@code t} in the technique model, or -1. */
  int techniqueIndex(Technique t) {
    String[] labels = techniques.labels();
    for (int l = 0; l < labels.length; l++) {
      if (labels[l].equals(t.official())) {
        return l;
      }
    }
    return -1;
  }

  /** The strongest named cue features for technique {@code t} in {@code text[start, end)}. */
  List<String> techniqueCues(String text, int start, int end, FeatureExtractor.Context ctx, Technique t, int max) {
    int l = techniqueIndex(t);
    if (l < 0) {
      return List.of();
    }
    return techniques.topFeatures(techniquesFx.named(text, start, end, ctx), techniquesFx, l, max);
  }

  /** Techniques the technique model can predict. */
  Set<Technique> techniqueLabels() {
    Set<Technique> out = EnumSet.noneOf(Technique.class);
    for (String s : techniques.labels()) {
      out.add(Technique.fromOfficial(s));
    }
    return out;
  }

  static List<String> describe(List<String> features) {
    return features.stream().map(FeatureExtractor::describe).toList();
  }
}
