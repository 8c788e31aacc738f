package dev.scrutiny.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/** The ISO 639 language codes Java knows (two-letter, and their three-letter forms). */
final class Languages {

  private static final Set<String> KNOWN = build();

  private Languages() {}

  static boolean known(String code) {
    return KNOWN.contains(code);
  }

  private static Set<String> build() {
    Set<String> out = new HashSet<>();
    for (String two : Locale.getISOLanguages()) {
      out.add(two);
      try {
        out.add(Locale.of(two).getISO3Language());
      } catch (MissingResourceException e) {
        // no three-letter form
      }
    }
    return Set.copyOf(out);
  }
}
