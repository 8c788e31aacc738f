package dev.scrutiny.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small suffix-stripping English lemmatizer for lexicon matching: it maps inflected and derived forms
 * to one key, not to a dictionary word ({@code liberated}, {@code liberating}, {@code liberation},
 * {@code liberates} → {@code liberat}; {@code regimes} → {@code regim}; {@code occupied} → {@code occupy}).
 * Lower-cases, drops possessive {@code 's}, then a plural and one derivational suffix, keeping at least
 * four letters. Stateless and thread-safe.
 */
public final class Lemmatizer {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\p{L}|\\p{L}");

  private Lemmatizer() {}

  /** A word token: its offsets in the text and its lemma. */
  public record Word(int start, int end, String lemma) {}

  /** The word tokens of {@code text} (letters, with inner hyphens and apostrophes), each with its lemma. */
  public static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Word(m.start(), m.end(), lemma(m.group())));
    }
    return out;
  }

  /** The lemma key of one word. */
  public static String lemma(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() <= 3) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses") || w.matches(".*(x|z|ch|sh)es")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.matches(".*(sis|xis)|paris|tunis|tennis")) {
      w = w.substring(0, w.length() - 1);
    }
    for (String suffix : new String[] {"ator", "ation", "ing", "ion", "ed"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        String stem = w.substring(0, w.length() - suffix.length());
        w = suffix.equals("ator") || suffix.equals("ation") ? stem + "at" : stem;
        if (w.matches(".*([^aeiouls])\\1")) {
          w = w.substring(0, w.length() - 1);
        }
        if (suffix.equals("ed") && w.endsWith("i")) {
          w = w.substring(0, w.length() - 1) + "y";
        }
        break;
      }
    }
    if (w.endsWith("e") && w.length() > 4) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
