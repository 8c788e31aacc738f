package dev.scrutiny.text;

import java.util.Locale;
import java.util.Set;

/**
 * Finds where a link ends for {@link TokenScanner}: URLs with a scheme or {@code www.}, bare domains such
 * as {@code t.me/rybar} or {@code bbc.co.uk} (known top-level domains only), and e-mail addresses. Each
 * method returns the end of the link in the scanner's text, or 0 when there is none; none adds a token.
 */
final class LinkScan {

  /** Top-level domains that make {@code word.tld} a link when written without a scheme. */
  private static final Set<String> TLDS = Set.of("com", "org", "net", "gov", "edu", "int", "mil", "info",
      "io", "me", "tv", "news", "ru", "ua", "by", "uk", "us", "de", "fr", "it", "pl", "eu", "ca", "au", "il",
      "tr", "ge", "am", "az", "kz", "md", "lt", "lv", "ee", "fi", "se", "no", "nl", "be", "ch", "at", "cz",
      "sk", "ro", "bg", "rs", "hr", "jp", "cn", "in", "ir", "sy", "ly", "ml", "co", "su", "рф", "укр");

  private LinkScan() {}

  /** End of a bare domain such as {@code t.me/rybar} or {@code bbc.co.uk} starting at {@code start}, or 0. */
  static int domain(TokenScanner sc, int start) {
    String text = sc.text;
    int to = sc.to;
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
      if (j + 1 < to && text.charAt(j) == '.' && sc.isLetterAt(j + 1)) {
        i = j + 1;
        continue;
      }
      if (labels < 2 || !TLDS.contains(text.substring(lastLabel, j).toLowerCase(Locale.ROOT))) {
        return 0;
      }
      if (j < to && text.charAt(j) == '/') {
        return tail(sc, j);
      }
      if (j < to && sc.wordCharLen(j) > 0) {
        return 0;
      }
      return j;
    }
  }

  /** End of a URL starting at {@code i} with a scheme or {@code www.}, or 0. */
  static int url(TokenScanner sc, int i) {
    String text = sc.text;
    int rest = sc.to - i;
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
    if (body >= sc.to || CharClass.isSpace(text.charAt(body))) {
      return 0;
    }
    return tail(sc, body);
  }

  /** Extends a URL to the next space or quote, then gives back trailing punctuation and unmatched brackets. */
  private static int tail(TokenScanner sc, int i) {
    String text = sc.text;
    int j = i;
    int parens = 0;
    int brackets = 0;
    while (j < sc.to) {
      char c = text.charAt(j);
      if (CharClass.isSpace(c) || c == '"' || c == '<' || c == '>' || c == '\u201C' || c == '\u201D'
          || c == '\u00AB' || c == '\u00BB' || c == '\u2018' || c == '\u2019') {
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
  static int email(TokenScanner sc, int start) {
    String text = sc.text;
    int to = sc.to;
    int j = start;
    while (j < to) {
      char c = text.charAt(j);
      if (CharClass.isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
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
      if (CharClass.isAsciiAlphanumeric(c) || c == '-') {
        k++;
      } else if (c == '.' && k + 1 < to && CharClass.isAsciiAlphanumeric(text.charAt(k + 1))) {
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
}
