package dev.scrutiny.text;

import java.util.Objects;

/**
 * The language an article is most likely written in, as found by {@link LanguageIdentifier}.
 *
 * @param code       ISO 639-1 code ({@code en}, {@code ru}, {@code uk}); the ISO 639-3 code where the
 *                   language has no two-letter code ({@code ceb})
 * @param confidence how clearly the best language beat the runner-up, in {@code [0.5, 1]}: the best
 *                   model probability divided by the sum of the best two (0.5 is a tie); 1 when the
 *                   spelling decided between Russian and Ukrainian
 */
public record LanguageGuess(String code, double confidence) {

  public LanguageGuess {
    Objects.requireNonNull(code, "code");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
    }
  }
}
