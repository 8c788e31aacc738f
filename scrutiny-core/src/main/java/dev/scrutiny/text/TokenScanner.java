package dev.scrutiny.text;

import dev.scrutiny.lang.Abbreviations;
import dev.scrutiny.lang.en.English;
import dev.scrutiny.lang.ru.Russian;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The single-pass character scanner behind {@link Segmenter}: it cuts a range of text into tokens and
 * records, per token, the few facts sentence splitting needs (terminal mark, abbreviation, quote side,
 * letter case), in parallel primitive arrays so that no object is made per token until the caller asks.
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

  private static final byte K_WORD = (byte) TokenKind.WORD.ordinal();
  private static final byte K_NUMBER = (byte) TokenKind.NUMBER.ordinal();
  private static final byte K_PUNCT = (byte) TokenKind.PUNCT.ordinal();
  private static final byte K_LINK = (byte) TokenKind.LINK.ordinal();
  private static final byte K_SYMBOL = (byte) TokenKind.SYMBOL.ordinal();
  private static final TokenKind[] KINDS = TokenKind.values();

  // ASCII character classes
  private static final byte C_OTHER = 0;
  private static final byte C_SPACE = 1;
  private static final byte C_UPPER = 2;
  private static final byte C_LOWER = 3;
  private static final byte C_DIGIT = 4;
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) ? C_SPACE
          : c >= 'A' && c <= 'Z' ? C_UPPER
          : c >= 'a' && c <= 'z' ? C_LOWER
          : c >= '0' && c <= '9' ? C_DIGIT
          : C_OTHER;
    }
  }

  /** Abbreviations with a full stop, English and Russian, from {@code lang/en} and {@code lang/ru}. */
  private static final Abbreviations ABBREVIATIONS = English.abbreviations().and(Russian.abbreviations());
  private static final Set<String> TITLES = ABBREVIATIONS.title();
  private static final Set<String> BEFORE_DIGIT = ABBREVIATIONS.beforeDigit();
  private static final Set<String> MAYBE = ABBREVIATIONS.maybe();
  private static final Set<String> LIST_END = ABBREVIATIONS.listEnd();

  /** Top-level domains that make {@code word.tld} a link when written without a scheme. */
  private static final Set<String> TLDS = Set.of("com", "org", "net", "gov", "edu", "int", "mil", "info",
      "io", "me", "tv", "news", "ru", "ua", "by", "uk", "us", "de", "fr", "it", "pl", "eu", "ca", "au", "il",
      "tr", "ge", "am", "az", "kz", "md", "lt", "lv", "ee", "fi", "se", "no", "nl", "be", "ch", "at", "cz",
      "sk", "ro", "bg", "rs", "hr", "jp", "cn", "in", "ir", "sy", "ly", "ml", "co", "su", "рф", "укр");

  int size;
  int[] starts = new int[64];
  int[] ends = new int[64];
  byte[] kinds = new byte[64];
  int[] flags = new int[64];

  private String text = "";
  private int from;
  private int to;

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
        switch (ASCII[c]) {
          case C_SPACE -> i++;
          case C_UPPER, C_LOWER -> i = word(i);
          case C_DIGIT -> i = number(i, i);
          default -> i = asciiOther(c, i);
        }
      } else {
        i = nonAscii(c, i);
      }
    }
  }

  // ---------------------------------------------------------------- emitting

  private void add(int start, int end, byte kind, int flag) {
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
  }

  private int caseFlag(int start) {
    char c = text.charAt(start);
    if (c < 128) {
      byte k = ASCII[c];
      return k == C_UPPER ? UPPER : k == C_LOWER ? LOWER : 0;
    }
    int cp = text.codePointAt(start);
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return UPPER;
    }
    return Character.isLowerCase(cp) ? LOWER : 0;
  }

  // ---------------------------------------------------------------- character tests

  /** Whether {@code c} separates tokens; see {@link Segmenter#isSpace(char)}. */
  static boolean isSpace(char c) {
    if (c < 128) {
      return ASCII[c] == C_SPACE;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == '\u200B' || c == '\u200E' || c == '\u200F' || c == '\u2060' || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private boolean isAsciiDigitAt(int i) {
    if (i >= to) {
      return false;
    }
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  private boolean isUpperAsciiAt(int i) {
    char c = text.charAt(i);
    return c >= 'A' && c <= 'Z';
  }

  private boolean isLetterAt(int i) {
    if (i >= to) {
      return false;
    }
    char c = text.charAt(i);
    if (c < 128) {
      byte k = ASCII[c];
      return k == C_UPPER || k == C_LOWER;
    }
    return Character.isLetter(cpAt(i));
  }

  /** Code point at {@code i}, never reading a low surrogate past {@link #to}. */
  private int cpAt(int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  /** Length in chars of a word-continuing code point at {@code i}, or 0 when it does not continue a word. */
  private int wordCharLen(int i) {
    if (i >= to) {
      return 0;
    }
    char c = text.charAt(i);
    if (c < 128) {
      return ASCII[c] >= C_UPPER ? 1 : 0; // upper, lower, digit
    }
    int cp = cpAt(i);
    if (isWordCodePoint(cp)) {
      return Character.charCount(cp);
    }
    return 0;
  }

  private static boolean isWordCodePoint(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER
        || cp == 0x00AD || cp == 0x200C || cp == 0x200D; // soft hyphen, ZWNJ, ZWJ inside words
  }

  private int wordRun(int i) {
    int n;
    while ((n = wordCharLen(i)) > 0) {
      i += n;
    }
    return i;
  }

  private int asciiDigits(int i) {
    while (i < to) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  // ---------------------------------------------------------------- words

  private int word(int start) {
    char c0 = text.charAt(start);
    if (c0 == 'h' || c0 == 'H' || c0 == 'f' || c0 == 'F' || c0 == 'w' || c0 == 'W') {
      int u = urlAt(start);
      if (u > 0) {
        add(start, u, K_LINK, 0);
        return u;
      }
    }
    int j = wordRun(start);
    while (j < to) {
      char c = text.charAt(j);
      if (isHyphen(c) && wordCharLen(j + 1) > 0) {
        j = wordRun(j + 1);
        continue;
      }
      if (isApostrophe(c) && isLetterAt(j + 1)) {
        int k = j + 1;
        int m = wordRun(k);
        if (isClitic(k, m)) {
          char last = text.charAt(k);
          boolean nt = (last == 't' || last == 'T') && m - k == 1;
          if (nt) {
            char n = text.charAt(j - 1);
            if (n == 'n' || n == 'N') {
              if (j - 1 == start) {       // the "n't" of "do n't"
                add(start, m, K_WORD, LOWER);
                return m;
              }
              add(start, j - 1, K_WORD, caseFlag(start)); // "do" of "don't"
              return j - 1;
            }
            // "'t" not after n (rare): keep the word whole
            j = m;
            continue;
          }
          add(start, j, K_WORD, caseFlag(start)); // "Russia" of "Russia's"; "'s" comes next
          return j;
        }
        j = m;
        continue;
      }
      if (c == '.') {
        int e = afterDot(start, j);
        if (e > 0) {
          return e;
        }
      }
      if (c == '@' || c == '.' || c == '_' || c == '+' || c == '-') {
        int e = emailAt(start);
        if (e > 0) {
          add(start, e, K_LINK, 0);
          return e;
        }
      }
      break;
    }
    add(start, j, K_WORD, caseFlag(start));
    return j;
  }

  /** Whether {@code text[k, m)} after an apostrophe is an English clitic: s, re, ve, ll, d, m, t. */
  private boolean isClitic(int k, int m) {
    int len = m - k;
    if (len == 1) {
      char a = Character.toLowerCase(text.charAt(k));
      return a == 's' || a == 'd' || a == 'm' || a == 't';
    }
    if (len == 2) {
      char a = Character.toLowerCase(text.charAt(k));
      char b = Character.toLowerCase(text.charAt(k + 1));
      return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
    }
    return false;
  }

  /**
   * Handles a word {@code text[start, dot)} followed by a full stop: acronyms ({@code U.S.},
   * {@code a.m.}, {@code В.В.}), initials ({@code V.}), known abbreviations and bare domains. Returns the
   * end of the token it added, or 0 when the full stop is not part of the word.
   */
  private int afterDot(int start, int dot) {
    int len = dot - start;
    boolean single = len == 1 || (len == 2 && Character.isHighSurrogate(text.charAt(start)));
    if (single && isLetterAt(start)) {
      // U.S., a.m., e.g., В.В.: letter-dot pairs
      int k = dot + 1;
      int pairs = 1;
      while (k < to && isLetterAt(k)) {
        int n = Character.charCount(cpAt(k));
        if (wordCharLen(k + n) > 0 || k + n >= to || text.charAt(k + n) != '.') {
          break;
        }
        k += n + 1;
        pairs++;
      }
      int f = caseFlag(start);
      if (pairs >= 2) {
        add(start, k, K_WORD, ABBR_MAYBE | f);
        return k;
      }
      if (f == UPPER && !isLetterAt(dot + 1)) {
        add(start, dot + 1, K_WORD, ABBR_MAYBE | f); // initial: V. Putin
        return dot + 1;
      }
    }
    if (len >= 2 && len <= 3 && caseFlag(start) == UPPER && dot + 2 < to && isUpperAsciiAt(dot + 1)
        && text.charAt(dot + 2) == '.' && !isLetterAt(dot + 3)) {
      add(start, dot + 3, K_WORD, ABBR_MAYBE | UPPER); // Ph.D., Ed.D.
      return dot + 3;
    }
    if (isLetterAt(dot + 1)) {
      int d = domainEnd(start);
      if (d > 0) {
        add(start, d, K_LINK, 0);
        return d;
      }
      return 0;
    }
    if (len <= 7) {
      String w = text.substring(start, dot);
      int flag = 0;
      if (TITLES.contains(w)) {
        flag = ABBR_TITLE;
      } else if (BEFORE_DIGIT.contains(w)) {
        int k = dot + 1;
        while (k < to && isSpace(text.charAt(k))) {
          k++;
        }
        if (isAsciiDigitAt(k)) {
          flag = ABBR_TITLE;
        }
      } else if (MAYBE.contains(w)) {
        flag = ABBR_MAYBE;
      } else if (LIST_END.contains(w)) {
        flag = TERM; // "etc." closes lists: any capitalised word after it starts a sentence
      }
      if (flag != 0) {
        add(start, dot + 1, K_WORD, flag | caseFlag(start));
        return dot + 1;
      }
    }
    return 0;
  }

  /** End of a bare domain such as {@code t.me/rybar} or {@code bbc.co.uk} starting at {@code start}, or 0. */
  private int domainEnd(int start) {
    int i = start;
    int lastLabel = start;
    int labels = 0;
    while (true) {
      int j = i;
      while (j < to) {
        char c = text.charAt(j);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || (c >= '\u0430' && c <= '\u044F')) {
          j++;
        } else {
          break;
        }
      }
      if (j == i) {
        return 0;
      }
      labels++;
      lastLabel = i;
      if (j + 1 < to && text.charAt(j) == '.' && isLetterAt(j + 1)) {
        i = j + 1;
        continue;
      }
      if (labels < 2 || !TLDS.contains(text.substring(lastLabel, j).toLowerCase(Locale.ROOT))) {
        return 0;
      }
      if (j < to && text.charAt(j) == '/') {
        return urlTail(j);
      }
      if (j < to && wordCharLen(j) > 0) {
        return 0;
      }
      return j;
    }
  }

  /** End of a URL starting at {@code i} with a scheme or {@code www.}, or 0. */
  private int urlAt(int i) {
    int rest = to - i;
    int body;
    if (rest > 8 && text.regionMatches(true, i, "https://", 0, 8)) {
      body = i + 8;
    } else if (rest > 7 && text.regionMatches(true, i, "http://", 0, 7)) {
      body = i + 7;
    } else if (rest > 6 && text.regionMatches(true, i, "ftp://", 0, 6)) {
      body = i + 6;
    } else if (rest > 4 && text.regionMatches(true, i, "www.", 0, 4)) {
      body = i + 4;
    } else {
      return 0;
    }
    if (body >= to || isSpace(text.charAt(body))) {
      return 0;
    }
    return urlTail(body);
  }

  /** Extends a URL to the next space or quote, then gives back trailing punctuation and unmatched brackets. */
  private int urlTail(int i) {
    int j = i;
    int parens = 0;
    int brackets = 0;
    while (j < to) {
      char c = text.charAt(j);
      if (isSpace(c) || c == '"' || c == '<' || c == '>' || c == '\u201C' || c == '\u201D' || c == '\u00AB'
          || c == '\u00BB' || c == '\u2018' || c == '\u2019') {
        break;
      }
      if (c == '(') {
        parens++;
      } else if (c == ')') {
        parens--;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets--;
      }
      j++;
    }
    while (j > i) {
      char c = text.charAt(j - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*') {
        j--;
      } else if (c == ')' && parens < 0) {
        parens++;
        j--;
      } else if (c == ']' && brackets < 0) {
        brackets++;
        j--;
      } else {
        break;
      }
    }
    if (j > i && Character.isHighSurrogate(text.charAt(j - 1))) {
      j--; // never end a token between the halves of a pair
    }
    return j;
  }

  /** End of an e-mail address starting at {@code start}, or 0. */
  private int emailAt(int start) {
    int j = start;
    while (j < to) {
      char c = text.charAt(j);
      if ((c < 128 && ASCII[c] >= C_UPPER) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
        j++;
      } else {
        break;
      }
    }
    if (j >= to || text.charAt(j) != '@' || j == start || text.charAt(j - 1) == '.') {
      return 0;
    }
    int k = j + 1;
    int dots = 0;
    int lastDot = -1;
    while (k < to) {
      char c = text.charAt(k);
      if ((c < 128 && ASCII[c] >= C_UPPER) || c == '-') {
        k++;
      } else if (c == '.' && k + 1 < to && text.charAt(k + 1) < 128 && ASCII[text.charAt(k + 1)] >= C_UPPER) {
        dots++;
        lastDot = k;
        k++;
      } else {
        break;
      }
    }
    if (dots == 0 || k - lastDot < 3) {
      return 0;
    }
    return k;
  }

  // ---------------------------------------------------------------- numbers

  /** A number starting at {@code digits} (a sign, if any, sits at {@code start}). */
  private int number(int start, int digits) {
    int j = asciiDigits(digits);
    if (j == digits) { // non-ASCII decimal digits
      while (j < to && Character.isDigit(cpAt(j))) {
        j += Character.charCount(cpAt(j));
      }
    }
    // ISO date 2025-04-26
    if (j - digits == 4 && j + 6 <= to && text.charAt(j) == '-' && isAsciiDigitAt(j + 1)
        && isAsciiDigitAt(j + 2) && text.charAt(j + 3) == '-' && isAsciiDigitAt(j + 4) && isAsciiDigitAt(j + 5)
        && !isAsciiDigitAt(j + 6)) {
      j += 6;
    }
    while (j + 1 < to) {
      char c = text.charAt(j);
      if ((c == '.' || c == ',' || c == ':') && isAsciiDigitAt(j + 1)) {
        j = asciiDigits(j + 1);
      } else {
        break;
      }
    }
    if (j < to) {
      char c = text.charAt(j);
      if (c == '%' || c == '\u2030') {
        add(start, j + 1, K_NUMBER, 0);
        return j + 1;
      }
      if (isHyphen(c) && isLetterAt(j + 1)) {
        // 34-year-old, 155-mm: a compound word
        j = wordRun(j + 1);
        while (j < to && isHyphen(text.charAt(j)) && wordCharLen(j + 1) > 0) {
          j = wordRun(j + 1);
        }
        add(start, j, K_WORD, 0);
        return j;
      }
      if (wordCharLen(j) > 0) {
        j = wordRun(j); // glued unit or suffix: 50km, 155mm, 1990s, 3rd
      }
    }
    add(start, j, K_NUMBER, 0);
    return j;
  }

  // ---------------------------------------------------------------- punctuation and symbols

  private int asciiOther(char c, int i) {
    switch (c) {
      case '.', '!', '?' -> {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (d == '.' || d == '!' || d == '?') {
            j++;
          } else {
            break;
          }
        }
        add(i, j, K_PUNCT, TERM);
        return j;
      }
      case '"' -> {
        add(i, i + 1, K_PUNCT, OPEN | CLOSE);
        return i + 1;
      }
      case '\'' -> {
        int e = cliticAt(i);
        if (e > 0) {
          return e;
        }
        add(i, i + 1, K_PUNCT, OPEN | CLOSE);
        return i + 1;
      }
      case '(', '[', '{' -> {
        add(i, i + 1, K_PUNCT, OPEN);
        return i + 1;
      }
      case ')', ']', '}' -> {
        add(i, i + 1, K_PUNCT, CLOSE);
        return i + 1;
      }
      case '-', '+' -> {
        if (isAsciiDigitAt(i + 1) && (i == from || isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
          return number(i, i + 1);
        }
        if (c == '-') {
          int j = i + 1;
          while (j < to && text.charAt(j) == '-') {
            j++;
          }
          add(i, j, K_PUNCT, j - i > 1 ? DASH : 0);
          return j;
        }
        add(i, i + 1, K_SYMBOL, 0);
        return i + 1;
      }
      case '@', '#' -> {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if ((d < 128 && ASCII[d] >= C_UPPER) || d == '_') {
            j++;
          } else if (d >= 128 && c == '#' && Character.isLetterOrDigit(d)) {
            j++;
          } else {
            break;
          }
        }
        if (j > i + 1 && (c == '@' || isLetterAt(i + 1))) {
          add(i, j, K_LINK, 0);
          return j;
        }
        add(i, i + 1, K_PUNCT, 0);
        return i + 1;
      }
      default -> {
        int t = Character.getType(c);
        boolean symbol = t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
            || t == Character.MODIFIER_SYMBOL;
        add(i, i + 1, symbol ? K_SYMBOL : K_PUNCT, 0);
        return i + 1;
      }
    }
  }

  /** A clitic token such as {@code 's} or {@code ’re} right after a letter, or 0. */
  private int cliticAt(int i) {
    if (i == from || !isLetterBefore(i) || !isLetterAt(i + 1)) {
      return 0;
    }
    int m = wordRun(i + 1);
    if (isClitic(i + 1, m)) {
      add(i, m, K_WORD, LOWER);
      return m;
    }
    return 0;
  }

  private boolean isLetterBefore(int i) {
    char c = text.charAt(i - 1);
    if (c < 128) {
      byte k = ASCII[c];
      return k == C_UPPER || k == C_LOWER;
    }
    return Character.isLetter(c) || Character.isLowSurrogate(c);
  }

  private int nonAscii(char c, int i) {
    switch (c) {
      case '\u2019', '\u02BC' -> { // ’ right quote or apostrophe
        int e = cliticAt(i);
        if (e > 0) {
          return e;
        }
        add(i, i + 1, K_PUNCT, CLOSE);
        return i + 1;
      }
      case '\u201D', '\u00BB', '\u203A' -> { // ” » ›
        add(i, i + 1, K_PUNCT, CLOSE);
        return i + 1;
      }
      case '\u201C' -> { // “ opens in English, closes in German „…“
        add(i, i + 1, K_PUNCT, OPEN | CLOSE);
        return i + 1;
      }
      case '\u2018', '\u00AB', '\u201E', '\u201A', '\u2039' -> { // ‘ « „ ‚ ‹
        add(i, i + 1, K_PUNCT, OPEN);
        return i + 1;
      }
      case '\u2026' -> { // …
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (d == '\u2026' || d == '.' || d == '!' || d == '?') {
            j++;
          } else {
            break;
          }
        }
        add(i, j, K_PUNCT, TERM);
        return j;
      }
      case '\u2013', '\u2014', '\u2015', '\u2012' -> { // – — ― ‒
        int j = i + 1;
        while (j < to && text.charAt(j) == c) {
          j++;
        }
        add(i, j, K_PUNCT, DASH);
        return j;
      }
      case '\u2212' -> { // − minus sign
        if (isAsciiDigitAt(i + 1) && (i == from || isSpace(text.charAt(i - 1)))) {
          return number(i, i + 1);
        }
        add(i, i + 1, K_SYMBOL, 0);
        return i + 1;
      }
      case '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u0964' -> { // 。！？ ؟ ।
        add(i, i + 1, K_PUNCT, TERM);
        return i + 1;
      }
      default -> {
        if (isSpace(c)) {
          return i + 1;
        }
        int cp = cpAt(i);
        if (Character.isLetter(cp)) {
          return word(i);
        }
        if (Character.isDigit(cp)) {
          return number(i, i);
        }
        return symbol(cp, i);
      }
    }
  }

  /** A symbol, emoji sequence or other mark, with its modifiers, joiners and flag pairs. */
  private int symbol(int cp, int i) {
    int j = i + Character.charCount(cp);
    if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
      add(i, j, K_SYMBOL, 0); // a lone surrogate
      return j;
    }
    int t = Character.getType(cp);
    if (t != Character.OTHER_SYMBOL && t != Character.MATH_SYMBOL && t != Character.CURRENCY_SYMBOL
        && t != Character.MODIFIER_SYMBOL && t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
        && t != Character.FORMAT && t != Character.SURROGATE && t != Character.PRIVATE_USE
        && t != Character.UNASSIGNED && t != Character.CONTROL && t != Character.COMBINING_SPACING_MARK) {
      // punctuation such as ¿ ¡ · § ¶ ‐ and CJK brackets
      j = marks(j);
      add(i, j, K_PUNCT, 0);
      return j;
    }
    boolean regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
    while (j < to) {
      int next = cpAt(j);
      int n = Character.charCount(next);
      if (Character.isSurrogate(text.charAt(j)) && n == 1) {
        break; // lone surrogate: its own token
      }
      if (next == 0xFE0F || next == 0xFE0E || next == 0x20E3 || (next >= 0x1F3FB && next <= 0x1F3FF)
          || (next >= 0xE0020 && next <= 0xE007F)) {
        j += n;
      } else if (next == 0x200D && j + 1 < to && !isSpace(text.charAt(j + 1))) {
        j += 1;
        int joined = cpAt(j);
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
    add(i, j, K_SYMBOL, 0);
    return j;
  }

  private int marks(int j) {
    while (j < to) {
      int t = Character.getType(cpAt(j));
      if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK) {
        j += Character.charCount(cpAt(j));
      } else {
        break;
      }
    }
    return j;
  }
}
