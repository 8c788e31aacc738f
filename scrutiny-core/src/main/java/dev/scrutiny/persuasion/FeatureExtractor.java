package dev.scrutiny.persuasion;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stretch of text into named features (for explanations) or a hashed {@link FeatureVector}
 * (for scoring): word uni/bi-grams and character n-grams (each block L2-normalised, counts damped by log),
 * lexicon categories, punctuation, quotation and capitalisation counts, and repetition against the
 * whole article. Stateless and thread-safe.
 *
 * <p>Feature names start with a kind: {@code w} word, {@code b} bigram, {@code c} character n-gram,
 * {@code x} lexicon category, {@code s} surface shape, {@code r} repetition, {@code t} position, {@code d} dense style rate ({@link GenreStyle}).
 */
final class FeatureExtractor {

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
   * Context shared by the segments of one article: how often each lower-cased word occurs in it, and
   * whether the segment is the title line.
   */
  record Context(Map<String, Integer> articleCounts, boolean title) {
    static final Context NONE = new Context(Map.of(), false);

    static Context of(List<Words.Word> articleWords, boolean title) {
      Map<String, Integer> counts = new HashMap<>();
      for (Words.Word w : articleWords) {
        if (w.letters() && w.lower().length() >= 4) {
          counts.merge(w.lower(), 1, Integer::sum);
        }
      }
      return new Context(counts, title);
    }

    Context asTitle(boolean isTitle) {
      return isTitle == title ? this : new Context(articleCounts, isTitle);
    }
  }

  /** Named features of {@code text[from, to)}, in insertion order. */
  Map<String, Double> named(String text, int from, int to, Context ctx) {
    List<Words.Word> words = Words.of(text, from, to);
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> grams = new HashMap<>();
    if (config.words() || config.bigrams()) {
      String prev = "<s>";
      for (Words.Word w : words) {
        if (config.words()) {
          grams.merge("w " + w.lower(), 1.0, Double::sum);
        }
        if (config.bigrams()) {
          grams.merge("b " + prev + " " + w.lower(), 1.0, Double::sum);
        }
        prev = w.lower();
      }
      putNormalised(out, grams, 1.0);
    }
    if (config.charMin() > 0) {
      Map<String, Double> chars = new HashMap<>();
      StringBuilder sb = new StringBuilder();
      for (Words.Word w : words) {
        if (!w.letters()) {
          continue;
        }
        sb.setLength(0);
        sb.append(' ').append(w.lower()).append(' ');
        int n = sb.length();
        for (int len = config.charMin(); len <= config.charMax(); len++) {
          for (int i = 0; i + len <= n; i++) {
            chars.merge("c " + sb.substring(i, i + len), 1.0, Double::sum);
          }
        }
      }
      putNormalised(out, chars, config.charScale());
    }
    Map<String, Double> lex = new HashMap<>();
    for (Lexicon.Hit h : lexicon.find(words)) {
      lex.merge("x " + h.category(), 1.0, Double::sum);
    }
    lex.forEach((k, v) -> out.put(k, 0.5 * Math.log1p(v)));
    int excl = 0, quest = 0, quotes = 0, caps = 0, letters = 0;
    for (Words.Word w : words) {
      switch (w.lower()) {
        case "!" -> excl++;
        case "?" -> quest++;
        case "\"", "“", "”", "«", "»", "„" -> quotes++;
        default -> { }
      }
      if (w.letters()) {
        letters++;
        if (w.allCaps() && w.lower().length() > 2) {
          caps++;
        }
      }
    }
    if (excl > 0) {
      out.put("s exclamation", Math.min(excl, 3) / 3.0);
    }
    if (quest > 0) {
      out.put("s question", Math.min(quest, 3) / 3.0);
    }
    if (quotes > 0) {
      out.put("s quotation", Math.min(quotes, 4) / 4.0);
    }
    if (caps > 0) {
      out.put("s capitals", Math.min(caps, 3) / 3.0);
    }
    out.put("s length " + Math.min(6, 31 - Integer.numberOfLeadingZeros(letters + 1)), 0.5);
    if (config.style()) {
      out.putAll(GenreStyle.of(text.substring(from, to)));
    }
    if (ctx.title()) {
      out.put("t title", 1.0);
    }
    if (!ctx.articleCounts().isEmpty()) {
      int repeated = 0;
      Map<String, Integer> local = new HashMap<>();
      for (Words.Word w : words) {
        if (w.letters() && w.lower().length() >= 4) {
          local.merge(w.lower(), 1, Integer::sum);
          if (ctx.articleCounts().getOrDefault(w.lower(), 0) >= 4) {
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
    return out;
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

  /** The hashed vector of {@code text[from, to)}. */
  FeatureVector vector(String text, int from, int to, Context ctx) {
    return hash(named(text, from, to, ctx));
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
