package dev.scrutiny.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Canonical keys for names whose English spelling varies with the transliteration system, so that
 * Zelensky, Zelenskyy, Zelenskiy and Zelenskii all become {@code zelensky}, and Podoliak and Podolyak
 * become {@code podolyak}. Keys are for matching, not for display. Pure functions, thread-safe.
 *
 * <p>Rules, applied per word after lower-casing and removing diacritics, apostrophes and punctuation:
 * <ol>
 *   <li>{@code kh → h} (Kharkiv/Harkiv, Mikhail/Mihail);</li>
 *   <li>{@code i} or {@code j} before a vowel inside a word becomes {@code y} (Podoliak → Podolyak,
 *       Fiodor → Fyodor), except at the start of the word;</li>
 *   <li>endings {@code -yy, -iy, -ii, -yi, -ij, -yj} become {@code -y} (Zelenskyy → Zelensky,
 *       Syrskyi → Syrsky), and {@code -ey} becomes {@code -ei} (Sergey → Sergei);</li>
 *   <li>doubled letters collapse (Zaluzhnyy → zaluzhny, Mariya and Maria → marya);</li>
 *   <li>a possessive {@code 's} is dropped (Putin's → putin).</li>
 * </ol>
 */
public final class Transliteration {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern VOWEL_AFTER_I = Pattern.compile("(?<=[a-z])[ij](?=[aeouy])");
  private static final Pattern ENDINGS = Pattern.compile("(yy|iy|ii|yi|ij|yj)$");
  private static final Pattern DOUBLE = Pattern.compile("([a-z])\\1+");

  private Transliteration() {}

  /** The key of a (possibly multi-word) name: words keyed one by one and joined by single spaces. */
  public static String key(String name) {
    return normalise(name, true);
  }

  /**
   * A key without the spelling rules, for names that are ordinary English words ("European Union"):
   * lower case, no diacritics or punctuation, possessive dropped, words joined by single spaces.
   */
  public static String plainKey(String name) {
    return normalise(name, false);
  }

  private static String normalise(String name, boolean spelling) {
    String s = name;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7f) {
        s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        break;
      }
    }
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (String w : s.split("[^\\p{L}\\p{N}'\u2019]+")) {
      String bare = stripPossessive(w).replace("'", "").replace("\u2019", "");
      String k = spelling ? word(bare) : bare;
      if (!k.isEmpty()) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(k);
      }
    }
    return out.toString();
  }

  private static String stripPossessive(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  private static String word(String w) {
    if (w.isEmpty()) {
      return w;
    }
    String s = w.replaceAll("[^\\p{L}\\p{N}]", "");
    s = s.replace("kh", "h");
    s = VOWEL_AFTER_I.matcher(s).replaceAll("y");
    s = ENDINGS.matcher(s).replaceAll("y");
    if (s.endsWith("ey")) {
      s = s.substring(0, s.length() - 2) + "ei";
    }
    s = DOUBLE.matcher(s).replaceAll("$1");
    return s;
  }
}
