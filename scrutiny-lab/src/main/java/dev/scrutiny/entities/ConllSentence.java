package dev.scrutiny.entities;

import java.util.List;

/**
 * One sentence of a CoNLL-2003 file: its words and their IOB2 tags ({@code B-PER}, {@code I-PER}, {@code O}).
 *
 * @param words the tokens as written
 * @param tags  one IOB2 tag per token (IOB1 input is converted on reading)
 */
public record ConllSentence(List<String> words, List<String> tags) {

  public ConllSentence {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(
          "expected one tag per word, got " + words.size() + " words and " + tags.size() + " tags");
    }
  }
}
