package dev.scrutiny.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in any common style: “ ” ‘ ’ « » „ “, straight " and ', and doubled apostrophes
 * ('' … ''). Quotes do not nest at the
 * top level and do not cross a line break: a quote left open at the end of its paragraph (the
 * newspaper style for quotes running over several paragraphs) ends there.
 */
final class Quotes {

  private Quotes() {}

  static boolean isQuoteChar(char c) {
    return "“”‘’«»„\"'‹›".indexOf(c) >= 0;
  }

  /** Whether the character at {@code offset} opens a quotation. */
  static boolean isOpening(String text, int offset) {
    char c = text.charAt(offset);
    boolean spaceBefore = offset == 0 || Character.isWhitespace(text.charAt(offset - 1))
        || "([—–-:".indexOf(text.charAt(offset - 1)) >= 0;
    boolean letterAfter = offset + 1 < text.length() && !Character.isWhitespace(text.charAt(offset + 1));
    return switch (c) {
      case '“', '„', '«', '‹' -> letterAfter || offset + 1 < text.length();
      case '"' -> spaceBefore && letterAfter;
      case '‘', '\'' -> spaceBefore && letterAfter;
      default -> false;
    };
  }

  /** Quotations in order of their opening mark. */
  static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isQuoteChar(c) || !isOpening(text, i)) {
        i++;
        continue;
      }
      if (text.startsWith("''", i)) {
        // doubled apostrophes stand for double quotes in some wire copy: ''Like this,'' he said.
        int close = text.indexOf("''", i + 2);
        int line = text.indexOf('\n', i);
        if (close < 0 || line >= 0 && line < close) {
          close = line < 0 ? text.length() : line;
        }
        out.add(new Quote(i + 1, close));
        i = close + 2;
        continue;
      }
      int close = findClose(text, i);
      out.add(new Quote(i, close));
      i = close + 1;
    }
    return out;
  }

  /**
   * Whether the mark {@code close} follows position {@code j} in its paragraph before the next {@code open}:
   * then a mark of the other style at {@code j} (“mixed" quotes in wire copy) does not close the quotation.
   */
  private static boolean closesLater(String text, int j, char close, char open) {
    for (int k = j + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == open && open != close || c == '“'
          || c == '"' && close != '"' && isOpening(text, k)) {
        return false; // a line break, or a new quotation opens first (a curly one after straight quotes too)
      }
      if (c == close) {
        return true;
      }
    }
    return false;
  }

  private static int findClose(String text, int open) {
    char o = text.charAt(open);
    int n = text.length();
    for (int j = open + 1; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return j;
      }
      boolean endAfter = j + 1 >= n || !Character.isLetterOrDigit(text.charAt(j + 1));
      switch (o) {
        case '“' -> {
          if (c == '”' || c == '“' && endAfter && j > open + 1 && !Character.isWhitespace(text.charAt(j - 1))
              || c == '"' && endAfter && !Character.isWhitespace(text.charAt(j - 1)) && !closesLater(text, j, '”', '“')) {
            return j;
          }
        }
        case '„' -> {
          if (c == '“' || c == '”') {
            return j;
          }
        }
        case '«' -> {
          if (c == '»') {
            return j;
          }
        }
        case '‹' -> {
          if (c == '›') {
            return j;
          }
        }
        case '"' -> {
          if (c == '"' || c == '”' && !closesLater(text, j, '"', '"')) {
            return j;
          }
        }
        case '‘' -> {
          if (c == '’' && endAfter) {
            return j;
          }
        }
        case '\'' -> {
          if (c == '\'' && endAfter) {
            return j;
          }
        }
        default -> {
          return j;
        }
      }
    }
    return n;
  }
}
