package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.Paragraph;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds persuasion techniques (SemEval-2023 Task 3 subtask 3) in each line of each paragraph and
 * highlights, for every technique found, the sentence that scores highest for it, narrowed to the cue
 * word or phrase for word-level techniques (loaded language, name calling, exaggeration, slogans,
 * flag waving, repetition). Each match carries the paragraph-level confidence and its cue features.
 *
 * <p>Requires {@link Paragraph#LAYER}; uses {@link Sentence#LAYER} when present, else a simple
 * punctuation splitter. The model is chosen by {@code article.language()} (English by default).
 * Thread-safe; models load once, on first use.
 */
public final class PersuasionAnalyzer implements Analyzer<TechniqueMatch> {

  private static final Set<Technique> WORD_LEVEL = EnumSet.of(Technique.LOADED_LANGUAGE,
      Technique.NAME_CALLING_LABELING, Technique.EXAGGERATION_MINIMISATION, Technique.SLOGANS,
      Technique.FLAG_WAVING, Technique.REPETITION);

  private final @Nullable PersuasionModels fixed;

  /** Uses the shipped models for each article's language. */
  public PersuasionAnalyzer() {
    this.fixed = null;
  }

  /** Uses {@code models} for every article (e.g. models trained with {@code scrutiny train semeval --out}). */
  public PersuasionAnalyzer(PersuasionModels models) {
    this.fixed = models;
  }

  @Override
  public LayerKey<TechniqueMatch> produces() {
    return TechniqueMatch.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Paragraph.LAYER);
  }

  /** Models are trained for English and Russian. */
  @Override
  public Set<String> languages() {
    return Set.of("en", "ru");
  }

  @Override
  public String name() {
    return "persuasion/1";
  }

  @Override
  public List<TechniqueMatch> analyze(Analysis in) {
    PersuasionModels models = fixed != null ? fixed : PersuasionModels.forLanguage(in.article().language());
    String text = in.text();
    List<int[]> lines = new ArrayList<>();
    for (Paragraph p : in.items(Paragraph.LAYER)) {
      for (SemevalCorpus.Line l : SemevalCorpus.lines(text.substring(p.start(), p.end()))) {
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
    List<int[]> sentences = in.layer(Sentence.LAYER)
        .map(layer -> layer.items().stream().map(x -> new int[] {x.start(), x.end()}).toList())
        .orElseGet(() -> Sentences.split(text, lines));
    FeatureExtractor.Context ctx = models.context(text);
    List<TechniqueMatch> out = new ArrayList<>();
    List<PersuasionModels.SegmentTechniques> found = models.techniques(text, lines, false);
    for (PersuasionModels.SegmentTechniques seg : found) {
      if (seg.techniques().isEmpty()) {
        continue;
      }
      List<int[]> inside = new ArrayList<>();
      for (int[] s : sentences) {
        int a = Math.max(s[0], seg.start());
        int b = Math.min(s[1], seg.end());
        if (b > a) {
          inside.add(new int[] {a, b});
        }
      }
      if (inside.isEmpty()) {
        inside.add(new int[] {seg.start(), seg.end()});
      }
      List<double[]> sentenceProbs = new ArrayList<>();
      for (int[] s : inside) {
        sentenceProbs.add(inside.size() == 1 ? null : models.techniqueProbabilities(text, s[0], s[1], ctx));
      }
      for (Map.Entry<Technique, Double> e : seg.techniques().entrySet()) {
        Technique t = e.getKey();
        int label = models.techniqueIndex(t);
        int best = 0;
        for (int i = 1; i < inside.size(); i++) {
          if (sentenceProbs.get(i)[label] > sentenceProbs.get(best)[label]) {
            best = i;
          }
        }
        int[] s = inside.get(best);
        List<String> cues = models.techniqueCues(text, s[0], s[1], ctx, t, 8);
        if (cues.isEmpty()) {
          s = new int[] {seg.start(), seg.end()};
          cues = models.techniqueCues(text, s[0], s[1], ctx, t, 8);
        }
        int[] span = WORD_LEVEL.contains(t) ? cueSpan(text, s, cues) : s;
        List<String> evidence = evidence(text, s, cues, 4);
        out.add(new TechniqueMatch(span[0], span[1], text.substring(span[0], span[1]), t, e.getValue(),
            seg.start(), seg.end(), evidence));
      }
    }
    out.sort(Comparator.comparingInt(TechniqueMatch::start).thenComparingInt(TechniqueMatch::end)
        .thenComparing(TechniqueMatch::technique));
    return out;
  }

  private static final Set<String> STOP = Set.of("the", "and", "a", "an", "of", "to", "in", "on", "for", "is", "are",
      "was", "were", "be", "it", "its", "that", "this", "with", "as", "at", "by", "or", "but", "from", "their", "they",
      "he", "she", "his", "her", "we", "i", "you", "not", "have", "has", "had", "will", "would", "who", "which");

  /**
   * The first occurrence in the sentence of the strongest cue: a lexicon phrase of the strongest lexicon
   * category, or a content word or phrase feature; the sentence itself when none is found.
   */
  static int[] cueSpan(String text, int[] sentence, List<String> cues) {
    List<Words.Word> words = Words.of(text, sentence[0], sentence[1]);
    List<Lexicon.Hit> hits = Lexicon.standard().find(words);
    for (String cue : cues) {
      char kind = cue.charAt(0);
      if (kind == 'x') {
        String category = cue.substring(2);
        for (Lexicon.Hit h : hits) {
          if (h.category().equals(category)) {
            return new int[] {words.get(h.from()).start(), words.get(h.to() - 1).end()};
          }
        }
        continue;
      }
      if (kind != 'w' && kind != 'b') {
        continue;
      }
      List<String> want = new ArrayList<>();
      for (String p : cue.substring(2).split(" ")) {
        if (!p.equals("<s>")) {
          want.add(p);
        }
      }
      if (want.stream().allMatch(w -> STOP.contains(w) || !Character.isLetter(w.charAt(0)))) {
        continue;
      }
      for (int i = 0; i + want.size() <= words.size(); i++) {
        boolean ok = true;
        for (int k = 0; k < want.size() && ok; k++) {
          ok = words.get(i + k).lower().equals(want.get(k));
        }
        if (ok) {
          return new int[] {words.get(i).start(), words.get(i + want.size() - 1).end()};
        }
      }
    }
    return sentence;
  }

  /** Reader-facing cues: lexicon categories name the phrases that matched in the highlighted sentence. */
  static List<String> evidence(String text, int[] sentence, List<String> cues, int max) {
    List<Words.Word> words = Words.of(text, sentence[0], sentence[1]);
    List<Lexicon.Hit> hits = Lexicon.standard().find(words);
    List<String> out = new ArrayList<>();
    for (String cue : cues) {
      if (out.size() >= max) {
        break;
      }
      if (cue.charAt(0) == 'x') {
        String category = cue.substring(2);
        java.util.LinkedHashSet<String> phrases = new java.util.LinkedHashSet<>();
        for (Lexicon.Hit h : hits) {
          if (h.category().equals(category)) {
            phrases.add(text.substring(words.get(h.from()).start(), words.get(h.to() - 1).end()));
          }
        }
        out.add(phrases.isEmpty() ? FeatureExtractor.describe(cue)
            : "lexicon " + category + ": " + String.join(", ", phrases.stream().limit(4).map(x -> "\"" + x + "\"").toList()));
      } else {
        out.add(FeatureExtractor.describe(cue));
      }
    }
    return out;
  }
}
