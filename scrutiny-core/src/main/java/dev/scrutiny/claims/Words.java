package dev.scrutiny.claims;

import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The claim rules' view of the shared token layer: one {@link Word} per token, except that a clitic
 * ({@code 's}, {@code n't}, {@code ’re}) stays joined to the word it is written against, because the rules
 * read "Russia's" as one possessive and "didn't" as one auxiliary.
 */
final class Words {

  private Words() {}

  /** The words of {@code text} from its tokens (sorted, disjoint). */
  static List<Word> of(String text, List<Token> tokens) {
    List<Word> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Word last = words.isEmpty() ? null : words.get(words.size() - 1);
      if (last != null && last.end() == t.start() && t.kind() == TokenKind.WORD && clitic(text, t) && last.isWord()) {
        words.set(words.size() - 1, word(text, last.start(), t.end()));
      } else {
        words.add(word(text, t.start(), t.end()));
      }
    }
    return words;
  }

  private static boolean clitic(String text, Token t) {
    char c = text.charAt(t.start());
    return c == '\'' || c == '’' || text.regionMatches(true, t.start(), "n't", 0, 3)
        || text.regionMatches(true, t.start(), "n’t", 0, 3);
  }

  private static Word word(String text, int start, int end) {
    String w = text.substring(start, end);
    return new Word(start, end, w, w.toLowerCase(Locale.ROOT).replace('’', '\''));
  }
}
