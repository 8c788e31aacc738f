package dev.scrutiny.markers;

import java.util.regex.Pattern;

/** Whose words a quotation or statement gives, judged from names and institutions around it. */
public enum SourceSide {
  RUSSIAN, UKRAINIAN, OTHER;

  private static final Pattern RUSSIAN_CUES = Pattern.compile(
      "\\b(Kremlin|Moscow|Russian|Russia's|Putin|Peskov|Lavrov|Zakharova|Shoigu|Gerasimov|Medvedev|Belousov|"
          + "Konashenkov|Nebenzya|Patrushev|Kadyrov|TASS|RIA)\\b");
  private static final Pattern UKRAINIAN_CUES = Pattern.compile(
      "\\b(Kyiv|Kiev|Ukrainian|Ukraine's|Zelensky|Zelenskyy|Zelenskiy|Kuleba|Sybiha|Zaluzhny|Syrskyi|Podolyak|"
          + "Podoliak|Yermak|Budanov|Reznikov|Umerov|Ukrinform)\\b");

  /**
   * The side named in {@code text} (a speaker's name and role, or the words around a quotation):
   * {@link #OTHER} when it names neither side or both.
   */
  public static SourceSide of(CharSequence text) {
    boolean ru = RUSSIAN_CUES.matcher(text).find();
    boolean ua = UKRAINIAN_CUES.matcher(text).find();
    return ru == ua ? OTHER : ru ? RUSSIAN : UKRAINIAN;
  }
}
