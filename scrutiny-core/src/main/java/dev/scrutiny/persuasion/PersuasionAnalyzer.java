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
 * highlights, for every technique found, the passage a reader can check: for word-level techniques (loaded
 * language, name calling, exaggeration, slogans, flag waving, repetition) the cue phrase itself
 * ("catastrophic", "regime"), for the others the sentence that scores highest for it, preferring one that
 * holds a cue phrase of the technique ("either … or", "everyone knows", "end of story"). A lone function
 * word or discourse adverb ("a", "who", "overall", "indeed", "never") is never a highlight, and evidence
 * is words of the text and named cues ({@code lexicon: loaded term "regime"}), never internal feature names.
 *
 * <p>{@link Mode#PRECISION} (the default) shows a technique where the model's precision rule fires, chosen
 * by cross-validation so that at least half the shown highlights are right at paragraph level, and drops a
 * word-level technique with no believable cue in the text; {@link Mode#RECALL} uses the thresholds tuned for
 * F1 (more techniques, more of them wrong) and falls back to the sentence.
 *
 * <p>Requires {@link Paragraph#LAYER}; uses {@link Sentence#LAYER} when present, else a simple
 * punctuation splitter. The model is chosen by {@code article.language()} (English by default).
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

  private static final Set<Technique> WORD_LEVEL = EnumSet.of(Technique.LOADED_LANGUAGE,
      Technique.NAME_CALLING_LABELING, Technique.EXAGGERATION_MINIMISATION, Technique.SLOGANS,
      Technique.FLAG_WAVING, Technique.REPETITION);

  private final @Nullable PersuasionModels fixed;
  private final Mode mode;

  /** Uses the shipped models for each article's language, in {@link Mode#PRECISION}. */
  public PersuasionAnalyzer() {
    this(Mode.PRECISION);
  }

  /** Uses the shipped models for each article's language with the decision rule {@code mode}. */
  public PersuasionAnalyzer(Mode mode) {
    this.fixed = null;
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
  }

  /** Uses {@code models} for every article (e.g. models trained with {@code scrutiny train semeval --out}). */
  public PersuasionAnalyzer(PersuasionModels models) {
    this(models, Mode.PRECISION);
  }

  /** Uses {@code models} for every article with the decision rule {@code mode}. */
  public PersuasionAnalyzer(PersuasionModels models, Mode mode) {
    this.fixed = java.util.Objects.requireNonNull(models, "models");
    this.mode = java.util.Objects.requireNonNull(mode, "mode");
  }

  /** The decision rule in use. */
  public Mode mode() {
    return mode;
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
    List<int[]> sentences = in.layer(Sentence.LAYER)
        .map(layer -> layer.items().stream().map(x -> new int[] {x.start(), x.end()}).toList())
        .orElseGet(() -> Sentences.split(text, lines));
    FeatureExtractor.Context ctx = models.context(text);
    List<TechniqueMatch> out = new ArrayList<>();
    boolean precision = mode == Mode.PRECISION;
    List<PersuasionModels.SegmentTechniques> found = models.techniques(text, lines, false, precision);
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
      List<List<Words.Word>> sentenceWords = new ArrayList<>();
      List<List<Lexicon.Hit>> sentenceHits = new ArrayList<>();
      for (int[] s : inside) {
        sentenceProbs.add(inside.size() == 1 ? null : models.techniqueProbabilities(text, s[0], s[1], ctx));
        List<Words.Word> w = Words.of(text, s[0], s[1]);
        sentenceWords.add(w);
        sentenceHits.add(Lexicon.standard().find(w));
      }
      for (Map.Entry<Technique, Double> e : seg.techniques().entrySet()) {
        Technique t = e.getKey();
        int label = models.techniqueIndex(t);
        // the best-scoring sentence, among those with a cue phrase of the technique when any has one
        int best = -1;
        boolean bestCue = false;
        for (int i = 0; i < inside.size(); i++) {
          boolean cue = !CuePhrases.find(sentenceWords.get(i), sentenceHits.get(i), t).isEmpty();
          if (best < 0 || (cue && !bestCue) || (cue == bestCue && inside.size() > 1
              && sentenceProbs.get(i)[label] > sentenceProbs.get(best)[label])) {
            best = i;
            bestCue = cue;
          }
        }
        int[] s = inside.get(best);
        List<Words.Word> words = sentenceWords.get(best);
        List<Lexicon.Hit> hits = sentenceHits.get(best);
        List<CuePhrases.Cue> cues = CuePhrases.find(words, hits, t);
        List<String> features = models.techniqueCues(text, s[0], s[1], ctx, t, 12);
        int[] span;
        if (!cues.isEmpty()) {
          CuePhrases.Cue c = cues.get(0);
          span = WORD_LEVEL.contains(t) ? new int[] {words.get(c.from()).start(), words.get(c.to() - 1).end()} : s;
        } else if (WORD_LEVEL.contains(t)) {
          int[] w = contentSpan(text, words, features);
          if (w == null && precision) {
            continue; // no word a reader would recognise as the technique: not shown
          }
          span = w == null ? s : w;
        } else {
          span = s;
        }
        List<String> evidence = evidence(text, words, hits, cues, features, 4);
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
      "he", "she", "his", "her", "we", "i", "you", "not", "have", "has", "had", "will", "would", "who", "which",
      "there", "these", "those", "them", "him", "our", "us", "my", "me", "your", "been", "being", "do", "does", "did",
      "can", "could", "should", "may", "might", "must", "shall", "what", "when", "where", "why", "how", "than", "then",
      "if", "into", "about", "after", "before", "over", "under", "up", "down", "out", "off", "no", "nor", "so", "such",
      "said", "says", "say", "told", "also", "one", "two", "other", "some", "any", "each", "own", "same", "while",
      "during", "against", "between", "through", "because", "until", "since", "both", "few", "more", "many", "much",
      // Russian function words
      "и", "в", "во", "не", "на", "под", "что", "с", "со", "как", "а", "но", "по", "к", "из", "у", "за", "от", "о",
      "об", "это", "все", "всё", "он", "она", "они", "мы", "вы", "я", "его", "её", "их", "же", "бы", "ли", "то", "так",
      "для", "до", "при", "уже", "ещё", "только", "было", "был", "были", "быть", "есть", "который", "которые",
      "этот", "эти", "также", "тоже", "когда", "где", "если", "заявил", "сказал");

  /** Discourse adverbs and connectives: they organise a text and persuade nobody when highlighted alone. */
  private static final Set<String> DISCOURSE = Set.of("overall", "indeed", "finally", "never", "always", "ever",
      "however", "still", "even", "just", "only", "already", "yet", "now", "thus", "therefore", "moreover",
      "furthermore", "meanwhile", "actually", "really", "simply", "clearly", "certainly", "perhaps", "maybe",
      "again", "very", "too", "well", "instead", "though", "although", "whether", "today", "yesterday", "tomorrow",
      "last", "next", "first", "second", "new", "according", "including", "like", "around", "all", "most", "every",
      "nothing", "anything", "something", "everything", "here", "of course", "course", "let", "get", "got", "make",
      "made", "know", "think", "see", "people", "time", "year", "years", "day", "week", "way", "thing", "things");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "their", "our");

  /** Whether a word is one a reader could see as carrying the technique: a lower-case content word. */
  static boolean content(String text, Words.Word w) {
    return w.letters() && w.lower().length() >= 3 && !STOP.contains(w.lower()) && !DISCOURSE.contains(w.lower())
        && !CuePhrases.NEVER_ALONE.contains(w.lower()) && !Character.isUpperCase(text.charAt(w.start()));
  }

  /**
   * The first occurrence among {@code words} of the strongest word or phrase feature made of content words
   * (a phrase may open with a determiner: "the regime", "this propaganda"; "cameras in" is no cue), or null when
   * the model's cues hold none.
   */
  static int @Nullable [] contentSpan(String text, List<Words.Word> words, List<String> features) {
    for (String f : features) {
      char kind = f.charAt(0);
      if (kind != 'w' && kind != 'b') {
        continue;
      }
      List<String> want = new ArrayList<>();
      for (String p : f.substring(2).split(" ")) {
        if (!p.equals("<s>")) {
          want.add(p);
        }
      }
      for (int i = 0; i + want.size() <= words.size(); i++) {
        boolean ok = true;
        for (int k = 0; k < want.size() && ok; k++) {
          ok = words.get(i + k).lower().equals(want.get(k));
        }
        if (!ok) {
          continue;
        }
        boolean anyContent = false;
        boolean allWords = true;
        boolean dangling = false; // "cameras in", "will call": a function word that is not a leading determiner
        for (int k = 0; k < want.size(); k++) {
          Words.Word w = words.get(i + k);
          anyContent |= content(text, w);
          allWords &= w.letters();
          dangling |= !content(text, w) && !(k == 0 && want.size() > 1 && DETERMINERS.contains(w.lower()));
        }
        if (anyContent && allWords && !dangling) {
          return new int[] {words.get(i).start(), words.get(i + want.size() - 1).end()};
        }
        break; // this feature's words are not a believable cue
      }
    }
    return null;
  }

  /**
   * Reader-facing evidence, strongest first: the technique's cue phrases as written
   * ({@code lexicon: loaded term "regime"}), then the model's cue features that are words of the sentence
   * (content words and phrases with one, in the text's spelling) or named marks (question mark, exclamation
   * mark, quotation marks, words in capitals). Character n-grams count as the content word that holds them.
   */
  static List<String> evidence(String text, List<Words.Word> words, List<Lexicon.Hit> hits, List<CuePhrases.Cue> cues,
      List<String> features, int max) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (CuePhrases.Cue c : cues) {
      out.add("lexicon: " + CuePhrases.describe(c.category()) + " \"" + span(text, words, c.from(), c.to()) + "\"");
    }
    for (String f : features) {
      if (out.size() >= max) {
        break;
      }
      String body = f.substring(2);
      switch (f.charAt(0)) {
        case 'x' -> {
          for (Lexicon.Hit h : hits) {
            String phrase = CuePhrases.phrase(words, h.from(), h.to());
            if (h.category().equals(body) && !CuePhrases.NEVER_ALONE.contains(phrase) && !STOP.contains(phrase)) {
              out.add("lexicon: " + CuePhrases.describe(body) + " \"" + span(text, words, h.from(), h.to()) + "\"");
              break;
            }
          }
        }
        case 'w', 'b' -> {
          int[] at = contentSpan(text, words, List.of(f));
          if (at != null) {
            String shown = text.substring(at[0], at[1]);
            out.add((shown.chars().anyMatch(Character::isWhitespace) ? "phrase" : "word") + " \"" + shown + "\"");
          }
        }
        case 'c' -> {
          String gram = body.strip();
          for (Words.Word w : words) {
            String padded = " " + w.lower() + " ";
            if (content(text, w) && w.lower().length() > gram.length() && padded.contains(body)) {
              out.add("word \"" + text.substring(w.start(), w.end()) + "\"");
              break;
            }
          }
        }
        case 's' -> {
          String mark = switch (body) {
            case "question" -> "question mark";
            case "exclamation" -> "exclamation mark";
            case "quotation" -> "quotation marks";
            case "capitals" -> "words in capitals";
            default -> null;
          };
          if (mark != null) {
            out.add(mark);
          }
        }
        default -> { } // length, repetition counts and position are not something a reader can point at
      }
    }
    return out.stream().limit(max).toList();
  }

  private static String span(String text, List<Words.Word> words, int from, int to) {
    return text.substring(words.get(from).start(), words.get(to - 1).end());
  }
}
