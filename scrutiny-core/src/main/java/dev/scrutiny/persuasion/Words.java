package dev.scrutiny.persuasion;

import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature view of the shared tokens ({@link Segmenter}, the token layer): words by their normalised
 * form, numbers as {@code 0}, and punctuation one mark at a time (so that "?!" counts a question and an
 * exclamation). A view, not a tokenizer: the tokens come from the text layer.
 */
final class Words {

  /** One feature word: {@code lower} is its normalised form. */
  record Word(int start, int end, String lower, boolean letters, boolean allCaps) {}

  private Words() {}

  /** The feature words of {@code text[from, to)}, tokenised by the shared {@link Segmenter}. */
  static List<Word> of(String text, int from, int to) {
    return of(Segmenter.tokens(text, from, to));
  }

  /** The feature words of shared tokens, e.g. the token layer's tokens inside a segment. */
  static List<Word> of(List<Token> tokens) {
    List<Word> out = new ArrayList<>(tokens.size() + 4);
    for (Token t : tokens) {
      switch (t.kind()) {
        case WORD -> out.add(new Word(t.start(), t.end(), t.norm(), true, t.shape() == Token.Shape.UPPER));
        case NUMBER -> out.add(new Word(t.start(), t.end(), "0", false, false));
        case PUNCT -> marks(t, out);
        default -> out.add(new Word(t.start(), t.end(), t.norm(), false, false));
      }
    }
    return out;
  }

  private static void marks(Token t, List<Word> out) {
    String n = t.norm();
    if (n.length() == 1 || t.kind() != TokenKind.PUNCT) {
      out.add(new Word(t.start(), t.end(), n, false, false));
      return;
    }
    for (int i = 0; i < n.length(); i++) {
      out.add(new Word(t.start() + i, t.start() + i + 1, String.valueOf(n.charAt(i)), false, false));
    }
  }
}
