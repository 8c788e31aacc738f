package dev.scrutiny.text;

import dev.scrutiny.lang.en.English;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.jspecify.annotations.Nullable;

/**
 * Derives a token's normalised form, shape, lemma and numeric value from the characters it covers (see
 * {@link Token}). The lemma is OpenNLP's Snowball stemmer, English for Latin-script words and Russian
 * for Cyrillic ones, memoised in one bounded map shared by all threads (a cache of a pure function:
 * news repeats its words); the map is emptied when it reaches {@value #MEMO_LIMIT} words, so memory
 * stays bounded on any corpus. Thread-safe: a Snowball stemmer, which keeps state, is made per
 * stemmed word.
 */
final class TokenAttributes {

  private static final int MEMO_LIMIT = 200_000;
  private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

  Token token(String text, int start, int end, TokenKind kind) {
    return new Token(start, end, kind, text);
  }

  /** The value of a token by its kind and normalised form; see {@link Token#value()}. */
  static @Nullable Double value(TokenKind kind, String norm) {
    return switch (kind) {
      case NUMBER -> number(norm, 0, norm.length());
      case WORD -> word(norm);
      default -> null;
    };
  }

  /** Lower-cased, {@code ’} and {@code ʼ} as {@code '}, soft hyphens dropped; the text itself when already so. */
  static String norm(String text, int start, int end) {
    boolean ascii = true;
    boolean lower = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (c >= 'A' && c <= 'Z') {
        lower = false;
      }
    }
    if (ascii) {
      if (lower) {
        return text.substring(start, end);
      }
      char[] out = new char[end - start];
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        out[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
      return new String(out);
    }
    String s = text.substring(start, end);
    StringBuilder b = new StringBuilder(s.toLowerCase(Locale.ROOT));
    for (int i = b.length() - 1; i >= 0; i--) {
      char c = b.charAt(i);
      if (c == '\u2019' || c == '\u02BC') {
        b.setCharAt(i, '\'');
      } else if (c == '\u00AD') {
        b.deleteCharAt(i);
      }
    }
    if (b.isEmpty()) {
      return s;
    }
    String n = b.toString();
    return n.equals(s) ? s : n;
  }

  static Token.Shape shape(String text, int start, int end) {
    int letters = 0;
    int upper = 0;
    int digits = 0;
    boolean firstUpper = false;
    for (int i = start; i < end; ) {
      char ch = text.charAt(i);
      int cp;
      boolean letter;
      boolean up;
      if (ch < 128) {
        i++;
        up = ch >= 'A' && ch <= 'Z';
        letter = up || ch >= 'a' && ch <= 'z';
        if (!letter && ch >= '0' && ch <= '9') {
          digits++;
        }
      } else {
        cp = text.codePointAt(i);
        i += Character.charCount(cp);
        letter = Character.isLetter(cp);
        up = letter && (Character.isUpperCase(cp) || Character.isTitleCase(cp));
        if (!letter && Character.isDigit(cp)) {
          digits++;
        }
      }
      if (letter) {
        if (letters == 0) {
          firstUpper = up;
        }
        letters++;
        upper += up ? 1 : 0;
      }
    }
    if (letters == 0) {
      return digits > 0 ? Token.Shape.NUMERIC : Token.Shape.OTHER;
    }
    if (digits > 0) {
      return Token.Shape.ALPHANUMERIC;
    }
    if (upper == 0) {
      return Token.Shape.LOWER;
    }
    if (upper == letters) {
      return letters == 1 ? Token.Shape.CAPITALISED : Token.Shape.UPPER;
    }
    return firstUpper && upper == 1 ? Token.Shape.CAPITALISED : Token.Shape.MIXED;
  }

  /** The Snowball stem of a word by its script; other words keep their normalised form. */
  static String lemma(String norm) {
    String cached = LEMMAS.get(norm);
    if (cached != null) {
      return cached;
    }
    SnowballStemmer stemmer = stemmerFor(norm);
    String lemma = norm;
    if (stemmer != null) {
      String s = stemmer.stem(norm).toString();
      lemma = s.isEmpty() || s.equals(norm) ? norm : s;
    }
    if (LEMMAS.size() >= MEMO_LIMIT) {
      LEMMAS.clear();
    }
    LEMMAS.put(norm, lemma);
    return lemma;
  }

  /** A fresh stemmer for the word's script (Snowball stemmers keep state), or null for other scripts. */
  private static @Nullable SnowballStemmer stemmerFor(String norm) {
    Character.UnicodeScript script = Character.UnicodeScript.of(norm.codePointAt(0));
    if (script == Character.UnicodeScript.LATIN) {
      return new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    }
    if (script == Character.UnicodeScript.CYRILLIC) {
      return new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN);
    }
    return null;
  }

  /** An English number word's value ({@code seven}, {@code seventh}, {@code twenty-one}), or null. */
  private static @Nullable Double word(String norm) {
    char c = norm.charAt(0);
    if (c < 'a' || c > 'z') {
      return null;
    }
    int v = English.cardinal(norm);
    if (v < 0) {
      v = English.ordinal(norm);
    }
    return v < 0 ? null : (double) v;
  }

  /**
   * The value of a number token: an optional sign, digits with comma thousands groups or one decimal
   * point, then an optional percent sign or glued unit or suffix. Dates, times, ranges and European
   * thousands dots have no single value: null.
   */
  static @Nullable Double number(String text, int start, int end) {
    int i = start;
    boolean negative = false;
    char c0 = text.charAt(i);
    if (c0 == '-' || c0 == '+' || c0 == '\u2212') {
      negative = c0 != '+';
      i++;
    }
    int digitsStart = i;
    StringBuilder digits = new StringBuilder(end - start);
    boolean point = false;
    boolean comma = false;
    int group = -1; // digits since the last comma, -1 before any comma
    while (i < end) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        if (group >= 0 && !point) {
          group++;
        }
        i++;
      } else if (c == ',' && !point && i > digitsStart && i + 1 < end && isDigit(text.charAt(i + 1))) {
        if (group >= 0 && group != 3 || group < 0 && i - digitsStart > 3) {
          return null;
        }
        comma = true;
        group = 0;
        i++;
      } else if (c == '.' && !point && i > digitsStart && i + 1 < end && isDigit(text.charAt(i + 1))) {
        if (comma && group != 3) {
          return null;
        }
        point = true;
        digits.append('.');
        i++;
      } else {
        break;
      }
    }
    if (digits.isEmpty() || comma && !point && group != 3) {
      return null;
    }
    if (i < end) {
      char c = text.charAt(i);
      boolean suffix = c == '%' || c == '\u2030' || Character.isLetter(c);
      if (!suffix) {
        return null; // 2025-04-26, 10:30, 26.04.2025
      }
    }
    double v = Double.parseDouble(digits.toString());
    return negative ? -v : v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
