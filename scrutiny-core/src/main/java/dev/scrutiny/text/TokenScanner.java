package dev.scrutiny.text;

import java.util.Arrays;

/**
 * The single-pass character scanner behind {@link Segmenter}: it cuts a range of text into tokens and
 * records, per token, the few facts sentence splitting needs (terminal mark, abbreviation, quote side,
 * letter case), in parallel primitive arrays so that no object is made per token until the caller asks.
 *
 * <p>This class holds the scan state, the token arrays and the bounded character tests; the rules per
 * kind of token are in {@link WordScan}, {@link NumberScan}, {@link LinkScan}, {@link PunctuationScan} and
 * {@link SymbolScan}, static methods that read and extend this state.
 *
 * <p>Not thread-safe: one instance per call. No regular expression runs in the scan.
 */
final class TokenScanner {

  // Token flags: what sentence splitting needs to know about a token.
  static final int TERM = 1;         // . ! ? … and runs of them
  static final int ABBR_TITLE = 2;   // an abbreviation that never ends a sentence (Gen., Mr., No. 5)
  static final int ABBR_MAYBE = 4;   // may end a sentence (U.S., a.m., etc., V.)
  static final int OPEN = 8;         // opening quote or bracket (straight quotes are both)
  static final int CLOSE = 16;       // closing quote or bracket
  static final int UPPER = 32;       // starts with an upper- or title-case letter
  static final int LOWER = 64;       // starts with a lower-case letter
  static final int DASH = 128;       // – — ― --

  static final byte K_WORD = (byte) TokenKind.WORD.ordinal();
  static final byte K_NUMBER = (byte) TokenKind.NUMBER.ordinal();
  static final byte K_PUNCT = (byte) TokenKind.PUNCT.ordinal();
  static final byte K_LINK = (byte) TokenKind.LINK.ordinal();
  static final byte K_SYMBOL = (byte) TokenKind.SYMBOL.ordinal();
  private static final TokenKind[] KINDS = TokenKind.values();

  int size;
  int[] starts = new int[64];
  int[] ends = new int[64];
  byte[] kinds = new byte[64];
  int[] flags = new int[64];

  /** The text being scanned and the bounds of the current range. */
  String text = "";
  int from;
  int to;

  void reset() {
    size = 0;
  }

  TokenKind kind(int t) {
    return KINDS[kinds[t]];
  }

  /** Appends the tokens of {@code text[from, to)} to this scanner's arrays. */
  void scan(String s, int from, int to) {
    this.text = s;
    this.from = from;
    this.to = to;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c < 128) {
        switch (CharClass.ASCII[c]) {
          case CharClass.SPACE -> i++;
          case CharClass.UPPER, CharClass.LOWER -> i = WordScan.word(this, i);
          case CharClass.DIGIT -> i = NumberScan.number(this, i, i);
          default -> i = PunctuationScan.ascii(this, c, i);
        }
      } else {
        i = PunctuationScan.nonAscii(this, c, i);
      }
    }
  }

  // ---------------------------------------------------------------- emitting

  /** Adds the token {@code text[start, end)}; returns {@code end}, where the scan goes on. */
  int add(int start, int end, byte kind, int flag) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      kinds = Arrays.copyOf(kinds, n);
      flags = Arrays.copyOf(flags, n);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    flags[size] = flag;
    size++;
    return end;
  }

  /** {@link #UPPER}, {@link #LOWER} or 0 by the case of the code point at {@code start}. */
  int caseFlag(int start) {
    char c = text.charAt(start);
    if (c < 128) {
      byte k = CharClass.ASCII[c];
      return k == CharClass.UPPER ? UPPER : k == CharClass.LOWER ? LOWER : 0;
    }
    int cp = text.codePointAt(start);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return UPPER;
    }
    return Character.isLowerCase(cp) ? LOWER : 0;
  }

  // ---------------------------------------------------------------- character tests within the range

  boolean isAsciiDigitAt(int i) {
    if (i >= to) {
      return false;
    }
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  boolean isUpperAsciiAt(int i) {
    char c = text.charAt(i);
    return c >= 'A' && c <= 'Z';
  }

  boolean isLetterAt(int i) {
    if (i >= to) {
      return false;
    }
    char c = text.charAt(i);
    if (c < 128) {
      byte k = CharClass.ASCII[c];
      return k == CharClass.UPPER || k == CharClass.LOWER;
    }
    return Character.isLetter(cpAt(i));
  }

  /** Whether the char before {@code i} is a letter (or the low half of a pair). */
  boolean isLetterBefore(int i) {
    char c = text.charAt(i - 1);
    if (c < 128) {
      byte k = CharClass.ASCII[c];
      return k == CharClass.UPPER || k == CharClass.LOWER;
    }
    return Character.isLetter(c) || Character.isLowSurrogate(c);
  }

  /** Code point at {@code i}, never reading a low surrogate past {@link #to}. */
  int cpAt(int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  /** Length in chars of a word-continuing code point at {@code i}, or 0 when it does not continue a word. */
  int wordCharLen(int i) {
    if (i >= to) {
      return 0;
    }
    char c = text.charAt(i);
    if (c < 128) {
      return CharClass.ASCII[c] >= CharClass.UPPER ? 1 : 0; // upper, lower, digit
    }
    int cp = cpAt(i);
    if (CharClass.isWordCodePoint(cp)) {
      return Character.charCount(cp);
    }
    return 0;
  }

  /** End of the run of word-continuing code points from {@code i}. */
  int wordRun(int i) {
    int n;
    while ((n = wordCharLen(i)) > 0) {
      i += n;
    }
    return i;
  }

  /** End of the run of ASCII digits from {@code i}. */
  int asciiDigits(int i) {
    while (i < to) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      i++;
    }
    return i;
  }
}
