package dev.scrutiny.text;

/**
 * The character classes {@link TokenScanner} decides by: an ASCII class table (space, upper, lower, digit,
 * other) looked up without a call, and the Unicode tests for spaces, word-continuing code points, hyphens
 * and apostrophes. Static and allocation-free.
 */
final class CharClass {

  static final byte OTHER = 0;
  static final byte SPACE = 1;
  static final byte UPPER = 2;
  static final byte LOWER = 3;
  static final byte DIGIT = 4;
  /** Class of each ASCII char; {@code >= UPPER} means a letter or digit. */
  static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) ? SPACE
          : c >= 'A' && c <= 'Z' ? UPPER
          : c >= 'a' && c <= 'z' ? LOWER
          : c >= '0' && c <= '9' ? DIGIT
          : OTHER;
    }
  }

  private CharClass() {}

  /** Whether {@code c} separates tokens; see {@link Segmenter#isSpace(char)}. */
  static boolean isSpace(char c) {
    if (c < 128) {
      return ASCII[c] == SPACE;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u2060' || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** Whether {@code c} is an ASCII letter or digit. */
  static boolean isAsciiAlphanumeric(char c) {
    return c < 128 && ASCII[c] >= UPPER;
  }

  /** Whether code point {@code cp} continues a word: letters, digits, marks, soft hyphen and joiners. */
  static boolean isWordCodePoint(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
        || cp == 0x00AD || cp == 0x200C || cp == 0x200D; // soft hyphen, ZWNJ, ZWJ inside words
  }

  /** Whether the general category {@code type} is a combining or enclosing mark. */
  static boolean isMark(int type) {
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}
