package dev.scrutiny.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised keys place names are matched on ({@link #key}), and the region words that make a name a
 * region name ("Kursk Oblast", "Kharkov region"). Shared by the gazetteer, its builder, the naming
 * conventions and the place analyzer. Stateless.
 */
final class PlaceNames {

  private PlaceNames() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROP = Pattern.compile("[\\u2019\\u2018'`\\u02BC\\u02B9\\u201C\\u201D\"]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\-\\u2010-\\u2015_.,;:()/]+");
  /** Trailing words that make a name a region name: "Kursk Oblast", "Kharkov region". */
  private static final Set<String> REGION_WORDS =
      Set.of("oblast", "oblasti", "region", "province", "krai", "kray", "governorate", "voivodeship", "republic");

  /**
   * The normalised form names are matched on: Unicode NFD without combining marks, lower case, without
   * apostrophes and quotes, with hyphens, dots and runs of white space folded to one space, trimmed.
   */
  static String key(String name) {
    if (plainAscii(name)) {
      return name.toLowerCase(Locale.ROOT);
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = DROP.matcher(s).replaceAll("");
    s = SPACE.matcher(s).replaceAll(" ").strip();
    return s;
  }

  /** Letters and single inner spaces only: the key is just the lower-cased name. */
  private static boolean plainAscii(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    char prev = 'x';
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c == ' ' && prev != ' ')) {
        return false;
      }
      prev = c;
    }
    return true;
  }

  /** Whether a key ends in a region word ("oblast", "region", "province", "krai", …). */
  static boolean hasRegionSuffix(String key) {
    return !regionStem(key).equals(key);
  }

  /** The key without a trailing region word, or the key itself. */
  static String regionStem(String key) {
    int sp = key.lastIndexOf(' ');
    return sp > 0 && REGION_WORDS.contains(key.substring(sp + 1)) ? key.substring(0, sp) : key;
  }
}
