package dev.scrutiny.text;

import static dev.scrutiny.text.TokenScanner.K_PUNCT;
import static dev.scrutiny.text.TokenScanner.K_SYMBOL;

/**
 * Symbol tokens for {@link TokenScanner}: a symbol or emoji with its variation selectors, skin-tone
 * modifiers, keycap and tag characters, zero-width-joined sequences and regional-indicator flag pairs; other
 * punctuation marks with their combining marks; a lone surrogate as a token of its own.
 */
final class SymbolScan {

  private SymbolScan() {}

  /** The symbol, emoji sequence or other mark starting with code point {@code cp} at {@code i}; returns its end. */
  static int symbol(TokenScanner sc, int cp, int i) {
    int j = i + Character.charCount(cp);
    if (Character.isSurrogate(sc.text.charAt(i)) && Character.charCount(cp) == 1) {
      return sc.add(i, j, K_SYMBOL, 0); // a lone surrogate
    }
    int t = Character.getType(cp);
    if (t != Character.OTHER_SYMBOL && t != Character.MATH_SYMBOL && t != Character.CURRENCY_SYMBOL
        && t != Character.MODIFIER_SYMBOL && t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
        && t != Character.FORMAT && t != Character.SURROGATE && t != Character.PRIVATE_USE
        && t != Character.UNASSIGNED && t != Character.CONTROL && t != Character.COMBINING_SPACING_MARK) {
      // punctuation such as ¿ ¡ · § ¶ ‐ and CJK brackets
      return sc.add(i, marks(sc, j), K_PUNCT, 0);
    }
    return sc.add(i, sequenceEnd(sc, j, cp >= 0x1F1E6 && cp <= 0x1F1FF), K_SYMBOL, 0);
  }

  /** End of the modifiers, joined symbols and (after a first regional indicator) second flag half from {@code j}. */
  private static int sequenceEnd(TokenScanner sc, int j, boolean regional) {
    String text = sc.text;
    int to = sc.to;
    while (j < to) {
      int next = sc.cpAt(j);
      int n = Character.charCount(next);
      if (Character.isSurrogate(text.charAt(j)) && n == 1) {
        break; // lone surrogate: its own token
      }
      if (next == 0xFE0F || next == 0xFE0E || next == 0x20E3 || (next >= 0x1F3FB && next <= 0x1F3FF)
          || (next >= 0xE0020 && next <= 0xE007F)) {
        j += n;
      } else if (next == 0x200D && j + 1 < to && !CharClass.isSpace(text.charAt(j + 1))) {
        j += 1;
        int joined = sc.cpAt(j);
        if (Character.isSurrogate(text.charAt(j)) && Character.charCount(joined) == 1) {
          break;
        }
        j += Character.charCount(joined);
      } else if (regional && next >= 0x1F1E6 && next <= 0x1F1FF) {
        j += n;
        regional = false;
      } else {
        int nt = Character.getType(next);
        if (nt == Character.NON_SPACING_MARK || nt == Character.ENCLOSING_MARK) {
          j += n;
        } else {
          break;
        }
      }
    }
    return j;
  }

  /** End of the combining and enclosing marks from {@code j}. */
  private static int marks(TokenScanner sc, int j) {
    while (j < sc.to) {
      int t = Character.getType(sc.cpAt(j));
      if (CharClass.isMark(t)) {
        j += Character.charCount(sc.cpAt(j));
      } else {
        break;
      }
    }
    return j;
  }
}
