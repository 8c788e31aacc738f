package dev.scrutiny.knownclaims;

/** Scores every checked claim of a collection against one statement; higher is more similar. */
@FunctionalInterface
public interface Ranker {

  /** One score per claim, in collection order. */
  float[] scores(String statement);

  /**
   * The best score any claim could reach for this statement, so that scores can be read as a share of it
   * (1 for rankers whose scores already lie in [0, 1], such as cosines).
   */
  default float ceiling(String statement) {
    return 1f;
  }
}
