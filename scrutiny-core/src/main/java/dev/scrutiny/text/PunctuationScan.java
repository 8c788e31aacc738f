package dev.scrutiny.text;

import static dev.scrutiny.text.TokenScanner.CLOSE;
import static dev.scrutiny.text.TokenScanner.DASH;
import static dev.scrutiny.text.TokenScanner.K_LINK;
import static dev.scrutiny.text.TokenScanner.K_PUNCT;
import static dev.scrutiny.text.TokenScanner.K_SYMBOL;
import static dev.scrutiny.text.TokenScanner.OPEN;
import static dev.scrutiny.text.TokenScanner.TERM;

/**
 * Tokens that start with a char other than an ASCII letter, digit or space, for {@link TokenScanner}:
 * runs of terminal marks ({@code ?!}, {@code …}), quotes and brackets with the side they open or close,
 * dashes, signed numbers ({@code -5}, {@code −3}), {@code @handles} and {@code #hashtags}, clitics after an
 * apostrophe; non-ASCII letters and digits go to {@link WordScan} and {@link NumberScan}, the rest to
 * {@link SymbolScan}.
 */
final class PunctuationScan {

  private PunctuationScan() {}

  /** The token starting with the ASCII char {@code c} (not a letter, digit or space) at {@code i}. */
  static int ascii(TokenScanner sc, char c, int i) {
    return switch (c) {
      case '.', '!', '?' -> terminals(sc, i);
      case '"' -> sc.add(i, i + 1, K_PUNCT, OPEN | CLOSE);
      case '\'' -> {
        int e = WordScan.cliticAt(sc, i);
        yield e > 0 ? e : sc.add(i, i + 1, K_PUNCT, OPEN | CLOSE);
      }
      case '(', '[', '{' -> sc.add(i, i + 1, K_PUNCT, OPEN);
      case ')', ']', '}' -> sc.add(i, i + 1, K_PUNCT, CLOSE);
      case '-', '+' -> signOrDash(sc, c, i);
      case '@', '#' -> handle(sc, c, i);
      default -> {
        int t = Character.getType(c);
        boolean symbol = t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
            || t == Character.MODIFIER_SYMBOL;
        yield sc.add(i, i + 1, symbol ? K_SYMBOL : K_PUNCT, 0);
      }
    };
  }

  /** A run of {@code . ! ?} from {@code i}, one terminal token. */
  private static int terminals(TokenScanner sc, int i) {
    int j = i + 1;
    while (j < sc.to) {
      char d = sc.text.charAt(j);
      if (d == '.' || d == '!' || d == '?') {
        j++;
      } else {
        break;
      }
    }
    return sc.add(i, j, K_PUNCT, TERM);
  }

  /** A signed number at the start of a word, else a hyphen or {@code --} dash, or a plus sign. */
  private static int signOrDash(TokenScanner sc, char c, int i) {
    String text = sc.text;
    if (sc.isAsciiDigitAt(i + 1) && (i == sc.from || CharClass.isSpace(text.charAt(i - 1))
        || text.charAt(i - 1) == '(')) {
      return NumberScan.number(sc, i, i + 1);
    }
    if (c == '-') {
      int j = i + 1;
      while (j < sc.to && text.charAt(j) == '-') {
        j++;
      }
      return sc.add(i, j, K_PUNCT, j - i > 1 ? DASH : 0);
    }
    return sc.add(i, i + 1, K_SYMBOL, 0);
  }

  /** An {@code @handle} or {@code #hashtag} (a hashtag starts with a letter), else the mark alone. */
  private static int handle(TokenScanner sc, char c, int i) {
    int j = i + 1;
    while (j < sc.to) {
      char d = sc.text.charAt(j);
      if (CharClass.isAsciiAlphanumeric(d) || d == '_') {
        j++;
      } else if (d >= 128 && c == '#' && Character.isLetterOrDigit(d)) {
        j++;
      } else {
        break;
      }
    }
    if (j > i + 1 && (c == '@' || sc.isLetterAt(i + 1))) {
      return sc.add(i, j, K_LINK, 0);
    }
    return sc.add(i, i + 1, K_PUNCT, 0);
  }

  /** The token starting with the non-ASCII char {@code c} at {@code i}. */
  static int nonAscii(TokenScanner sc, char c, int i) {
    return switch (c) {
      case '\u2019', '\u02BC' -> { // ’ right quote or apostrophe
        int e = WordScan.cliticAt(sc, i);
        yield e > 0 ? e : sc.add(i, i + 1, K_PUNCT, CLOSE);
      }
      case '\u201D', '\u00BB', '\u203A' -> sc.add(i, i + 1, K_PUNCT, CLOSE); // ” » ›
      case '\u201C' -> sc.add(i, i + 1, K_PUNCT, OPEN | CLOSE); // “ opens in English, closes in German „…“
      case '\u2018', '\u00AB', '\u201E', '\u201A', '\u2039' -> sc.add(i, i + 1, K_PUNCT, OPEN); // ‘ « „ ‚ ‹
      case '\u2026' -> ellipsis(sc, i);
      case '\u2013', '\u2014', '\u2015', '\u2012' -> { // – — ― ‒
        int j = i + 1;
        while (j < sc.to && sc.text.charAt(j) == c) {
          j++;
        }
        yield sc.add(i, j, K_PUNCT, DASH);
      }
      case '\u2212' -> { // − minus sign
        if (sc.isAsciiDigitAt(i + 1) && (i == sc.from || CharClass.isSpace(sc.text.charAt(i - 1)))) {
          yield NumberScan.number(sc, i, i + 1);
        }
        yield sc.add(i, i + 1, K_SYMBOL, 0);
      }
      case '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u0964' -> sc.add(i, i + 1, K_PUNCT, TERM); // 。！？ ؟ ।
      default -> other(sc, c, i);
    };
  }

  /** {@code …} with the terminal marks that follow it, one terminal token. */
  private static int ellipsis(TokenScanner sc, int i) {
    int j = i + 1;
    while (j < sc.to) {
      char d = sc.text.charAt(j);
      if (d == '\u2026' || d == '.' || d == '!' || d == '?') {
        j++;
      } else {
        break;
      }
    }
    return sc.add(i, j, K_PUNCT, TERM);
  }

  /** A non-ASCII space (skipped), letter, digit or symbol at {@code i}. */
  private static int other(TokenScanner sc, char c, int i) {
    if (CharClass.isSpace(c)) {
      return i + 1;
    }
    int cp = sc.cpAt(i);
    if (Character.isLetter(cp)) {
      return WordScan.word(sc, i);
    }
    if (Character.isDigit(cp)) {
      return NumberScan.number(sc, i, i);
    }
    return SymbolScan.symbol(sc, cp, i);
  }
}
