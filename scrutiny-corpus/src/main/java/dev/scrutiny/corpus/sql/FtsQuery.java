package dev.scrutiny.corpus.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user types into a safe FTS5 query: every word and every {@code "quoted phrase"} must
 * occur; FTS5 operators and punctuation are taken literally, never as syntax (a stray quote or
 * {@code NEAR(} cannot make the query fail). {@code OR} between two terms is kept as OR.
 */
final class FtsQuery {

  private FtsQuery() {}

  /** The FTS5 MATCH expression, or null when {@code input} holds no word. */
  static String sqlite(String input) {
    List<String> terms = new ArrayList<>();
    int i = 0;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c == '"') {
        int close = input.indexOf('"', i + 1);
        int end = close < 0 ? input.length() : close;
        addTerm(terms, input.substring(i + 1, end));
        i = end + 1;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else {
        int end = i;
        while (end < input.length() && !Character.isWhitespace(input.charAt(end)) && input.charAt(end) != '"') {
          end++;
        }
        String word = input.substring(i, end);
        if (word.equals("OR") && !terms.isEmpty() && !terms.getLast().equals("OR")) {
          terms.add("OR");
        } else {
          addTerm(terms, word);
        }
        i = end;
      }
    }
    while (!terms.isEmpty() && terms.getLast().equals("OR")) {
      terms.removeLast();
    }
    return terms.isEmpty() ? null : String.join(" ", terms);
  }

  private static void addTerm(List<String> terms, String raw) {
    // keep letters and digits; FTS5's unicode61 tokenizer splits on the rest anyway
    StringBuilder b = new StringBuilder();
    raw.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
    String words = b.toString().strip().replaceAll("\\s+", " ");
    if (!words.isEmpty()) {
      terms.add("\"" + words + "\"");
    }
  }
}
