package dev.scrutiny.entities;

/**
 * One sentence made ready for {@link NerFeatures}: per token the normalised word, its lower case with
 * digits folded to 0, the hashes of word, lower case, shape and lexicon key, the capitalisation flags, and
 * up to eight gazetteer matches (type bits and BILOU position) of the names in the {@link Lexicon} that
 * cover the token.
 */
final class NerSentence {

  /** Gazetteer matches kept per token. */
  static final int MAX_MATCHES = 8;
  /** Hash standing for "before the sentence" in window features. */
  static final long BEFORE = 11;
  /** Hash standing for "after the sentence" in window features. */
  static final long AFTER = 13;

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
  /** The sentence's position in its document. */
  int number;

  private NerSentence(int n) {
    this.n = n;
    word = new String[n];
    lower = new String[n];
    hWord = new long[n];
    hLower = new long[n];
    hShape = new long[n];
    hLexLower = new long[n];
    cap = new boolean[n];
    allCaps = new boolean[n];
    gaz = new int[n * MAX_MATCHES];
    gazPos = new int[n];
  }

  /** The prepared form of {@code words}, with gazetteer matches from {@code lexicon}. */
  static NerSentence of(String[] words, Lexicon lexicon) {
    NerSentence p = new NerSentence(words.length);
    for (int i = 0; i < words.length; i++) {
      String w = NerFeatures.normalise(words[i]);
      p.word[i] = w;
      String lex = Lexicon.lower(w);
      p.hLexLower[i] = FeatureHash.of(lex);
      String l = NerFeatures.digitsToZero(lex);
      p.lower[i] = l;
      p.hWord[i] = FeatureHash.of(w);
      p.hLower[i] = FeatureHash.of(l);
      p.hShape[i] = FeatureHash.of(NerFeatures.shape(w));
      p.cap[i] = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      p.allCaps[i] = NerFeatures.isAllCaps(w);
    }
    p.matchGazetteer(lexicon);
    return p;
  }

  /** For each token, up to {@link #MAX_MATCHES} (type bits, BILOU position) entries of the names covering it. */
  private void matchGazetteer(Lexicon lexicon) {
    for (int i = 0; i < n; i++) {
      long h = Lexicon.seqStart();
      for (int j = i; j < n && j < i + Lexicon.MAX_NAME_TOKENS; j++) {
        h = Lexicon.seq(h, hLexLower[j]);
        int v = lexicon.gazetteer(h);
        if (v == 0) {
          break;
        }
        int types = v & ~Lexicon.PREFIX;
        if (types != 0) {
          for (int k = i; k <= j; k++) {
            int pos = i == j ? 3 : k == i ? 0 : k == j ? 2 : 1;
            if (gazPos[k] < MAX_MATCHES) {
              gaz[k * MAX_MATCHES + gazPos[k]++] = (types << 2) | pos;
            }
          }
        }
        if ((v & Lexicon.PREFIX) == 0) {
          break;
        }
      }
    }
  }

  /** The lower-case hash of token {@code j}, or {@code outside} when {@code j} is not in the sentence. */
  long lowerAt(int j, long outside) {
    return j >= 0 && j < n ? hLower[j] : outside;
  }

  /** The shape hash of token {@code j}, or {@code outside} when {@code j} is not in the sentence. */
  long shapeAt(int j, long outside) {
    return j >= 0 && j < n ? hShape[j] : outside;
  }

  /** Whether token {@code i} (not the first) follows a mark after which a capital says nothing, such as a quote. */
  boolean afterOpeningMark(int i) {
    String prev = word[i - 1];
    return prev.equals("\"") || prev.equals("(") || prev.equals(":") || prev.equals("-") || prev.equals("--");
  }

  /** Whether token {@code i} is capitalised and longer than one character: a candidate name word. */
  boolean capitalisedWord(int i) {
    return cap[i] && word[i].length() > 1;
  }

  /** Whether token {@code i} starts with a letter. */
  boolean startsWithLetter(int i) {
    return !word[i].isEmpty() && Character.isLetter(word[i].charAt(0));
  }

  /** An id for token {@code i} of this sentence within its document, to skip a word's own occurrence. */
  long tokenId(int i) {
    return number * 1_000_003L + i;
  }
}
