package dev.scrutiny.text;

import static dev.scrutiny.text.TokenScanner.ABBR_MAYBE;
import static dev.scrutiny.text.TokenScanner.ABBR_TITLE;
import static dev.scrutiny.text.TokenScanner.K_LINK;
import static dev.scrutiny.text.TokenScanner.K_WORD;
import static dev.scrutiny.text.TokenScanner.LOWER;
import static dev.scrutiny.text.TokenScanner.TERM;
import static dev.scrutiny.text.TokenScanner.UPPER;

import dev.scrutiny.lang.Abbreviations;
import dev.scrutiny.lang.en.English;
import dev.scrutiny.lang.ru.Russian;
import java.util.Set;

/**
 * Word tokens for {@link TokenScanner}: runs of letters and digits joined by hyphens, English clitics split
 * off ({@code Russia 's}, {@code do n't}), and words with a full stop: acronyms ({@code U.S.},
 * {@code a.m.}, {@code В.В.}), initials ({@code V.}), degrees ({@code Ph.D.}) and the known abbreviations
 * of {@code lang/en} and {@code lang/ru}, flagged for sentence splitting. A word that turns out to be a
 * URL, bare domain or e-mail address becomes a link ({@link LinkScan}).
 */
final class WordScan {

  /** Abbreviations with a full stop, English and Russian, from {@code lang/en} and {@code lang/ru}. */
  private static final Abbreviations ABBREVIATIONS = English.abbreviations().and(Russian.abbreviations());
  private static final Set<String> TITLES = ABBREVIATIONS.title();
  private static final Set<String> BEFORE_DIGIT = ABBREVIATIONS.beforeDigit();
  private static final Set<String> MAYBE = ABBREVIATIONS.maybe();
  private static final Set<String> LIST_END = ABBREVIATIONS.listEnd();

  private WordScan() {}

  /** The word, link or abbreviation starting with the letter at {@code start}; returns its end. */
  static int word(TokenScanner sc, int start) {
    String text = sc.text;
    char c0 = text.charAt(start);
    if (c0 == 'h' || c0 == 'H' || c0 == 'f' || c0 == 'F' || c0 == 'w' || c0 == 'W') {
      int u = LinkScan.url(sc, start);
      if (u > 0) {
        return sc.add(start, u, K_LINK, 0);
      }
    }
    int j = sc.wordRun(start);
    while (j < sc.to) {
      char c = text.charAt(j);
      if (CharClass.isHyphen(c) && sc.wordCharLen(j + 1) > 0) {
        j = sc.wordRun(j + 1);
        continue;
      }
      if (CharClass.isApostrophe(c) && sc.isLetterAt(j + 1)) {
        int m = sc.wordRun(j + 1);
        if (isClitic(text, j + 1, m)) {
          int e = beforeClitic(sc, start, j, m);
          if (e > 0) {
            return e;
          }
        }
        j = m;
        continue;
      }
      if (c == '.') {
        int e = afterDot(sc, start, j);
        if (e > 0) {
          return e;
        }
      }
      if (c == '@' || c == '.' || c == '_' || c == '+' || c == '-') {
        int e = LinkScan.email(sc, start);
        if (e > 0) {
          return sc.add(start, e, K_LINK, 0);
        }
      }
      break;
    }
    return sc.add(start, j, K_WORD, sc.caseFlag(start));
  }

  /**
   * Adds the word {@code text[start, apostrophe)} before the clitic {@code text[apostrophe + 1, m)}
   * ("Russia" of "Russia's", "do" of "don't"; the whole "n't" of "do n't") and returns its end, or 0 for a
   * "'t" not after n, which stays inside the word.
   */
  private static int beforeClitic(TokenScanner sc, int start, int apostrophe, int m) {
    String text = sc.text;
    char last = text.charAt(apostrophe + 1);
    boolean nt = (last == 't' || last == 'T') && m - apostrophe - 1 == 1;
    if (!nt) {
      return sc.add(start, apostrophe, K_WORD, sc.caseFlag(start)); // "'s" comes next
    }
    char n = text.charAt(apostrophe - 1);
    if (n != 'n' && n != 'N') {
      return 0;
    }
    if (apostrophe - 1 == start) { // the "n't" of "do n't"
      return sc.add(start, m, K_WORD, LOWER);
    }
    return sc.add(start, apostrophe - 1, K_WORD, sc.caseFlag(start));
  }

  /** Whether {@code text[k, m)} after an apostrophe is an English clitic: s, re, ve, ll, d, m, t. */
  static boolean isClitic(String text, int k, int m) {
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

  /** A clitic token such as {@code 's} or {@code ’re} at the apostrophe {@code i} right after a letter, or 0. */
  static int cliticAt(TokenScanner sc, int i) {
    if (i == sc.from || !sc.isLetterBefore(i) || !sc.isLetterAt(i + 1)) {
      return 0;
    }
    int m = sc.wordRun(i + 1);
    if (isClitic(sc.text, i + 1, m)) {
      return sc.add(i, m, K_WORD, LOWER);
    }
    return 0;
  }

  /**
   * Handles a word {@code text[start, dot)} followed by a full stop: acronyms, initials, degrees, bare
   * domains and known abbreviations. Returns the end of the token it added, or 0 when the full stop is not
   * part of the word.
   */
  private static int afterDot(TokenScanner sc, int start, int dot) {
    String text = sc.text;
    int len = dot - start;
    boolean single = len == 1 || (len == 2 && Character.isHighSurrogate(text.charAt(start)));
    if (single && sc.isLetterAt(start)) {
      int e = letterDots(sc, start, dot);
      if (e > 0) {
        return e;
      }
    }
    if (len >= 2 && len <= 3 && sc.caseFlag(start) == UPPER && dot + 2 < sc.to && sc.isUpperAsciiAt(dot + 1)
        && text.charAt(dot + 2) == '.' && !sc.isLetterAt(dot + 3)) {
      return sc.add(start, dot + 3, K_WORD, ABBR_MAYBE | UPPER); // Ph.D., Ed.D.
    }
    if (sc.isLetterAt(dot + 1)) {
      int d = LinkScan.domain(sc, start);
      return d > 0 ? sc.add(start, d, K_LINK, 0) : 0;
    }
    return len <= 7 ? abbreviation(sc, start, dot) : 0;
  }

  /** Letter-dot pairs ({@code U.S.}, {@code a.m.}, {@code В.В.}) or an initial ({@code V. Putin}), or 0. */
  private static int letterDots(TokenScanner sc, int start, int dot) {
    int to = sc.to;
    int k = dot + 1;
    int pairs = 1;
    while (k < to && sc.isLetterAt(k)) {
      int n = Character.charCount(sc.cpAt(k));
      if (sc.wordCharLen(k + n) > 0 || k + n >= to || sc.text.charAt(k + n) != '.') {
        break;
      }
      k += n + 1;
      pairs++;
    }
    int f = sc.caseFlag(start);
    if (pairs >= 2) {
      return sc.add(start, k, K_WORD, ABBR_MAYBE | f);
    }
    if (f == UPPER && !sc.isLetterAt(dot + 1)) {
      return sc.add(start, dot + 1, K_WORD, ABBR_MAYBE | f); // initial: V. Putin
    }
    return 0;
  }

  /** A known abbreviation {@code text[start, dot]} with its sentence-splitting flag, or 0. */
  private static int abbreviation(TokenScanner sc, int start, int dot) {
    String w = sc.text.substring(start, dot);
    int flag = 0;
    if (TITLES.contains(w)) {
      flag = ABBR_TITLE;
    } else if (BEFORE_DIGIT.contains(w)) {
      int k = dot + 1;
      while (k < sc.to && CharClass.isSpace(sc.text.charAt(k))) {
        k++;
      }
      if (sc.isAsciiDigitAt(k)) {
        flag = ABBR_TITLE;
      }
    } else if (MAYBE.contains(w)) {
      flag = ABBR_MAYBE;
    } else if (LIST_END.contains(w)) {
      flag = TERM; // "etc." closes lists: any capitalised word after it starts a sentence
    }
    return flag != 0 ? sc.add(start, dot + 1, K_WORD, flag | sc.caseFlag(start)) : 0;
  }
}
