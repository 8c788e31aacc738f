package dev.scrutiny.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.jspecify.annotations.Nullable;

/**
 * Identifies the language of an article with OpenNLP's language-detection model
 * ({@code langdetect-183.bin} from {@code opennlp-models-langdetect} 1.3.0: character n-grams, 103
 * languages), returning ISO 639-1 codes.
 *
 * <pre>{@code
 * Optional<LanguageGuess> g = LanguageIdentifier.identify("Російські війська вночі обстріляли Харків.");
 * String code = LanguageIdentifier.languageOf(article.text()); // "uk", or null when unsure
 * }</pre>
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Text with fewer than {@value #MIN_LETTERS} letters, or where the best language does not beat the
 *       runner-up clearly (confidence below {@value #MIN_CONFIDENCE}), is unknown: empty / {@code null}.</li>
 *   <li>Only the first {@value #SAMPLE_CHARS} characters are read, so long articles cost the same.</li>
 *   <li>Russian and Ukrainian, which the model often mixes up on short news text, are separated by
 *       spelling when the text is mostly Cyrillic: letters only Ukrainian has ({@code і ї є ґ}) against
 *       letters only Russian has ({@code ы э ё}); when both or neither appear, or letters of other Cyrillic
 *       alphabets do ({@code ў ә ј}…), the model decides.</li>
 *   <li>{@link #languageOf} calls text that is plainly English by its function words English without the
 *       model (see {@link #plainlyEnglish}; on the training data it never disagrees with the model where it
 *       decides), so a run on English articles need not load the model at all; {@link #identify} always asks
 *       the model, for its confidence.</li>
 *   <li>The model (10.6 MB) is loaded once, on first use, thread-safely, from the compact form the build
 *       derives from it ({@link LanguageModelTables}); all methods are thread-safe.
 *       A missing model is an environment failure and throws {@link IllegalStateException}.</li>
 * </ul>
 */
public final class LanguageIdentifier {

  /** Classpath location of the OpenNLP model, at the root of the opennlp-models-langdetect jar. */
  public static final String MODEL_RESOURCE = "/langdetect-183.bin";
  /** Fewer letters than this and the language is unknown. */
  public static final int MIN_LETTERS = 20;
  /** Below this confidence the language is unknown. */
  public static final double MIN_CONFIDENCE = 0.6;
  /** Characters read from the start of the text. */
  public static final int SAMPLE_CHARS = 3000;

  private LanguageIdentifier() {}

  /** The most likely language of {@code text}, or empty when the text is too short or unclear. */
  public static Optional<LanguageGuess> identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int letters = 0;
    int cyrillic = 0;
    int ukrainian = 0;
    int russian = 0;
    int other = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c >= '\u0400' && c <= '\u04FF') {
        cyrillic++;
        char l = Character.toLowerCase(c);
        switch (l) {
          case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
          case 'ы', 'э', 'ё' -> russian++;
          default -> {
            if (l < 'а' || l > 'я') {
              other++; // ў, ә, ј, љ…: Belarusian, Kazakh, Serbian and others, which the model knows
            }
          }
        }
      }
    }
    if (letters < MIN_LETTERS) {
      return Optional.empty();
    }
    if (cyrillic * 2 > letters && other == 0) {
      if (ukrainian > 0 && russian == 0) {
        return Optional.of(new LanguageGuess("uk", 1.0));
      }
      if (russian > 0 && ukrainian == 0) {
        return Optional.of(new LanguageGuess("ru", 1.0));
      }
    }
    Language[] ranked = new LanguageDetectorME(Model.MODEL).predictLanguages(sample);
    if (ranked.length == 0) {
      return Optional.empty();
    }
    Arrays.sort(ranked, Comparator.comparingDouble(Language::getConfidence).reversed());
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    double confidence = best + second > 0 ? best / (best + second) : 0;
    if (confidence < MIN_CONFIDENCE) {
      return Optional.empty();
    }
    return Optional.of(new LanguageGuess(toIso6391(ranked[0].getLang()), confidence));
  }

  /**
   * The ISO 639-1 code of the most likely language of {@code text}, or {@code null} when unknown. Text that is
   * plainly English by its function words ({@link #plainlyEnglish}) is English without the model being loaded.
   */
  public static @Nullable String languageOf(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (plainlyEnglish(sample)) {
      return "en";
    }
    return identify(text).map(LanguageGuess::code).orElse(null);
  }

  /** Fewer words than this and {@link #plainlyEnglish} leaves the text to the model. */
  static final int PLAIN_MIN_WORDS = 20;
  /** Fewer distinct English function words than this and the text is left to the model. */
  static final int PLAIN_MIN_DISTINCT = 6;
  /** The share of words that must be English function words, in hundredths. */
  static final int PLAIN_MIN_PERCENT = 15;

  /**
   * English function words that are not words of the other languages of the news this reads (so no "in",
   * "a", "to", "on", "by", "was", "will", "is", "are", "for", "also"): they make up a sixth or more of
   * English running text and next to none of French, German, Italian, Polish or Russian.
   */
  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of("the", "and", "of", "that",
      "with", "which", "were", "have", "been", "this", "from", "their", "would", "they", "not", "said", "it", "its",
      "there", "these", "who", "had", "after", "about");

  /**
   * Whether {@code sample} is plainly English, decided without the model: at least {@value #MIN_LETTERS}
   * letters, at most one in fifty of them outside ASCII, at least {@value #PLAIN_MIN_WORDS} words (runs of
   * ASCII letters), of which at least {@value #PLAIN_MIN_PERCENT}% are {@link #ENGLISH_FUNCTION_WORDS} with at
   * least {@value #PLAIN_MIN_DISTINCT} distinct ones. The thresholds were chosen on half of the SemEval-2023
   * articles (six languages) and the English press releases of the training data, cut into whole texts,
   * titles, first sentences, leading characters and paragraphs, as the least that never disagreed with the
   * model there; on the other half too it never disagreed (it decided 43% of the samples the model calls
   * English, nearly every whole article). Where it does not decide, the model does.
   */
  static boolean plainlyEnglish(String sample) {
    int letters = 0;
    int nonAscii = 0;
    int words = 0;
    int hits = 0;
    java.util.Set<String> distinct = null;
    int n = sample.length();
    int i = 0;
    while (i < n) {
      char c = sample.charAt(i);
      if (isAsciiLetter(c)) {
        int start = i;
        while (i < n && isAsciiLetter(sample.charAt(i))) {
          i++;
        }
        letters += i - start;
        words++;
        int len = i - start;
        if (len <= 5) { // the longest function word has five letters
          String w = sample.substring(start, i).toLowerCase(Locale.ROOT);
          if (ENGLISH_FUNCTION_WORDS.contains(w)) {
            hits++;
            if (distinct == null) {
              distinct = new java.util.HashSet<>();
            }
            distinct.add(w);
          }
        }
        continue;
      }
      if (Character.isLetter(c)) {
        letters++;
        nonAscii++;
      }
      i++;
    }
    return letters >= MIN_LETTERS && nonAscii * 50 <= letters && words >= PLAIN_MIN_WORDS
        && distinct != null && distinct.size() >= PLAIN_MIN_DISTINCT && hits * 100 >= PLAIN_MIN_PERCENT * words;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The ISO 639-1 code for an ISO 639-3 code as the model writes it ({@code eng} → {@code en},
   * {@code ukr} → {@code uk}, {@code cmn} → {@code zh}); codes without a two-letter form come back as
   * given.
   */
  public static String toIso6391(String iso6393) {
    String two = Codes.THREE_TO_TWO.get(iso6393);
    return two != null ? two : iso6393;
  }

  private static final class Codes {
    static final Map<String, String> THREE_TO_TWO = build();

    private static Map<String, String> build() {
      Map<String, String> m = new HashMap<>();
      for (String two : Locale.getISOLanguages()) {
        try {
          m.put(Locale.of(two).getISO3Language(), two);
        } catch (java.util.MissingResourceException e) {
          // a two-letter code with no three-letter form: nothing to map
        }
      }
      // the model names individual languages where ISO 639-1 names the macrolanguage
      m.put("cmn", "zh");
      m.put("pes", "fa");
      m.put("lvs", "lv");
      m.put("ekk", "et");
      m.put("nob", "nb");
      m.put("nno", "nn");
      m.put("plt", "mg");
      m.put("pnb", "pa");
      m.put("zsm", "ms");
      m.put("swh", "sw");
      m.put("uzn", "uz");
      m.put("azj", "az");
      m.put("khk", "mn");
      m.put("arb", "ar");
      return Map.copyOf(m);
    }
  }

  static final class Model {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      // the compact form the build derives from the model (see LanguageModelTables), else the model itself
      try (InputStream tables = LanguageIdentifier.class.getResourceAsStream(LanguageModelTables.RESOURCE)) {
        if (tables != null) {
          return LanguageModelTables.read(tables.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language model tables " + LanguageModelTables.RESOURCE, e);
      }
      return original();
    }

    static LanguageDetectorModel original() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL_RESOURCE
              + " is not on the classpath; it ships in org.apache.opennlp:opennlp-models-langdetect:1.3.0");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
      }
    }
  }
}
