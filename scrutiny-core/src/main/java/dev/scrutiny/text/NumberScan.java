package dev.scrutiny.text;

import static dev.scrutiny.text.TokenScanner.K_NUMBER;
import static dev.scrutiny.text.TokenScanner.K_WORD;

/**
 * Number tokens for {@link TokenScanner}, kept whole for the numeric checks: digit runs in any script,
 * ISO dates ({@code 2025-04-26}), groups and decimals ({@code 1,006}, {@code 12.5}, {@code 26.04.2025},
 * {@code 10:30}), percentages ({@code 0.5%}, {@code ‰}), glued units and suffixes ({@code 50km},
 * {@code 1990s}, {@code 3rd}); a number joined by a hyphen to a word ({@code 34-year-old}) is a word.
 */
final class NumberScan {

  private NumberScan() {}

  /** A number starting at {@code digits} (a sign, if any, sits at {@code start}); returns its end. */
  static int number(TokenScanner sc, int start, int digits) {
    String text = sc.text;
    int to = sc.to;
    int j = sc.asciiDigits(digits);
    if (j == digits) { // non-ASCII decimal digits
      while (j < to && Character.isDigit(sc.cpAt(j))) {
        j += Character.charCount(sc.cpAt(j));
      }
    }
    // ISO date 2025-04-26
    if (j - digits == 4 && j + 6 <= to && text.charAt(j) == '-' && sc.isAsciiDigitAt(j + 1)
        && sc.isAsciiDigitAt(j + 2) && text.charAt(j + 3) == '-' && sc.isAsciiDigitAt(j + 4)
        && sc.isAsciiDigitAt(j + 5) && !sc.isAsciiDigitAt(j + 6)) {
      j += 6;
    }
    while (j + 1 < to) {
      char c = text.charAt(j);
      if ((c == '.' || c == ',' || c == ':') && sc.isAsciiDigitAt(j + 1)) {
        j = sc.asciiDigits(j + 1);
      } else {
        break;
      }
    }
    if (j < to) {
      char c = text.charAt(j);
      if (c == '%' || c == '\u2030') {
        return sc.add(start, j + 1, K_NUMBER, 0);
      }
      if (CharClass.isHyphen(c) && sc.isLetterAt(j + 1)) {
        // 34-year-old, 155-mm: a compound word
        j = sc.wordRun(j + 1);
        while (j < to && CharClass.isHyphen(text.charAt(j)) && sc.wordCharLen(j + 1) > 0) {
          j = sc.wordRun(j + 1);
        }
        return sc.add(start, j, K_WORD, 0);
      }
      if (sc.wordCharLen(j) > 0) {
        j = sc.wordRun(j); // glued unit or suffix: 50km, 155mm, 1990s, 3rd
      }
    }
    return sc.add(start, j, K_NUMBER, 0);
  }
}
