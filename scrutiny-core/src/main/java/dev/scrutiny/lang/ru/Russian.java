package dev.scrutiny.lang.ru;

import dev.scrutiny.lang.Abbreviations;
import dev.scrutiny.lang.WordTables;
import java.util.Set;

/** The Russian word tables of {@code lang/ru/}, read once on first use. Immutable and thread-safe. */
public final class Russian {

  private static final Abbreviations ABBREVIATIONS = WordTables.abbreviations("ru");
  private static final Set<String> SENTENCE_OPENERS = WordTables.words("ru", "sentence-openers.tsv");

  private Russian() {}

  /** Abbreviations written with a full stop ({@code ул.}, {@code млн.}). */
  public static Abbreviations abbreviations() {
    return ABBREVIATIONS;
  }

  /** Capitalised words that usually open a sentence, Russian and Ukrainian ({@code В}, {@code Однако}, {@code Також}). */
  public static Set<String> sentenceOpeners() {
    return SENTENCE_OPENERS;
  }
}
