package dev.scrutiny.persuasion;

import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import dev.scrutiny.text.WordPieceVectors;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the shared tokens of a stretch of text into named features (for explanations) or a hashed {@link FeatureVector}
 * (for scoring): word uni/bi-grams and character n-grams (each block L2-normalised, counts damped by log),
 * lexicon categories, punctuation, quotation and capitalisation counts, and repetition against the
 * whole article. Stateless and thread-safe.
 *
 * <p>Feature names start with a kind: {@code w} word, {@code b} bigram, {@code c} character n-gram,
 * {@code x} lexicon category, {@code s} surface shape, {@code r} repetition, {@code t} position, {@code d} dense style rate ({@link GenreStyle}),
 * {@code v} a dimension of the text's word-piece vector ({@link WordPieceVectors}; never shown as evidence).
 */
final class FeatureExtractor {

  /** The name prefix of the word-piece vector's dimensions. */
  static final String VECTOR = "v ";

  private final FeatureConfig config;
  private final Lexicon lexicon;

  FeatureExtractor(FeatureConfig config) {
    this.config = config;
    this.lexicon = Lexicon.standard();
  }

  FeatureConfig config() {
    return config;
  }

  /**
   * Context shared by the segments of one article: how often each word form occurs in it, and
   * whether the segment is the title line.
   */
  record Context(Map<String, Integer> articleCounts, boolean title) {
    static final Context NONE = new Context(Map.of(), false);

    static Context of(List<Token> articleTokens, boolean title) {
      Map<String, Integer> counts = new HashMap<>();
      for (Token w : articleTokens) {
        String form = TextLayers.form(w);
        if (counted(w, form)) {
          counts.merge(form, 1, Integer::sum);
        }
      }
      return new Context(counts, title);
    }

    Context asTitle(boolean isTitle) {
      return isTitle == title ? this : new Context(articleCounts, isTitle);
    }

    /** Whether the counted word {@code form} occurs often enough in the article to count as repeated there. */
    boolean repeated(String form) {
      return articleCounts.getOrDefault(form, 0) >= REPEATED;
    }

    /**
     * Whether {@code words} get the same features under this context as under {@code other}: the same title flag, both
     * or neither without counted words, and each counted word of {@code words} repeated in both articles or in neither.
     */
    boolean sameFeatures(List<Token> words, Context other) {
      if (title != other.title || articleCounts.isEmpty() != other.articleCounts.isEmpty()) {
        return false;
      }
      for (Token w : words) {
        String f = TextLayers.form(w);
        if (counted(w, f) && repeated(f) != other.repeated(f)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Words of fewer letters are not counted for repetition. */
  private static final int REPEAT_LENGTH = 4;

  /** How often a word occurs in the article for it to count as repeated there. */
  private static final int REPEATED = 4;

  /** Whether token {@code w}, of form {@code form}, is a word counted for repetition. */
  private static boolean counted(Token w, String form) {
    return w.isWord() && form.length() >= REPEAT_LENGTH;
  }

  /**
   * Named features of the tokens of {@code doc} inside {@code [from, to)}, in insertion order; the style block
   * ({@link FeatureConfig#style()}, article-level models only) describes the whole of {@code doc}.
   */
  Map<String, Double> named(TextLayers doc, int from, int to, Context ctx) {
    List<Token> words = doc.tokens(from, to);
    List<String> forms = words.stream().map(TextLayers::form).toList();
    Map<String, Double> out = new LinkedHashMap<>();
    if (config.words() || config.bigrams()) {
      putNormalised(out, grams(forms), 1.0);
    }
    if (config.charMin() > 0) {
      putNormalised(out, characters(words, forms), config.charScale());
    }
    Map<String, Double> lex = new HashMap<>();
    for (Lexicon.Hit h : lexicon.find(words)) {
      lex.merge("x " + h.category(), 1.0, Double::sum);
    }
    lex.forEach((k, v) -> out.put(k, 0.5 * Math.log1p(v)));
    surface(out, words, forms);
    if (config.style()) {
      out.putAll(GenreStyle.of(doc));
      if (!config.words() && !config.bigrams()) {
        GenreCues.add(doc, out);
      }
    }
    if (ctx.title()) {
      out.put("t title", 1.0);
    }
    if (config.wordVectors()) {
      float[] v = WordPieceVectors.shipped().vector(words.stream().map(Token::text).toList());
      for (int i = 0; i < v.length; i++) {
        if (v[i] != 0) {
          out.put(VECTOR + i, (double) v[i]);
        }
      }
    }
    if (!ctx.articleCounts().isEmpty()) {
      repetition(out, words, forms, ctx);
    }
    return out;
  }

  /** Word unigram and bigram counts ({@code w}, {@code b}). */
  private Map<String, Double> grams(List<String> forms) {
    Map<String, Double> grams = new HashMap<>();
    String prev = "<s>";
    for (String w : forms) {
      if (config.words()) {
        grams.merge("w " + w, 1.0, Double::sum);
      }
      if (config.bigrams()) {
        grams.merge("b " + prev + " " + w, 1.0, Double::sum);
      }
      prev = w;
    }
    return grams;
  }

  /** Character n-gram counts inside words, padded with a space at each end ({@code c}). */
  private Map<String, Double> characters(List<Token> words, List<String> forms) {
    Map<String, Double> chars = new HashMap<>();
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words.size(); w++) {
      if (!words.get(w).isWord()) {
        continue;
      }
      sb.setLength(0);
      sb.append(' ').append(forms.get(w)).append(' ');
      int n = sb.length();
      for (int len = config.charMin(); len <= config.charMax(); len++) {
        for (int i = 0; i + len <= n; i++) {
          chars.merge("c " + sb.substring(i, i + len), 1.0, Double::sum);
        }
      }
    }
    return chars;
  }

  /** Exclamation and question marks, quotation marks, words in capitals and a length bucket ({@code s}). */
  private static void surface(Map<String, Double> out, List<Token> words, List<String> forms) {
    int excl = 0, quest = 0, quotes = 0, caps = 0, letters = 0;
    for (int w = 0; w < words.size(); w++) {
      Token t = words.get(w);
      if (t.isWord()) {
        letters++;
        if (TextLayers.allCaps(t) && forms.get(w).length() > 2) {
          caps++;
        }
      } else if (t.kind() == TokenKind.PUNCT) {
        String f = forms.get(w);
        for (int i = 0; i < f.length(); i++) {
          switch (f.charAt(i)) {
            case '!' -> excl++;
            case '?' -> quest++;
            case '"', '“', '”', '«', '»', '„' -> quotes++;
            default -> { }
          }
        }
      }
    }
    putCapped(out, "s exclamation", excl, 3);
    putCapped(out, "s question", quest, 3);
    putCapped(out, "s quotation", quotes, 4);
    putCapped(out, "s capitals", caps, 3);
    out.put("s length " + Math.min(6, 31 - Integer.numberOfLeadingZeros(letters + 1)), 0.5);
  }

  private static void putCapped(Map<String, Double> out, String name, int count, int cap) {
    if (count > 0) {
      out.put(name, Math.min(count, cap) / (double) cap);
    }
  }

  /** Words repeated in the article ({@code r article}) and within the segment ({@code r paragraph}). */
  private static void repetition(Map<String, Double> out, List<Token> words, List<String> forms, Context ctx) {
    int repeated = 0;
    Map<String, Integer> local = new HashMap<>();
    for (int w = 0; w < words.size(); w++) {
      String f = forms.get(w);
      if (counted(words.get(w), f)) {
        local.merge(f, 1, Integer::sum);
        if (ctx.repeated(f)) {
          repeated++;
        }
      }
    }
    int localMax = local.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (repeated > 0) {
      out.put("r article " + Math.min(repeated, 4), 0.5);
    }
    if (localMax >= 2) {
      out.put("r paragraph " + Math.min(localMax, 4), 0.5);
    }
  }

  private static void putNormalised(Map<String, Double> out, Map<String, Double> block, double scale) {
    double norm = 0;
    for (Map.Entry<String, Double> e : block.entrySet()) {
      double v = 1 + Math.log(e.getValue());
      e.setValue(v);
      norm += v * v;
    }
    if (norm == 0) {
      return;
    }
    double f = scale / Math.sqrt(norm);
    block.forEach((k, v) -> out.put(k, v * f));
  }

  /** The hashed vector of the tokens of {@code doc} inside {@code [from, to)}. */
  FeatureVector vector(TextLayers doc, int from, int to, Context ctx) {
    return hash(named(doc, from, to, ctx));
  }

  /** Hashes named features into the configured space, summing collisions. */
  FeatureVector hash(Map<String, Double> named) {
    long[] packed = new long[named.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : named.entrySet()) {
      packed[n++] = ((long) index(e.getKey()) << 32) | (Float.floatToRawIntBits(e.getValue().floatValue()) & 0xffffffffL);
    }
    java.util.Arrays.sort(packed, 0, n);
    int[] idx = new int[n];
    float[] val = new float[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int index = (int) (packed[i] >>> 32);
      float v = Float.intBitsToFloat((int) packed[i]);
      if (m > 0 && idx[m - 1] == index) {
        val[m - 1] += v;
      } else {
        idx[m] = index;
        val[m] = v;
        m++;
      }
    }
    return new FeatureVector(java.util.Arrays.copyOf(idx, m), java.util.Arrays.copyOf(val, m));
  }

  /** The hashed index of one feature name. */
  int index(String feature) {
    int h = feature.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h & (config.dim() - 1);
  }

  /** A reader-facing name for a feature: {@code word "regime"}, {@code lexicon label}. */
  static String describe(String feature) {
    String body = feature.substring(2);
    return switch (feature.charAt(0)) {
      case 'w' -> "word \"" + body + "\"";
      case 'b' -> "phrase \"" + body.replace("<s> ", "") + "\"";
      case 'c' -> "letters \"" + body.strip() + "\"";
      case 'x' -> "lexicon " + body;
      case 's' -> body;
      case 'r' -> "repeated words (" + body + ")";
      case 't' -> "title line";
      case 'p' -> "mean " + body + " score";
      case 'f' -> "share of paragraphs with " + body;
      case 'd' -> "style: " + body;
      default -> feature;
    };
  }
}
