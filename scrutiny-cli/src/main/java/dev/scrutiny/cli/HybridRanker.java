package dev.scrutiny.cli;

import dev.scrutiny.knownclaims.Ranker;

/**
 * Combines a lexical and a semantic ranker: BM25 scores divided by the query's best BM25 score (so both
 * lie in [0, 1]), mixed with the encoder's cosine: {@code (1 - w) · bm25 / max + w · cosine}.
 */
final class HybridRanker implements Ranker {

  private final Ranker lexical;
  private final Ranker semantic;
  private final float weight;

  HybridRanker(Ranker lexical, Ranker semantic, float weight) {
    this.lexical = lexical;
    this.semantic = semantic;
    this.weight = weight;
  }

  @Override
  public float[] scores(String statement) {
    float[] l = lexical.scores(statement);
    float[] s = semantic.scores(statement);
    float max = 0;
    for (float x : l) {
      max = Math.max(max, x);
    }
    float[] out = new float[l.length];
    for (int i = 0; i < l.length; i++) {
      // a small floor keeps claims with no shared word but a close meaning in the ranking
      out[i] = (1 - weight) * (max > 0 ? l[i] / max : 0) + weight * s[i] + 1e-3f;
    }
    return out;
  }
}
