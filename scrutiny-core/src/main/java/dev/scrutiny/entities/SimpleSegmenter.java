package dev.scrutiny.entities;

import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small CoNLL-style segmenter ({@code Russia's → Russia 's}, {@code U.S.} kept whole) used by the
 * NER benchmark and tests where the real text segmenter is not wanted. Not a replacement for
 * {@code dev.scrutiny.text}'s segmenter: sentences end at {@code . ! ?} before a space and an upper-case
 * letter or quote, or at a blank line. Stateless and thread-safe.
 */
public final class SimpleSegmenter {

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj",
      "capt", "sgt", "adm", "st", "jr", "sr", "prof", "rep", "sen", "gov", "u.s", "u.k", "u.n", "no", "vs",
      "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "ltd", "co");

  private SimpleSegmenter() {}

  /** Tokens covering every non-space character of {@code text}, in order. */
  public static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '\u2019') && j + 1 < n
              && Character.isLetterOrDigit(text.charAt(j + 1))
              && !(d == ',' && !Character.isDigit(text.charAt(j - 1)))
              && !((d == '\'' || d == '\u2019') && isPossessiveS(text, j + 1))) {
            j++;
          } else {
            break;
          }
        }
        // abbreviations keep their final period: "Gen.", "U.S."
        if (j < n && text.charAt(j) == '.') {
          String w = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
          if (ABBREVIATIONS.contains(w) || w.indexOf('.') > 0 || w.length() == 1 && Character.isUpperCase(c)) {
            j++;
          }
        }
        TokenKind kind = Character.isDigit(c) ? TokenKind.NUMBER : TokenKind.WORD;
        out.add(Token.of(text, i, j, kind));
        i = j;
        continue;
      }
      if ((c == '\'' || c == '\u2019') && isPossessiveS(text, i + 1) && !out.isEmpty()
          && out.get(out.size() - 1).end() == i) {
        out.add(Token.of(text, i, i + 2, TokenKind.WORD));
        i += 2;
        continue;
      }
      out.add(Token.of(text, i, i + 1, Character.isLetterOrDigit(c) ? TokenKind.WORD : TokenKind.PUNCT));
      i++;
    }
    return out;
  }

  private static boolean isPossessiveS(String text, int at) {
    return at < text.length() && (text.charAt(at) == 's' || text.charAt(at) == 'S')
        && (at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
  }

  /** Sentences over the given tokens of {@code text}. */
  public static List<Sentence> sentences(String text, List<Token> tokens) {
    List<Sentence> out = new ArrayList<>();
    int start = -1;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      if (start < 0) {
        start = tok.start();
      }
      boolean end = t == tokens.size() - 1;
      if (!end) {
        Token next = tokens.get(t + 1);
        String gap = text.substring(tok.end(), next.start());
        char c = text.charAt(tok.start());
        boolean stop = tok.end() - tok.start() == 1 && (c == '.' || c == '!' || c == '?');
        if (gap.indexOf('\n') >= 0) {
          end = true;
        } else if (stop && !gap.isEmpty()) {
          char nc = text.charAt(next.start());
          end = Character.isUpperCase(nc) || Character.isDigit(nc) || nc == '"' || nc == '\u201c';
        }
      }
      if (end) {
        out.add(new Sentence(start, tok.end()));
        start = -1;
      }
    }
    return out;
  }
}
