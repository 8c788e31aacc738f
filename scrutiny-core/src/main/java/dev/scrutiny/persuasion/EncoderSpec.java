package dev.scrutiny.persuasion;

import dev.scrutiny.text.SentenceEncoder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sentence encoder a model was trained with, stored in its file: the encoder's {@link SentenceEncoder#id()},
 * the length of its vectors and the weight of their features. The features ({@code e <i>}, hashed with the
 * others) are the mean of some texts' unit vectors, renormalised, times the weight: one paragraph's vector for
 * techniques, the mean of the article's paragraphs for frames.
 *
 * @param id        the encoder's id ("all-minilm-l6-v2-q")
 * @param dimension the length of its vectors
 * @param weight    the features' weight
 */
record EncoderSpec(String id, int dimension, double weight) {

  EncoderSpec {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || dimension < 1 || !(weight > 0)) {
      throw new IllegalArgumentException("expected an encoder id, a positive dimension and weight, got '" + id
          + "', " + dimension + ", " + weight);
    }
  }

  /** {@code encoder}, when it is the one this spec names; otherwise an exception naming both. */
  SentenceEncoder check(SentenceEncoder encoder, String model) {
    if (!encoder.id().equals(id) || encoder.dimension() != dimension) {
      throw new IllegalArgumentException(model + " was trained with sentence encoder " + this + ", got "
          + encoder.id() + " (" + encoder.dimension() + " dimensions)");
    }
    return encoder;
  }

  /** Adds the encoder features of {@code vectors} (their renormalised mean) to {@code named}; none when all are zero. */
  void add(Map<String, Double> named, List<float[]> vectors) {
    double[] mean = new double[dimension];
    for (float[] v : vectors) {
      if (v.length != dimension) {
        throw new IllegalArgumentException("expected vectors of " + dimension + " dimensions from " + id + ", got "
            + v.length);
      }
      for (int i = 0; i < mean.length; i++) {
        mean[i] += v[i];
      }
    }
    double norm = 0;
    for (double m : mean) {
      norm += m * m;
    }
    if (norm == 0) {
      return;
    }
    double f = weight / Math.sqrt(norm);
    for (int i = 0; i < mean.length; i++) {
      named.put("e " + i, mean[i] * f);
    }
  }

  @Override
  public String toString() {
    return id + " (" + dimension + " dimensions)";
  }
}
