package dev.scrutiny.persuasion;

/**
 * Which features a model uses; stored in the model file so prediction extracts exactly what training saw.
 *
 * @param bits      log2 of the hashed feature space
 * @param words     word unigrams
 * @param bigrams   word bigrams
 * @param charMin   shortest character n-gram inside words (0: none)
 * @param charMax   longest character n-gram
 * @param charScale weight of the character block relative to the word block
 * @param style     dense document-level style rates ({@link GenreStyle}): attribution, quotation, pronouns,
 *                  questions, numbers and dates per sentence, dateline and title shape
 * @param techniques per-article summary of the subtask 3 technique model (mean probability, share of lines)
 * @param wordVectors the mean of the text's static word-piece vectors ({@link dev.scrutiny.text.WordPieceVectors}),
 *                  one dense feature per dimension
 */
record FeatureConfig(int bits, boolean words, boolean bigrams, int charMin, int charMax, double charScale,
    boolean style, boolean techniques, boolean wordVectors) {

  /** A configuration without word-piece vectors. */
  FeatureConfig(int bits, boolean words, boolean bigrams, int charMin, int charMax, double charScale,
      boolean style, boolean techniques) {
    this(bits, words, bigrams, charMin, charMax, charScale, style, techniques, false);
  }

  /** This configuration with word-piece vectors on or off. */
  FeatureConfig withWordVectors(boolean on) {
    return new FeatureConfig(bits, words, bigrams, charMin, charMax, charScale, style, techniques, on);
  }

  FeatureConfig {
    if (bits < 10 || bits > 24) {
      throw new IllegalArgumentException("expected bits in [10, 24], got " + bits);
    }
    if (charMin < 0 || charMax < charMin) {
      throw new IllegalArgumentException("expected 0 <= charMin <= charMax, got " + charMin + ", " + charMax);
    }
  }

  int dim() {
    return 1 << bits;
  }
}
