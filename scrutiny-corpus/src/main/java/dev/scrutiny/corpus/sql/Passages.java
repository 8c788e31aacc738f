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
    if (tokens.isEmpty()) {
      return new Snippet(text.strip(), List.of());
    }
    Occurrences occurrences = Occurrences.find(tokens, phrases);
    int start = occurrences.withContext(occurrences.bestStart());
    return Snippet.parse(marked(text, tokens, occurrences, start));
  }

  /** The window of {@code text} from token {@code start}, occurrences marked, cut with {@code …}. */
  private static String marked(String text, List<Token> tokens, Occurrences occurrences, int start) {
    int n = tokens.size();
    int last = Math.min(n, start + TOKENS) - 1;
    int from = start == 0 ? 0 : tokens.get(start).start();
    // up to the next token, so trailing punctuation stays, as in FTS5
    int to = last + 1 < n ? tokens.get(last + 1).start() : text.length();
    StringBuilder marked = new StringBuilder(to - from + 16);
    if (start > 0) {
      marked.append('…');
    }
    int at = from;
    for (int t = start; t <= last; t++) {
      if (occurrences.phraseAt[t] >= 0 && t + occurrences.length[t] - 1 <= last) {
        Token first = tokens.get(t);
        Token end = tokens.get(t + occurrences.length[t] - 1);
        marked.append(text, at, first.start()).append(Snippet.OPEN).append(text, first.start(), end.end())
            .append(Snippet.CLOSE);
        at = end.end();
        t += occurrences.length[t] - 1;
      }
    }
    marked.append(text, at, to);
    String body = marked.toString().stripTrailing();
    return last + 1 < n ? body + "…" : body;
  }

  /**
   * Where the phrases occur in a text's tokens: per token, the phrase starting there (the first
   * listed wins; -1 for none) and how many tokens it covers; and which window holds them best.
   */
  private record Occurrences(int[] phraseAt, int[] length) {

    static Occurrences find(List<Token> tokens, List<List<String>> phrases) {
      int n = tokens.size();
      int[] phraseAt = new int[n];
      int[] length = new int[n];
      for (int t = 0; t < n; t++) {
        phraseAt[t] = -1;
        for (int p = 0; p < phrases.size() && phraseAt[t] < 0; p++) {
          List<String> ph = phrases.get(p);
          if (startsAt(tokens, t, ph)) {
            phraseAt[t] = p;
            length[t] = ph.size();
          }
        }
      }
      return new Occurrences(phraseAt, length);
    }

    private static boolean startsAt(List<Token> tokens, int t, List<String> phrase) {
      if (t + phrase.size() > tokens.size()) {
        return false;
      }
      boolean all = true;
      for (int k = 0; k < phrase.size() && all; k++) {
        all = tokens.get(t + k).folded().equals(phrase.get(k));
      }
      return all;
    }

    /** Whether an occurrence starts at token {@code t} and ends inside the window from token {@code s}. */
    private boolean inWindow(int t, int s) {
      return phraseAt[t] >= 0 && t + length[t] <= s + TOKENS;
    }

    /**
     * The first token of the window holding the most distinct phrases, then the most occurrences;
     * a window starts at the beginning or at an occurrence.
     */
    int bestStart() {
      int n = phraseAt.length;
      int bestStart = 0;
      long bestScore = -1;
      for (int s = 0; s < n; s++) {
        if (s > 0 && phraseAt[s] < 0) {
          continue;
        }
        Set<Integer> distinct = new HashSet<>();
        int hits = 0;
        for (int t = s; t < Math.min(n, s + TOKENS); t++) {
          if (inWindow(t, s)) {
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
      return bestStart;
    }

    /** {@code start} moved back a few words of context, when the window's tail has room to spare. */
    int withContext(int start) {
      if (start == 0) {
        return 0;
      }
      int lastEnd = start;
      for (int t = start; t < Math.min(phraseAt.length, start + TOKENS); t++) {
        if (inWindow(t, start)) {
          lastEnd = t + length[t];
        }
      }
      return start - Math.min(CONTEXT, Math.min(start, start + TOKENS - lastEnd));
    }
  }
}
