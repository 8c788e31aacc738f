package dev.scrutiny.corpus;

/**
 * Aggregates for one outlet (the articles' {@code source}; {@code (unknown)} when none).
 *
 * @param techniques    persuasion technique spans in its articles
 * @param loadedCues    statements reported with a loaded cue ("claimed", "admitted")
 * @param statements    attributed statements and assertions
 */
public record OutletSummary(String source, long articles, long words, long techniques, long checks,
                            long statements, long loadedCues) {

  /** Techniques per 1,000 words. */
  public double techniquesPerThousandWords() {
    return words == 0 ? 0 : techniques * 1000.0 / words;
  }
}
