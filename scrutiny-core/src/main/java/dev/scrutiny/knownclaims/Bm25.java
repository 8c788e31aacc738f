package dev.scrutiny.knownclaims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over an in-memory collection (k1 = 1.2, b = 0.75 by default): an inverted index of term
 * frequencies, scored term at a time. Immutable after construction; thread-safe.
 */
public final class Bm25 implements Ranker {

  private final float k1;
  private final float b;
  private final Map<String, int[][]> postings; // term -> {doc ids, term frequencies}
  private final int[] lengths;
  private final float averageLength;

  public Bm25(List<String> documents) {
    this(documents, 1.2f, 0.75f);
  }

  public Bm25(List<String> documents, float k1, float b) {
    this.k1 = k1;
    this.b = b;
    this.lengths = new int[documents.size()];
    Map<String, List<int[]>> build = new HashMap<>();
    long total = 0;
    for (int d = 0; d < documents.size(); d++) {
      List<String> terms = Analyzer.terms(documents.get(d));
      lengths[d] = terms.size();
      total += terms.size();
      Map<String, Integer> tf = new HashMap<>();
      for (String t : terms) {
        tf.merge(t, 1, Integer::sum);
      }
      int doc = d;
      tf.forEach((t, f) -> build.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {doc, f}));
    }
    this.averageLength = documents.isEmpty() ? 1 : Math.max(1, total / (float) documents.size());
    this.postings = new HashMap<>(build.size() * 2);
    build.forEach((t, list) -> {
      int[][] p = new int[2][list.size()];
      for (int i = 0; i < list.size(); i++) {
        p[0][i] = list.get(i)[0];
        p[1][i] = list.get(i)[1];
      }
      postings.put(t, p);
    });
  }

  /**
   * The score of an average-length claim holding every statement term once: the sum of the terms' IDF,
   * a word no claim holds counting as one held by a single claim.
   */
  @Override
  public float ceiling(String statement) {
    float c = 0;
    int n = lengths.length;
    for (String t : new java.util.HashSet<>(Analyzer.terms(statement))) {
      int[][] p = postings.get(t);
      int df = p == null ? 1 : p[0].length;
      c += (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    return c;
  }

  @Override
  public float[] scores(String statement) {
    float[] s = new float[lengths.length];
    Map<String, Integer> query = new HashMap<>();
    for (String t : Analyzer.terms(statement)) {
      query.merge(t, 1, Integer::sum);
    }
    int n = lengths.length;
    for (String t : query.keySet()) {
      int[][] p = postings.get(t);
      if (p == null) {
        continue;
      }
      int df = p[0].length;
      float idf = (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (int i = 0; i < df; i++) {
        int d = p[0][i];
        int f = p[1][i];
        s[d] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * lengths[d] / averageLength));
      }
    }
    return s;
  }
}
