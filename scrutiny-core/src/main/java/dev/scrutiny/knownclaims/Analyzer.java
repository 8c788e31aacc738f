package dev.scrutiny.knownclaims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Terms for matching: lower-cased words, no links or stop words, light suffix stripping. Stateless. */
final class Analyzer {

  private static final Pattern LINK = Pattern.compile("https?://\\S+|pic\\.twitter\\.com/\\S+|www\\.\\S+");
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
      "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he",
      "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "not", "no", "will", "would",
      "can", "could", "do", "does", "did", "so", "if", "than", "then", "there", "what", "which", "who", "whom",
      "when", "where", "how", "all", "any", "just", "about", "into", "over", "after", "rt", "amp", "s", "t", "me",
      "him", "them", "us", "am", "being", "very", "too", "also", "up", "out");

  private Analyzer() {}

  static List<String> terms(String text) {
    String s = LINK.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        String w = s.substring(start, i);
        if (!STOP.contains(w)) {
          out.add(stem(w));
        }
      }
    }
    return out;
  }

  static String stem(String w) {
    int n = w.length();
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && w.endsWith("ed")) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
