package dev.scrutiny.entities;

/**
 * The tokens of one article as NER sees them: offsets, sentence numbers and words, with possessive
 * {@code 's} split off as CoNLL does. Package-private working view; never exposed.
 */
final class ArticleTokens {

  final String text;
  final int[] start;
  final int[] end;
  final int[] sentence;
  final int size;

  ArticleTokens(String text, int[] start, int[] end, int[] sentence, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.size = size;
  }

  String word(int i) {
    return text.substring(start[i], end[i]);
  }

  String lower(int i) {
    return Lexicon.lower(word(i));
  }

  boolean capitalised(int i) {
    return end[i] > start[i] && Character.isUpperCase(text.charAt(start[i]));
  }

  /** First token of the sentence holding token {@code i}. */
  int sentenceStart(int i) {
    int s = sentence[i];
    while (i > 0 && sentence[i - 1] == s) {
      i--;
    }
    return i;
  }
}
