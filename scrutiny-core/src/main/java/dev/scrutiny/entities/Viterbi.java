package dev.scrutiny.entities;

/** First-order Viterbi decoding over {@link NerLabels}, honouring the allowed BILOU transitions. */
final class Viterbi {

  private Viterbi() {}

  /**
   * The best label sequence.
   *
   * @param emission {@code n * L} per-token label scores
   * @param trans    {@code (L + 1) * L} transition scores; row {@code L} is the sentence start
   */
  static int[] decode(float[] emission, float[] trans, int n) {
    final int L = NerLabels.COUNT;
    int[] y = new int[n];
    if (n == 0) {
      return y;
    }
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    for (int c = 0; c < L; c++) {
      score[c] = NerLabels.ALLOWED[L * L + c] ? emission[c] + trans[L * L + c] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int base = i * L;
      int prevBase = base - L;
      for (int c = 0; c < L; c++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < L; p++) {
          if (!NerLabels.ALLOWED[p * L + c]) {
            continue;
          }
          float s = score[prevBase + p] + trans[p * L + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[base + c] = best + emission[base + c];
        back[base + c] = arg;
      }
    }
    float best = Float.NEGATIVE_INFINITY;
    int arg = 0;
    int last = (n - 1) * L;
    for (int c = 0; c < L; c++) {
      if (NerLabels.FINAL[c] && score[last + c] > best) {
        best = score[last + c];
        arg = c;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      y[i] = arg;
      arg = back[i * L + arg];
    }
    return y;
  }
}
