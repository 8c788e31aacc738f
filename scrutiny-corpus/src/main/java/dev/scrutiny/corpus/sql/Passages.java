package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.Snippet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Snippets made in Java for the page of hits, the way FTS5's {@code snippet()} makes them: tokens are
 * runs of letters and digits compared case- and diacritic-insensitively (the {@code unicode61
 * remove_diacritics 2} tokenizer of the index), each occurrence of a query phrase is marked, and the
 * passage is the window of {@link #TOKENS} tokens, from the beginning or from an occurrence, holding the
 * most distinct phrases (then the most occurrences, then the earliest), cut with {@code …}. Made apart from the ranking query because {@code snippet()} needs
 * the full-text cursor on the row, and putting it back on twenty rows of a phrase found in most
 * articles cost several times the ranking itself.
 */
final class Passages {

  static final int TOKENS = 32;
  private static final int CONTEXT = 4;

  private Passages() {}

  /** The phrases of a query as token lists (what {@link FtsQuery#sqlite} matches; {@code OR} dropped). */
  static List<List<String>> phrases(String query) {
    String fts = FtsQuery.sqlite(query);
    List<List<String>> phrases = new ArrayList<>();
    if (fts == null) {
      return phrases;
    }
    int i = 0;
    while ((i = fts.indexOf('"', i)) >= 0) {
      int end = fts.indexOf('"', i + 1);
      List<String> tokens = new ArrayList<>();
      for (Token t : tokens(fts.substring(i + 1, end))) {
        tokens.add(t.folded());
      }
      if (!tokens.isEmpty()) {
        phrases.add(tokens);
      }
      i = end + 1;
    }
    return phrases;
  }

  record Token(int start, int end, String folded) {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isTokenChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && isTokenChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(new Token(start, i, fold(text.substring(start, i))));
    }
    return out;
  }

  private static boolean isTokenChar(int cp) {
    // letters, digits and combining marks (which unicode61 keeps inside tokens)
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.PRIVATE_USE;
  }

  static String fold(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    return ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** The passage of {@code text} best showing {@code phrases}, with each occurrence marked. */
  static Snippet of(String text, List<List<String>> phrases) {
    List<Token> tokens = tokens(text);
    int n = tokens.size();
    // which phrase, if any, starts at each token (the first listed wins) and how many tokens it covers
    int[] phraseAt = new int[n];
    int[] length = new int[n];
    for (int t = 0; t < n; t++) {
      phraseAt[t] = -1;
      for (int p = 0; p < phrases.size() && phraseAt[t] < 0; p++) {
        List<String> ph = phrases.get(p);
        if (t + ph.size() <= n) {
          boolean all = true;
          for (int k = 0; k < ph.size() && all; k++) {
            all = tokens.get(t + k).folded().equals(ph.get(k));
          }
          if (all) {
            phraseAt[t] = p;
            length[t] = ph.size();
          }
        }
      }
    }
    int bestStart = 0;
    long bestScore = -1;
    for (int s = 0; s < Math.max(1, n); s++) {
      if (s > 0 && phraseAt[s] < 0) {
        continue; // a passage starts at the beginning or at an occurrence
      }
      Set<Integer> distinct = new HashSet<>();
      int hits = 0;
      for (int t = s; t < Math.min(n, s + TOKENS); t++) {
        if (phraseAt[t] >= 0 && t + length[t] <= s + TOKENS) {
          distinct.add(phraseAt[t]);
          hits++;
        }
      }
      long score = distinct.size() * 1000L + hits;
      if (score > bestScore) {
        bestScore = score;
        bestStart = s;
      }
    }
    if (n == 0) {
      return new Snippet(text.strip(), List.of());
    }
    // a few words of context before the first occurrence, when the window's tail has room to spare
    if (bestStart > 0) {
      int lastEnd = bestStart;
      for (int t = bestStart; t < Math.min(n, bestStart + TOKENS); t++) {
        if (phraseAt[t] >= 0 && t + length[t] <= bestStart + TOKENS) {
          lastEnd = t + length[t];
        }
      }
      bestStart -= Math.min(CONTEXT, Math.min(bestStart, bestStart + TOKENS - lastEnd));
    }
    int last = Math.min(n, bestStart + TOKENS) - 1;
    int from = bestStart == 0 ? 0 : tokens.get(bestStart).start();
    // up to the next token, so trailing punctuation stays, as in FTS5
    int to = last + 1 < n ? tokens.get(last + 1).start() : text.length();
    StringBuilder marked = new StringBuilder(to - from + 16);
    if (bestStart > 0) {
      marked.append('…');
    }
    int at = from;
    for (int t = bestStart; t <= last; t++) {
      if (phraseAt[t] >= 0 && t + length[t] - 1 <= last) {
        Token first = tokens.get(t);
        Token end = tokens.get(t + length[t] - 1);
        marked.append(text, at, first.start()).append(Snippet.OPEN).append(text, first.start(), end.end())
            .append(Snippet.CLOSE);
        at = end.end();
        t += length[t] - 1;
      }
    }
    marked.append(text, at, to);
    String body = marked.toString().stripTrailing();
    if (last + 1 < n) {
      body += "…";
    }
    return Snippet.parse(body);
  }
}
