package dev.scrutiny.entities;

import java.util.List;

/**
 * Turns the sentences of one document into hashed feature ids per token: word, lower case, shape,
 * affixes, a ±2 window, gazetteer matches, case-ratio and cluster features, and document-level
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

  /** Per-token prepared strings and hashes of one sentence. */
  private static final class Prepared {
    final int n;
    final String[] word;
    final String[] lower;
    final long[] hWord;
    final long[] hLower;
    final long[] hShape;
    final long[] hLexLower;
    final boolean[] cap;
    final boolean[] allCaps;
    final int[] gaz;
    final int[] gazPos;
    int number;

    Prepared(int n) {
      this.n = n;
      word = new String[n];
      lower = new String[n];
      hWord = new long[n];
      hLower = new long[n];
      hShape = new long[n];
      hLexLower = new long[n];
      cap = new boolean[n];
      allCaps = new boolean[n];
      gaz = new int[n * 8];
      gazPos = new int[n];
    }
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
        int[] row = java.util.Arrays.copyOf(x[i], x[i].length + 2);
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
    Prepared[] prepared = new Prepared[sentences.size()];
    LongIntMap docStats = new LongIntMap(256);
    for (int s = 0; s < prepared.length; s++) {
      Prepared p = prepare(sentences.get(s));
      prepared[s] = p;
      for (int i = 0; i < p.n; i++) {
        if (!Character.isLetter(p.word[i].isEmpty() ? ' ' : p.word[i].charAt(0))) {
          continue;
        }
        if (p.cap[i] && !p.allCaps[i] && i > 0 && !sentenceStartLike(p, i)) {
          docStats.add(p.hLexLower[i], 1);
        } else if (!p.cap[i]) {
          docStats.add(p.hLexLower[i], 1 << 16);
        }
      }
    }
    // context aggregation (Ratinov and Roth 2009): where else does this capitalised word occur, and in what company
    java.util.HashMap<Long, List<long[]>> contexts = new java.util.HashMap<>();
    for (int sn = 0; sn < prepared.length; sn++) {
      Prepared p = prepared[sn];
      p.number = sn;
      for (int i = 0; i < p.n; i++) {
        if (p.cap[i] && p.word[i].length() > 1) {
          List<long[]> list = contexts.computeIfAbsent(p.hLexLower[i], k -> new java.util.ArrayList<>(2));
          if (list.size() < MAX_OCCURRENCES) {
            list.add(new long[] {i > 0 ? p.hLower[i - 1] : 11, i + 1 < p.n ? p.hLower[i + 1] : 13, s(p, i)});
          }
        }
      }
    }
    int[][][] out = new int[prepared.length][][];
    long[][] words = new long[prepared.length][];
    boolean[][] caps = new boolean[prepared.length][];
    for (int s = 0; s < prepared.length; s++) {
      out[s] = sentence(prepared[s], docStats, contexts);
      words[s] = prepared[s].hLexLower;
      boolean[] c = new boolean[prepared[s].n];
      for (int i = 0; i < c.length; i++) {
        c[i] = prepared[s].cap[i] && prepared[s].word[i].length() > 1;
      }
      caps[s] = c;
    }
    return new Document(out, words, caps);
  }

  private static boolean sentenceStartLike(Prepared p, int i) {
    String prev = p.word[i - 1];
    return prev.equals("\"") || prev.equals("(") || prev.equals(":") || prev.equals("-") || prev.equals("--");
  }

  private Prepared prepare(String[] words) {
    Prepared p = new Prepared(words.length);
    for (int i = 0; i < words.length; i++) {
      String w = normalise(words[i]);
      p.word[i] = w;
      String lex = Lexicon.lower(w);
      p.hLexLower[i] = FeatureHash.of(lex);
      String l = digitsToZero(lex);
      p.lower[i] = l;
      p.hWord[i] = FeatureHash.of(w);
      p.hLower[i] = FeatureHash.of(l);
      p.hShape[i] = FeatureHash.of(shape(w));
      p.cap[i] = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      p.allCaps[i] = isAllCaps(w);
    }
    // gazetteer matches: for each token, up to 8 (type bits, BILOU position) entries
    int[] count = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      long h = Lexicon.seqStart();
      for (int j = i; j < words.length && j < i + Lexicon.MAX_NAME_TOKENS; j++) {
        h = Lexicon.seq(h, p.hLexLower[j]);
        int v = lexicon.gazetteer(h);
        if (v == 0) {
          break;
        }
        int types = v & ~Lexicon.PREFIX;
        if (types != 0) {
          for (int k = i; k <= j; k++) {
            int pos = i == j ? 3 : k == i ? 0 : k == j ? 2 : 1;
            if (count[k] < 8) {
              p.gaz[k * 8 + count[k]++] = (types << 2) | pos;
            }
          }
        }
        if ((v & Lexicon.PREFIX) == 0) {
          break;
        }
      }
    }
    for (int i = 0; i < words.length; i++) {
      p.gazPos[i] = count[i];
    }
    return p;
  }

  private static final int MAX_OCCURRENCES = 12;

  /** An id for token {@code i} of a sentence, to skip a word's own occurrence. */
  private static long s(Prepared p, int i) {
    return p.number * 1_000_003L + i;
  }

  private int[][] sentence(Prepared p, LongIntMap docStats, java.util.Map<Long, List<long[]>> contexts) {
    int n = p.n;
    int[][] out = new int[n][];
    long[] f = new long[MAX];
    int capsWords = 0;
    int letterWords = 0;
    for (int i = 0; i < n; i++) {
      if (!p.word[i].isEmpty() && Character.isLetter(p.word[i].charAt(0))) {
        letterWords++;
        if (p.allCaps[i] && p.word[i].length() > 1) {
          capsWords++;
        }
      }
    }
    boolean capsSentence = letterWords >= 2 && capsWords * 2 > letterWords;
    long capsFlag = capsSentence ? 1 : 0;
    for (int i = 0; i < n; i++) {
      int k = 0;
      String w = p.word[i];
      String l = p.lower[i];
      f[k++] = FeatureHash.combine(0, 1);
      f[k++] = FeatureHash.combine(1, p.hWord[i]);
      f[k++] = FeatureHash.combine(2, p.hLower[i]);
      f[k++] = FeatureHash.combine(3, p.hShape[i]);
      for (int a = 1; a <= 4 && a <= l.length(); a++) {
        f[k++] = FeatureHash.combine(4 + a, FeatureHash.affix(l, a, false));
        f[k++] = FeatureHash.combine(8 + a, FeatureHash.affix(l, a, true));
      }
      long prev = i > 0 ? p.hLower[i - 1] : 11;
      long next = i + 1 < n ? p.hLower[i + 1] : 13;
      long prev2 = i > 1 ? p.hLower[i - 2] : 11;
      long next2 = i + 2 < n ? p.hLower[i + 2] : 13;
      long prevShape = i > 0 ? p.hShape[i - 1] : 11;
      long nextShape = i + 1 < n ? p.hShape[i + 1] : 13;
      f[k++] = FeatureHash.combine(13, prev);
      f[k++] = FeatureHash.combine(14, next);
      f[k++] = FeatureHash.combine(15, prev2);
      f[k++] = FeatureHash.combine(16, next2);
      f[k++] = FeatureHash.combine(17, prevShape);
      f[k++] = FeatureHash.combine(18, nextShape);
      f[k++] = FeatureHash.combine(19, prev, p.hLower[i]);
      f[k++] = FeatureHash.combine(20, p.hLower[i], next);
      f[k++] = FeatureHash.combine(21, prevShape, p.hShape[i], nextShape);
      f[k++] = FeatureHash.combine(22, i == 0 ? 1 : 0, p.hShape[i]);
      f[k++] = FeatureHash.combine(23, prev, p.hShape[i]);
      f[k++] = FeatureHash.combine(24, p.hShape[i], next);
      // gazetteer
      for (int g = 0; g < p.gazPos[i]; g++) {
        int v = p.gaz[i * 8 + g];
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
        if (j < 0 || j >= n) {
          continue;
        }
        for (int g = 0; g < p.gazPos[j]; g++) {
          int types = p.gaz[j * 8 + g] >>> 2;
          for (int b = 0; b < Lexicon.TYPE_NAMES.length; b++) {
            if ((types & (1 << b)) != 0 && k < MAX - 30) {
              f[k++] = FeatureHash.combine(27, d, b);
            }
          }
        }
      }
      // case ratio of this word in unlabelled text, and document evidence
      int bin = lexicon.caseBin(p.hLexLower[i]);
      f[k++] = FeatureHash.combine(28, bin, p.cap[i] ? 1 : 0);
      f[k++] = FeatureHash.combine(29, bin, p.hShape[i], capsFlag);
      int stats = docStats.get(p.hLexLower[i], 0);
      int capElsewhere = Math.min(2, stats & 0xffff);
      int lowerElsewhere = Math.min(2, stats >>> 16);
      f[k++] = FeatureHash.combine(30, capElsewhere * 3 + lowerElsewhere, p.hShape[i]);
      f[k++] = FeatureHash.combine(31, capElsewhere * 3 + lowerElsewhere, capsFlag);
      f[k++] = FeatureHash.combine(32, capsFlag, p.hLower[i]);
      // clusters: fine id in the low 10 bits, coarse above; of the word, its ±2 neighbours and their pairs
      int c = lexicon.cluster(p.hLexLower[i]);
      if (c >= 0) {
        f[k++] = FeatureHash.combine(33, c & 0x3ff);
        f[k++] = FeatureHash.combine(34, c >>> 10);
        f[k++] = FeatureHash.combine(35, c & 0x3ff, p.cap[i] ? 1 : 0);
      }
      int cp = i > 0 ? lexicon.cluster(p.hLexLower[i - 1]) : -2;
      int cn = i + 1 < n ? lexicon.cluster(p.hLexLower[i + 1]) : -2;
      f[k++] = FeatureHash.combine(36, cp);
      f[k++] = FeatureHash.combine(37, cn);
      f[k++] = FeatureHash.combine(42, cp, c);
      f[k++] = FeatureHash.combine(43, c, cn);
      f[k++] = FeatureHash.combine(44, cp, p.hShape[i]);
      f[k++] = FeatureHash.combine(45, p.hShape[i], cn);
      f[k++] = FeatureHash.combine(46, i > 1 ? lexicon.cluster(p.hLexLower[i - 2]) : -2);
      f[k++] = FeatureHash.combine(47, i + 2 < n ? lexicon.cluster(p.hLexLower[i + 2]) : -2);
      if (p.cap[i] && p.word[i].length() > 1) {
        List<long[]> others = contexts.get(p.hLexLower[i]);
        long self = s(p, i);
        long prevHere = i > 0 ? p.hLower[i - 1] : 11;
        long nextHere = i + 1 < n ? p.hLower[i + 1] : 13;
        if (others != null) {
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
        }
      }
      int[] row = new int[k];
      for (int x = 0; x < k; x++) {
        row[x] = (int) (f[x] & mask);
      }
      out[i] = row;
    }
    return out;
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
