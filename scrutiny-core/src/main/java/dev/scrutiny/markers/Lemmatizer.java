package dev.scrutiny.markers;

import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lexicon key of the shared tokens, for marker matching: a conservative suffix-stripping key, not a
 * dictionary lemma ({@code liberated}, {@code liberating}, {@code liberation}, {@code liberates} →
 * {@code liberat}; {@code regimes} → {@code regim}; {@code occupied} → {@code occupy}). Lower-cases, drops
 * possessive {@code 's}, then a plural and one derivational suffix, keeping at least four letters.
 *
 * <p>Words are the token layer's word tokens ({@link Segmenter}), clitics glued back to their word
 * ({@code Kiev's} is one word keyed {@code kiev}). The key is deliberately narrower than the token
 * layer's Snowball {@link Token#lemma() lemma}, which conflates {@code occupied} with {@code occupier}
 * and {@code liberal} with {@code liberate}, and so would mark neutral words as loaded labels.
 * Stateless and thread-safe.
 */
public final class Lemmatizer {

  private Lemmatizer() {}

  /** A word: its offsets in the text and its lexicon key. */
  public record Word(int start, int end, String lemma) {}

  /** The words of {@code text}, tokenised by the shared {@link Segmenter}, each with its key. */
  public static List<Word> words(String text) {
    return words(Segmenter.tokens(text));
  }

  /**
   * The words among shared tokens (a token layer's items, in document order): word tokens that start
   * with a letter, with the clitics glued to them ({@code 's}, {@code n't}) folded back in.
   */
  public static List<Word> words(List<Token> tokens) {
    List<Word> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.kind() != TokenKind.WORD || !Character.isLetter(t.norm().codePointAt(0))) {
        continue;
      }
      int end = t.end();
      StringBuilder norm = new StringBuilder(t.norm());
      while (i + 1 < n && tokens.get(i + 1).start() == end && isClitic(tokens.get(i + 1))) {
        norm.append(tokens.get(i + 1).norm());
        end = tokens.get(++i).end();
      }
      out.add(new Word(t.start(), end, lemma(norm.toString())));
    }
    return out;
  }

  private static boolean isClitic(Token t) {
    String n = t.norm();
    return t.kind() == TokenKind.WORD && (n.charAt(0) == '\'' || n.equals("n't"));
  }

  /** The lemma key of one word. */
  public static String lemma(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() <= 3) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses") || w.matches(".*(x|z|ch|sh)es")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.matches(".*(sis|xis)|paris|tunis|tennis")) {
      w = w.substring(0, w.length() - 1);
    }
    for (String suffix : new String[] {"ator", "ation", "ing", "ion", "ed"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        String stem = w.substring(0, w.length() - suffix.length());
        w = suffix.equals("ator") || suffix.equals("ation") ? stem + "at" : stem;
        if (w.matches(".*([^aeiouls])\\1")) {
          w = w.substring(0, w.length() - 1);
        }
        if (suffix.equals("ed") && w.endsWith("i")) {
          w = w.substring(0, w.length() - 1) + "y";
        }
        break;
      }
    }
    if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
