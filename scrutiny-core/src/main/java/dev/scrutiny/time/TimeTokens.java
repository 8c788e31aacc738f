package dev.scrutiny.time;

import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word, number and punctuation tokens of a text as the time rules see them, each with the index of
 * its sentence: letters (with inner apostrophes and abbreviation dots such as {@code a.m.} or
 * {@code Oct.}), digit runs joined across inner {@code . / : , -} when digits follow ({@code 26.04.2025},
 * {@code 10:30}, {@code 26-30}), alphanumerics ({@code 1980s}, {@code 10th}), and single punctuation
 * characters. Offsets are UTF-16, end-exclusive.
 *
 * <p>{@link #of(String, List, List)} derives them from the shared sentence and token layers: the shared
 * tokens keep {@code year-ago}, {@code two-year} and {@code FY2024} whole and cut {@code 26-30},
 * {@code 2014–2015}, {@code 12/03/2024} and {@code '90s} apart, while the time rules read the opposite,
 * so each run of shared tokens written without a space between them is re-cut here. Sentences come
 * from the shared layer. {@link #of(String)} cuts the text alone, with sentences ended by . ! ? ; for
 * callers without the layers. Not thread-safe; one instance per tagging call.
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
  /** The sentence index of each token; the tense cues look no further than their sentence. */
  int[] sentence = new int[256];

  /** Whether a . ! ? ; token ends the sentence (when the text is cut alone). */
  private final boolean punctuationEndsSentences;
  private int currentSentence;
  /** Whether the number last read by {@link #number} had a letter glued to it ("1980s", "10th"). */
  private boolean letterInNumber;

  private static final String[] ASCII_MARKS = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_MARKS[c] = String.valueOf(c);
    }
  }

  private TimeTokens(boolean punctuationEndsSentences) {
    this.punctuationEndsSentences = punctuationEndsSentences;
  }

  /** Tokens of the text alone; a sentence ends after each . ! ? ; token. */
  static TimeTokens of(String text) {
    TimeTokens t = new TimeTokens(true);
    t.scan(text, 0, text.length());
    return t;
  }

  /** Tokens re-cut from the shared token layer, in the sentences of the shared sentence layer. */
  static TimeTokens of(String text, List<Sentence> sentences, List<Token> tokens) {
    TimeTokens t = new TimeTokens(false);
    int k = 0;
    while (k < tokens.size()) {
      int from = tokens.get(k).start();
      int to = tokens.get(k).end();
      k++;
      while (k < tokens.size() && tokens.get(k).start() == to) {
        to = tokens.get(k).end();
        k++;
      }
      t.scan(text, from, to);
    }
    int s = 0;
    for (int j = 0; j < t.size; j++) {
      while (s < sentences.size() - 1 && sentences.get(s).end() <= t.start[j]) {
        s++;
      }
      t.sentence[j] = s;
    }
    return t;
  }

  /** Appends the tokens of {@code text[from, to)}. */
  private void scan(String text, int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int s = i;
      byte k;
      if (Character.isLetter(c)) {
        i = word(text, i, to);
        k = WORD;
      } else if (isDigit(c)) {
        i = number(text, i, to);
        k = letterInNumber ? ALNUM : NUM;
      } else if (isApostrophe(c) && i + 2 < to && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))) {
        i += 3; // '90s, '98
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        k = ALNUM;
      } else if (isApostrophe(c) && possessive(text, i, to)) {
        i += 2;
        k = WORD;
      } else {
        i++;
        k = PUNCT;
      }
      add(s, i, k, text);
    }
  }

  /** The end of the word at i: letters, inner apostrophes, a.m.-style dots, an abbreviation's dot. */
  private static int word(String text, int s, int n) {
    int i = s + 1;
    while (i < n) {
      char d = text.charAt(i);
      if (Character.isLetter(d)) {
        i++;
      } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        if (possessive(text, i, n)) {
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
    return i;
  }

  /** The end of the number at i: digits joined across . / : , - – before a digit; letters glued on. */
  private int number(String text, int s, int n) {
    letterInNumber = false;
    int i = s + 1;
    while (i < n) {
      char d = text.charAt(i);
      if (isDigit(d)) {
        i++;
      } else if (Character.isLetter(d)) {
        letterInNumber = true;
        i++;
      } else if ((d == '.' || d == '/' || d == ':' || d == ',' || d == '-' || d == '\u2013')
          && i + 1 < n && isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** "'s" at i, not followed by a letter. */
  private static boolean possessive(String text, int i, int n) {
    return i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
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
      sentence = Arrays.copyOf(sentence, cap);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    char first = text.charAt(s);
    if (k == PUNCT && first < ASCII_MARKS.length) {
      lower[size] = ASCII_MARKS[first]; // most tokens of a news text are words; marks need no new string
    } else {
      String raw = text.substring(s, e);
      lower[size] = k == NUM ? raw : raw.toLowerCase(Locale.ROOT);
    }
    sentence[size] = currentSentence;
    if (punctuationEndsSentences && k == PUNCT && endsSentence(first)) {
      currentSentence++;
    }
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

  /** Whether tokens {@code a} and {@code b} lie in the same sentence. */
  boolean sameSentence(int a, int b) {
    return sentence[a] == sentence[b];
  }

  /** Whether a punctuation mark ends a sentence when the text is cut alone: . ! ? ; */
  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == ';';
  }

  /** Whether token {@code k} starts with an upper-case letter in the text. */
  boolean upper(String text, int k) {
    return Character.isUpperCase(text.charAt(start[k]));
  }
}
