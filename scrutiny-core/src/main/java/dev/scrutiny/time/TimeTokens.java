package dev.scrutiny.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The word, number and punctuation tokens of a text as the time tagger sees them: letters (with inner
 * apostrophes and abbreviation dots such as {@code a.m.} or {@code Oct.}), digit runs joined across inner
 * {@code . / : , -} when digits follow ({@code 26.04.2025}, {@code 10:30}, {@code 26-30}), alphanumerics
 * ({@code 1980s}, {@code 10th}), and single punctuation characters. Offsets are UTF-16, end-exclusive.
 * Not thread-safe; one instance per tagging call.
 */
final class TimeTokens {

  static final byte WORD = 0;
  static final byte NUM = 1;
  static final byte ALNUM = 2;
  static final byte PUNCT = 3;

  int size;
  int[] start = new int[256];
  int[] end = new int[256];
  byte[] kind = new byte[256];
  String[] lower = new String[256];

  private TimeTokens() {}

  static TimeTokens of(String text) {
    TimeTokens t = new TimeTokens();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int s = i;
      byte k;
      if (Character.isLetter(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetter(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
            if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
              break; // the possessive "'s" is its own token: "Friday's", "last month's"
            }
            i += 2;
          } else if (d == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))
              && i + 2 < n && text.charAt(i + 2) == '.') {
            i += 3; // a.m. / p.m. / U.S.
          } else {
            break;
          }
        }
        if (i < n && text.charAt(i) == '.' && abbreviation(text, s, i)) {
          i++;
        }
        k = WORD;
      } else if (c >= '0' && c <= '9') {
        i++;
        k = NUM;
        while (i < n) {
          char d = text.charAt(i);
          if (d >= '0' && d <= '9') {
            i++;
          } else if ((d == '.' || d == '/' || d == ':' || d == ',' || d == '-' || d == '\u2013')
              && i + 1 < n && isDigit(text.charAt(i + 1))) {
            i++;
          } else if (Character.isLetter(d)) {
            k = ALNUM;
            i++;
          } else {
            break;
          }
        }
      } else if ((c == '\'' || c == '\u2019') && i + 2 < n && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))) {
        i += 3;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        k = ALNUM;
      } else if ((c == '\'' || c == '\u2019') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
        i += 2;
        k = WORD;
      } else {
        i++;
        k = PUNCT;
      }
      t.add(s, i, k, text);
    }
    return t;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean abbreviation(String text, int s, int e) {
    int len = e - s;
    if (len > 5) {
      return false;
    }
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    return switch (w) {
      case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "mid",
           "yr", "yrs", "hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks", "mo", "mos", "st", "no" -> true;
      default -> false;
    };
  }

  private void add(int s, int e, byte k, String text) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      lower = Arrays.copyOf(lower, cap);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    String raw = text.substring(s, e);
    lower[size] = k == NUM ? raw : raw.toLowerCase(Locale.ROOT);
    size++;
  }

  /** The lower-cased token, or "" beyond either end. */
  String at(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  boolean is(int i, String w) {
    return i >= 0 && i < size && lower[i].equals(w);
  }

  boolean isPunct(int i) {
    return i >= 0 && i < size && kind[i] == PUNCT;
  }

  /** Whether token {@code k} is a mark that ends a sentence for the tense cues: . ! ? ; */
  boolean sentenceEnd(int k) {
    if (kind[k] != PUNCT) {
      return false;
    }
    char c = lower[k].charAt(0);
    return c == '.' || c == '!' || c == '?' || c == ';';
  }

  /** Whether token {@code k} starts with an upper-case letter in the text. */
  boolean upper(String text, int k) {
    return Character.isUpperCase(text.charAt(start[k]));
  }
}
