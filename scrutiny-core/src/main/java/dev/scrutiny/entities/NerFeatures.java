package dev.scrutiny.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the sentences of one document into hashed feature ids per token: word, lower case, shape,
 * affixes, a ±2 window, gazetteer matches, case-ratio, cluster and vocabulary-cluster features, and document-level
 * evidence (is the word capitalised or lower-cased elsewhere in the document). Thread-safe.
 */
final class NerFeatures {

  private static final int MAX = 128;
  private final Lexicon lexicon;
  private final int mask;

  NerFeatures(Lexicon lexicon, int bits) {
    this.lexicon = lexicon;
    this.mask = (1 << bits) - 1;
  }

  /**
   * The features of one document: {@code features[sentence][token]} are feature ids; {@code words} and
   * {@code capitalised} feed the {@link History} label memory.
   */
  record Document(int[][][] features, long[][] words, boolean[][] capitalised) {}

  /**
   * Label memory of one document, filled while its sentences are decoded in order: the type last
   * predicted for each capitalised word ("prediction history", Ratinov and Roth 2009).
   */
  final class History {
    private final LongIntMap last = new LongIntMap(64);

    /** The sentence's features plus history features. */
    int[][] extend(int[][] x, long[] words, boolean[] cap) {
      int[][] out = new int[x.length][];
      for (int i = 0; i < x.length; i++) {
        if (!cap[i]) {
          out[i] = x[i];
          continue;
        }
        int v = last.get(words[i], 0);
        int[] row = Arrays.copyOf(x[i], x[i].length + 2);
        row[x[i].length] = (int) (FeatureHash.combine(50, v) & mask);
        row[x[i].length + 1] = (int) (FeatureHash.combine(51, v, i == 0 ? 1 : 0) & mask);
        out[i] = row;
      }
      return out;
    }

    /** Remembers the labels decoded for a sentence. */
    void record(long[] words, boolean[] cap, int[] labels) {
      for (int i = 0; i < labels.length; i++) {
        if (cap[i]) {
          last.put(words[i], labels[i] == NerLabels.O ? 1 : NerLabels.type(labels[i]) + 2);
        }
      }
    }
  }

  /** Every feature id {@link History} can add, for trainers that keep only a chosen set of features. */
  int[] historyFeatureIds() {
    int types = NerLabels.TYPES.size() + 2;
    int[] ids = new int[types * 3];
    for (int v = 0; v < types; v++) {
      ids[v * 3] = (int) (FeatureHash.combine(50, v) & mask);
      ids[v * 3 + 1] = (int) (FeatureHash.combine(51, v, 0) & mask);
      ids[v * 3 + 2] = (int) (FeatureHash.combine(51, v, 1) & mask);
    }
    return ids;
  }

  /** Features of every token of every sentence of a document. */
  Document document(List<String[]> sentences) {
    NerSentence[] prepared = new NerSentence[sentences.size()];
    for (int s = 0; s < prepared.length; s++) {
      prepared[s] = NerSentence.of(sentences.get(s), lexicon);
      prepared[s].number = s;
    }
    LongIntMap docStats = caseCounts(prepared);
    Map<Long, List<long[]>> contexts = contexts(prepared);
    int[][][] out = new int[prepared.length][][];
    long[][] words = new long[prepared.length][];
    boolean[][] caps = new boolean[prepared.length][];
    for (int s = 0; s < prepared.length; s++) {
      NerSentence p = prepared[s];
      out[s] = sentence(p, docStats, contexts);
      words[s] = p.hLexLower;
      boolean[] c = new boolean[p.n];
      for (int i = 0; i < c.length; i++) {
        c[i] = p.capitalisedWord(i);
      }
      caps[s] = c;
    }
    return new Document(out, words, caps);
  }

  /**
   * How often each word of the document is capitalised away from a sentence start (low 16 bits) and
   * lower-cased (high bits), by lexicon key.
   */
  private static LongIntMap caseCounts(NerSentence[] prepared) {
    LongIntMap docStats = new LongIntMap(256);
    for (NerSentence p : prepared) {
      for (int i = 0; i < p.n; i++) {
        if (!p.startsWithLetter(i)) {
          continue;
        }
        if (p.cap[i] && !p.allCaps[i] && i > 0 && !p.afterOpeningMark(i)) {
          docStats.add(p.hLexLower[i], 1);
        } else if (!p.cap[i]) {
          docStats.add(p.hLexLower[i], 1 << 16);
        }
      }
    }
    return docStats;
  }

  /**
   * Context aggregation (Ratinov and Roth 2009): for each capitalised word, up to {@link #MAX_OCCURRENCES}
   * of its occurrences in the document as {previous word, next word, token id}.
   */
  private static Map<Long, List<long[]>> contexts(NerSentence[] prepared) {
    Map<Long, List<long[]>> contexts = new HashMap<>();
    for (NerSentence p : prepared) {
      for (int i = 0; i < p.n; i++) {
        if (p.capitalisedWord(i)) {
          List<long[]> list = contexts.computeIfAbsent(p.hLexLower[i], k -> new ArrayList<>(2));
          if (list.size() < MAX_OCCURRENCES) {
            list.add(new long[] {p.lowerAt(i - 1, NerSentence.BEFORE), p.lowerAt(i + 1, NerSentence.AFTER),
                p.tokenId(i)});
          }
        }
      }
    }
    return contexts;
  }

  private static final int MAX_OCCURRENCES = 12;

  private int[][] sentence(NerSentence p, LongIntMap docStats, Map<Long, List<long[]>> contexts) {
    int[][] out = new int[p.n][];
    long[] f = new long[MAX];
    long capsFlag = capsSentence(p) ? 1 : 0;
    for (int i = 0; i < p.n; i++) {
      int k = lexical(p, i, f);
      k = gazetteer(p, i, f, k);
      k = evidence(p, i, capsFlag, docStats, f, k);
      k = clusters(p, i, f, k);
      k = elsewhere(p, i, contexts, f, k);
      int[] row = new int[k];
      for (int x = 0; x < k; x++) {
        row[x] = (int) (f[x] & mask);
      }
      out[i] = row;
    }
    return out;
  }

  /** Whether most of the sentence's words (at least two) are in capitals, as in a headline. */
  private static boolean capsSentence(NerSentence p) {
    int capsWords = 0;
    int letterWords = 0;
    for (int i = 0; i < p.n; i++) {
      if (p.startsWithLetter(i)) {
        letterWords++;
        if (p.allCaps[i] && p.word[i].length() > 1) {
          capsWords++;
        }
      }
    }
    return letterWords >= 2 && capsWords * 2 > letterWords;
  }

  /** Bias, word, lower case, shape, affixes and the ±2 window of token {@code i}, from {@code f[0]}. */
  private static int lexical(NerSentence p, int i, long[] f) {
    int k = 0;
    String l = p.lower[i];
    f[k++] = FeatureHash.combine(0, 1);
    f[k++] = FeatureHash.combine(1, p.hWord[i]);
    f[k++] = FeatureHash.combine(2, p.hLower[i]);
    f[k++] = FeatureHash.combine(3, p.hShape[i]);
    for (int a = 1; a <= 4 && a <= l.length(); a++) {
      f[k++] = FeatureHash.combine(4 + a, FeatureHash.affix(l, a, false));
      f[k++] = FeatureHash.combine(8 + a, FeatureHash.affix(l, a, true));
    }
    long prev = p.lowerAt(i - 1, NerSentence.BEFORE);
    long next = p.lowerAt(i + 1, NerSentence.AFTER);
    long prevShape = p.shapeAt(i - 1, NerSentence.BEFORE);
    long nextShape = p.shapeAt(i + 1, NerSentence.AFTER);
    f[k++] = FeatureHash.combine(13, prev);
    f[k++] = FeatureHash.combine(14, next);
    f[k++] = FeatureHash.combine(15, p.lowerAt(i - 2, NerSentence.BEFORE));
    f[k++] = FeatureHash.combine(16, p.lowerAt(i + 2, NerSentence.AFTER));
    f[k++] = FeatureHash.combine(17, prevShape);
    f[k++] = FeatureHash.combine(18, nextShape);
    f[k++] = FeatureHash.combine(19, prev, p.hLower[i]);
    f[k++] = FeatureHash.combine(20, p.hLower[i], next);
    f[k++] = FeatureHash.combine(21, prevShape, p.hShape[i], nextShape);
    f[k++] = FeatureHash.combine(22, i == 0 ? 1 : 0, p.hShape[i]);
    f[k++] = FeatureHash.combine(23, prev, p.hShape[i]);
    f[k++] = FeatureHash.combine(24, p.hShape[i], next);
    return k;
  }

  /** Gazetteer matches of token {@code i} (type, BILOU position, capitalised) and the types of its neighbours. */
  private static int gazetteer(NerSentence p, int i, long[] f, int k) {
    for (int g = 0; g < p.gazPos[i]; g++) {
      int v = p.gaz[i * NerSentence.MAX_MATCHES + g];
      int types = v >>> 2;
      int pos = v & 3;
      for (int b = 0; b < Lexicon.TYPE_NAMES.length; b++) {
        if ((types & (1 << b)) != 0 && k < MAX - 40) {
          f[k++] = FeatureHash.combine(25, b, pos);
          f[k++] = FeatureHash.combine(26, b, pos, p.cap[i] ? 1 : 0);
        }
      }
    }
    for (int d = -1; d <= 1; d += 2) {
      int j = i + d;
      if (j < 0 || j >= p.n) {
        continue;
      }
      for (int g = 0; g < p.gazPos[j]; g++) {
        int types = p.gaz[j * NerSentence.MAX_MATCHES + g] >>> 2;
        for (int b = 0; b < Lexicon.TYPE_NAMES.length; b++) {
          if ((types & (1 << b)) != 0 && k < MAX - 30) {
            f[k++] = FeatureHash.combine(27, d, b);
          }
        }
      }
    }
    return k;
  }

  /** The case ratio of the word in unlabelled text, and how it is written elsewhere in the document. */
  private int evidence(NerSentence p, int i, long capsFlag, LongIntMap docStats, long[] f, int k) {
    int bin = lexicon.caseBin(p.hLexLower[i]);
    f[k++] = FeatureHash.combine(28, bin, p.cap[i] ? 1 : 0);
    f[k++] = FeatureHash.combine(29, bin, p.hShape[i], capsFlag);
    int stats = docStats.get(p.hLexLower[i], 0);
    int capElsewhere = Math.min(2, stats & 0xffff);
    int lowerElsewhere = Math.min(2, stats >>> 16);
    f[k++] = FeatureHash.combine(30, capElsewhere * 3 + lowerElsewhere, p.hShape[i]);
    f[k++] = FeatureHash.combine(31, capElsewhere * 3 + lowerElsewhere, capsFlag);
    f[k++] = FeatureHash.combine(32, capsFlag, p.hLower[i]);
    return k;
  }

  /** Word clusters (fine id in the low 10 bits, coarse above) of the word, its ±2 neighbours and their pairs. */
  private int clusters(NerSentence p, int i, long[] f, int k) {
    int c = lexicon.cluster(p.hLexLower[i]);
    if (c >= 0) {
      f[k++] = FeatureHash.combine(33, c & 0x3ff);
      f[k++] = FeatureHash.combine(34, c >>> 10);
      f[k++] = FeatureHash.combine(35, c & 0x3ff, p.cap[i] ? 1 : 0);
    }
    int cp = clusterAt(p, i - 1);
    int cn = clusterAt(p, i + 1);
    f[k++] = FeatureHash.combine(36, cp);
    f[k++] = FeatureHash.combine(37, cn);
    f[k++] = FeatureHash.combine(42, cp, c);
    f[k++] = FeatureHash.combine(43, c, cn);
    f[k++] = FeatureHash.combine(44, cp, p.hShape[i]);
    f[k++] = FeatureHash.combine(45, p.hShape[i], cn);
    f[k++] = FeatureHash.combine(46, clusterAt(p, i - 2));
    f[k++] = FeatureHash.combine(47, clusterAt(p, i + 2));
    return vocabulary(p, i, f, k);
  }

  /**
   * The word's vocabulary cluster (fine, coarse, fine by capitalisation, coarse by shape), when it is a whole
   * word of the encoder's vocabulary: what a model pre-trained on far more text knows of names the training
   * text never shows ("siemens" beside "bosch", "ajax" beside "everton").
   */
  private int vocabulary(NerSentence p, int i, long[] f, int k) {
    int v = lexicon.vocabularyCluster(p.hLexLower[i]);
    if (v < 0) {
      return k;
    }
    f[k++] = FeatureHash.combine(38, v & 0x3ff);
    f[k++] = FeatureHash.combine(39, v >>> 10);
    f[k++] = FeatureHash.combine(48, v & 0x3ff, p.cap[i] ? 1 : 0);
    f[k++] = FeatureHash.combine(49, v >>> 10, p.hShape[i]);
    return k;
  }

  /** The cluster of token {@code j}, -2 outside the sentence. */
  private int clusterAt(NerSentence p, int j) {
    return j >= 0 && j < p.n ? lexicon.cluster(p.hLexLower[j]) : -2;
  }

  /** For a capitalised word: the words around its other occurrences in the document, where they differ. */
  private static int elsewhere(NerSentence p, int i, Map<Long, List<long[]>> contexts, long[] f, int k) {
    if (!p.capitalisedWord(i)) {
      return k;
    }
    List<long[]> others = contexts.get(p.hLexLower[i]);
    if (others == null) {
      return k;
    }
    long self = p.tokenId(i);
    long prevHere = p.lowerAt(i - 1, NerSentence.BEFORE);
    long nextHere = p.lowerAt(i + 1, NerSentence.AFTER);
    for (long[] o : others) {
      if (o[2] == self || k > MAX - 3) {
        continue;
      }
      if (o[0] != prevHere) {
        f[k++] = FeatureHash.combine(40, o[0]);
      }
      if (o[1] != nextHere) {
        f[k++] = FeatureHash.combine(41, o[1]);
      }
    }
    return k;
  }

  static String normalise(String word) {
    boolean plain = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0x2010 && c <= 0x201f) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return word;
    }
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      b.append(switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b' -> '\'';
        case '\u201c', '\u201d', '\u201e', '\u201f' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015' -> '-';
        default -> c;
      });
    }
    return b.toString();
  }

  static String digitsToZero(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        char[] c = s.toCharArray();
        for (int j = i; j < c.length; j++) {
          if (Character.isDigit(c[j])) {
            c[j] = '0';
          }
        }
        return new String(c);
      }
    }
    return s;
  }

  /** Word shape with runs collapsed: {@code Putin → Xx}, {@code U.S. → X.X.}, {@code 1996-08-22 → d-d-d}. */
  static String shape(String w) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
          : Character.isLetter(c) ? 'x' : c;
      if (s != last) {
        b.append(s);
        last = s;
      }
    }
    return b.toString();
  }

  static boolean isAllCaps(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
