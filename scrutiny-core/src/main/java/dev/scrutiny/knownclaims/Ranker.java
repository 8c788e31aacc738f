package dev.scrutiny.knownclaims;

/** Scores every checked claim of a collection against one statement; higher is more similar. */
@FunctionalInterface
public interface Ranker {

  /** One score per claim, in collection order. */
  float[] scores(String statement);
}
