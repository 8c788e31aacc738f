package dev.scrutiny.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level normalisation shared by the similarity measures: lower-cased letter/digit runs, a light
 * English suffix strip, and a stop-word list. Stateless and thread-safe.
 */
final class Words {

  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "not", "no",
      "said", "says", "say", "told", "will", "would", "could", "can", "may", "also", "after", "before",
      "over", "about", "into", "than", "which", "who", "whom", "what", "when", "where", "while", "there",
      "more", "most", "some", "any", "all", "one", "two", "three", "so", "if", "up", "out", "do", "did",
      "does", "s", "t", "according", "other", "new", "per", "cent", "such", "only", "just", "very");

  private Words() {}

  /** Every word of {@code text}, lower-cased, in order (stop words included): the basis for shingles. */
  static List<String> all(String text) {
    List<String> out = new ArrayList<>(text.length() / 6);
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > s))) {
        i++;
      }
      if (i > s) {
        out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Content words of {@code text}: no stop words, no pure numbers, stemmed. */
  static List<String> content(String text) {
    List<String> out = new ArrayList<>();
    for (String w : all(text)) {
      if (w.length() > 1 && !STOP.contains(w) && !isNumber(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  static boolean isStop(String w) {
    return STOP.contains(w);
  }

  static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A light suffix strip: plural and possessive 's', '-ing', '-ed', so "strikes"/"struck" stay apart but "drones"/"drone" meet. */
  static String stem(String w) {
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    int n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
