package dev.scrutiny.text;

/** The coarse shape of a token, decided by the segmenter. */
public enum TokenKind {
  /** Letters, possibly with inner hyphens or apostrophes ({@code Lt.}, {@code al-Assad}, {@code O'Brien}; clitics such as {@code 's} and {@code n't} are words of their own). */
  WORD,
  /** A number, possibly with sign, separators, decimals, percent or a glued unit ({@code 0.0058823529%}, {@code 50km}). */
  NUMBER,
  /** A punctuation mark or quote. */
  PUNCT,
  /** A URL, e-mail address or handle. */
  LINK,
  /** Anything else (symbols, emoji). */
  SYMBOL
}
