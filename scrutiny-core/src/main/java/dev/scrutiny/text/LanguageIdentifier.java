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

  /** The ISO 639-1 code of the most likely language of {@code text}, or {@code null} when unknown. */
  public static @Nullable String languageOf(String text) {
    return identify(text).map(LanguageGuess::code).orElse(null);
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
