package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.CachingEncoder;
import dev.scrutiny.text.Paragraph;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.SentenceEncoder;
import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds persuasion techniques (SemEval-2023 Task 3 subtask 3) in each line of each paragraph and
 * highlights, for every technique found, the passage a reader can check: for word-level techniques (loaded
 * language, name calling, exaggeration, slogans, flag waving, repetition) the cue phrase itself
 * ("catastrophic", "regime"), for the others the sentence that scores highest for it, preferring one that
 * holds a cue phrase of the technique ("either … or", "everyone knows", "end of story"). A lone function
 * word or discourse adverb ("a", "who", "overall", "indeed", "never") is never a highlight, and evidence
 * is words of the text and named cues ({@code lexicon: loaded term "regime"}), never internal feature names.
 *
 * <p>{@link Mode#PRECISION} (the default) shows a technique where the model's precision rule fires, chosen
 * by cross-validation so that at least half the shown highlights are right at paragraph level, and drops a
 * word-level technique with no believable cue in the text: a cue phrase of the technique, else a content word of
 * the model that annotators often mark as the technique ({@link SpanWords}); {@link Mode#RECALL} uses the
 * thresholds tuned for F1 (more techniques, more of them wrong) and falls back to the sentence.
 *
 * <p>Requires {@link Paragraph#LAYER}, {@link Sentence#LAYER} and {@link Token#LAYER}: the features, cue
 * phrases and highlights are read from the article's shared tokens and sentences. The model is chosen by {@code article.language()} (English by default).
 * Thread-safe; models load once, on first use.
 */
public final class PersuasionAnalyzer implements Analyzer<TechniqueMatch> {

  /** Which decision rule shows a technique. */
  public enum Mode {
    /** Thresholds chosen for precision of shown highlights (at least 0.5 in cross-validation). */
    PRECISION,
    /** Thresholds chosen for F1: more techniques found, fewer of them right. */
    RECALL
  }

  private static final Set<Technique> WORD_LEVEL = SpanWords.TECHNIQUES;

  private final @Nullable PersuasionModels fixed;
  private final Mode mode;
  /** The span words judging word-level highlights in precision mode; null for the shipped ones per language. */
  private final @Nullable SpanWords spans;
  private final @Nullable SentenceEncoder encoder;
  /** The producer's name: the encoders whose models score, when one does. */
  private final String name;
  /** The line probabilities left for a {@link GenreAnalyzer} built on this analyzer, once one is. */
  private final SharedLineScores lineScores = new SharedLineScores();

  /** Uses the shipped models for each article's language, in {@link Mode#PRECISION}. */
  public PersuasionAnalyzer() {
    this(Mode.PRECISION);
  }

  /** Uses the shipped models for each article's language with the decision rule {@code mode}. */
  public PersuasionAnalyzer(Mode mode) {
    this.fixed = null;
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
    this.encoder = null;
    this.spans = null;
    this.name = "persuasion/1";
  }

  /**
   * Uses the shipped models trained with {@code encoder}'s paragraph vectors where the build has them for the
   * article's language ({@link PersuasionModels#forLanguage(String, SentenceEncoder)}), the others elsewhere. Each
   * paragraph is encoded once; give {@link FrameAnalyzer} the same {@link CachingEncoder} to share the vectors. Where
   * an encoder fine-tuned for techniques is installed ({@link PersuasionModels#TECHNIQUES_TASK}), the English technique
   * model mixes in its classifier, and the producer's name ends in its id too.
   */
  public PersuasionAnalyzer(SentenceEncoder encoder, Mode mode) {
    this.fixed = null;
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
    this.encoder = CachingEncoder.of(encoder);
    this.spans = null;
    this.name = "persuasion/1+" + encoder.id() + SentenceEncoder.installedFor(PersuasionModels.TECHNIQUES_TASK)
        .filter(t -> !t.id().equals(encoder.id())).map(t -> "+" + t.id()).orElse("");
  }

  /** Uses {@code models} for every article (e.g. models trained with {@code scrutiny train semeval --out}). */
  public PersuasionAnalyzer(PersuasionModels models) {
    this(models, Mode.PRECISION);
  }

  /** Uses {@code models} for every article with the decision rule {@code mode}. */
  public PersuasionAnalyzer(PersuasionModels models, Mode mode) {
    this(models, mode, null);
  }

  /**
   * Uses {@code models} for every article with the decision rule {@code mode}, and {@code spans} (when not null)
   * instead of the shipped span words to judge word-level highlights (for measuring a table on held-out articles).
   */
  public PersuasionAnalyzer(PersuasionModels models, Mode mode, @Nullable SpanWords spans) {
    this.fixed = java.util.Objects.requireNonNull(models, "models");
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
    this.encoder = null;
    this.spans = spans;
    this.name = "persuasion/1";
  }

  /** The (caching) encoder this analyzer scores with, or null when it uses fixed or plain models. */
  public @Nullable SentenceEncoder encoder() {
    return encoder;
  }

  /** The decision rule in use. */
  public Mode mode() {
    return mode;
  }

  /** The line probabilities this analyzer leaves for the genre analyzer that reads them; recorded from this call on. */
  SharedLineScores lineScores() {
    return lineScores.attach();
  }

  @Override
  public LayerKey<TechniqueMatch> produces() {
    return TechniqueMatch.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Paragraph.LAYER, Sentence.LAYER, Token.LAYER);
  }

  /** Models are trained for English and Russian. */
  @Override
  public Set<String> languages() {
    return Set.of("en", "ru");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<TechniqueMatch> analyze(Analysis in) {
    PersuasionModels models = fixed != null ? fixed : encoder != null
        ? PersuasionModels.forLanguage(in.article().language(), encoder)
        : PersuasionModels.forLanguage(in.article().language());
    TextLayers doc = TextLayers.of(in);
    FeatureExtractor.Context ctx = models.context(doc);
    boolean precision = mode == Mode.PRECISION;
    List<TechniqueMatch> out = new ArrayList<>();
    java.util.function.@Nullable Consumer<LineScores> leave = lineScores.wanted() ? s -> lineScores.put(in, s) : null;
    for (PersuasionModels.SegmentTechniques seg : models.techniques(doc, lines(in), false, precision, leave)) {
      if (!seg.techniques().isEmpty()) {
        List<Part> parts = parts(models, doc, ctx, seg);
        for (Map.Entry<Technique, Double> e : seg.techniques().entrySet()) {
          TechniqueMatch m = match(models, doc, ctx, seg, parts, e.getKey(), e.getValue(), in.article().language());
          if (m != null) {
            out.add(m);
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(TechniqueMatch::start).thenComparingInt(TechniqueMatch::end)
        .thenComparing(TechniqueMatch::technique));
    return out;
  }

  /** The lines of each paragraph (the units the technique model was trained on), trimmed, as offset pairs. */
  private static List<int[]> lines(Analysis in) {
    String text = in.text();
    List<int[]> lines = new ArrayList<>();
    for (Paragraph p : in.items(Paragraph.LAYER)) {
      for (ArticleLine l : ArticleLine.split(text.substring(p.start(), p.end()))) {
        int s = p.start() + l.start();
        int e = p.start() + l.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          lines.add(new int[] {s, e});
        }
      }
    }
    return lines;
  }

  /**
   * One sentence of a segment (clipped to it): its technique probabilities (null when the segment is one
   * sentence), its tokens and the lexicon phrases among them.
   */
  private record Part(int start, int end, double @Nullable [] probabilities, List<Token> words,
      List<Lexicon.Hit> hits) {}

  private static List<Part> parts(PersuasionModels models, TextLayers doc, FeatureExtractor.Context ctx,
      PersuasionModels.SegmentTechniques seg) {
    List<int[]> inside = new ArrayList<>();
    for (Sentence s : doc.sentences(seg.start(), seg.end())) {
      inside.add(new int[] {Math.max(s.start(), seg.start()), Math.min(s.end(), seg.end())});
    }
    if (inside.isEmpty()) {
      inside.add(new int[] {seg.start(), seg.end()});
    }
    List<Part> parts = new ArrayList<>();
    // whether the technique encoder reads the segment: decided once for all its sentences
    boolean encoded = inside.size() > 1 && models.encodesSegment(doc, ctx, seg.start(), seg.end());
    for (int[] s : inside) {
      List<Token> words = doc.tokens(s[0], s[1]);
      parts.add(new Part(s[0], s[1], inside.size() == 1 ? null : models.techniqueProbabilities(doc, s[0], s[1], ctx,
          seg.start(), seg.end(), encoded),
          words, Lexicon.standard().find(words)));
    }
    return parts;
  }

  /** The best-scoring sentence for label {@code label}, among those with a cue phrase of {@code t} when any has one. */
  private static Part best(List<Part> parts, Technique t, int label) {
    Part best = null;
    boolean bestCue = false;
    for (Part p : parts) {
      boolean cue = !CuePhrases.find(p.words(), p.hits(), t).isEmpty();
      if (best == null || (cue && !bestCue) || (cue == bestCue && parts.size() > 1
          && p.probabilities()[label] > best.probabilities()[label])) {
        best = p;
        bestCue = cue;
      }
    }
    return best;
  }

  /** The highlight of technique {@code t} in a segment, or null when the precision rule finds no cue to show. */
  private @Nullable TechniqueMatch match(PersuasionModels models, TextLayers doc, FeatureExtractor.Context ctx,
      PersuasionModels.SegmentTechniques seg, List<Part> parts, Technique t, double probability,
      @Nullable String language) {
    String text = doc.text();
    Part s = best(parts, t, models.techniqueIndex(t));
    List<Token> words = s.words();
    List<CuePhrases.Cue> cues = CuePhrases.find(words, s.hits(), t);
    List<String> features = models.techniqueCues(doc, s.start(), s.end(), ctx, t, 12);
    int[] span = {s.start(), s.end()};
    int[] modelWords = null; // the span, when the model's words chose it
    if (!cues.isEmpty()) {
      CuePhrases.Cue c = cues.get(0);
      if (WORD_LEVEL.contains(t)) {
        span = new int[] {words.get(c.from()).start(), words.get(c.to() - 1).end()};
      }
    } else if (WORD_LEVEL.contains(t)) {
      // the model's content words, strongest first; in precision mode only one that annotators mark as this
      // technique often enough (the technique's own cue phrases, above, are shown as they are); the span words
      // are read only here, when a highlight needs them (a short article often does not)
      SpanWords believed = mode != Mode.PRECISION ? null : spans != null ? spans : SpanWords.forLanguage(language);
      for (int[] at : Highlights.contentSpans(text, words, features)) {
        if (believed == null || believed.believable(t, inside(words, at))) {
          modelWords = at;
          break;
        }
      }
      if (modelWords == null && mode == Mode.PRECISION) {
        return null; // no word a reader would recognise as the technique: not shown
      }
      span = modelWords == null ? span : modelWords;
    }
    List<String> evidence = Highlights.evidence(text, words, s.hits(), cues, features, 4);
    if (modelWords != null) {
      evidence = Highlights.leading(text.substring(span[0], span[1]), evidence, 4); // the words shown come first
    }
    return new TechniqueMatch(span[0], span[1], text.substring(span[0], span[1]), t, probability,
        seg.start(), seg.end(), evidence);
  }

  /** The tokens among {@code words} within the offsets {@code at}. */
  private static List<Token> inside(List<Token> words, int[] at) {
    return words.stream().filter(w -> w.start() >= at[0] && w.end() <= at[1]).toList();
  }
}
