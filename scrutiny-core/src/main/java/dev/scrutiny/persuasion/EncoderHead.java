package dev.scrutiny.persuasion;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A logistic classifier per label on the vector of a sentence encoder fine-tuned together with it (the technique
 * classifier trained by {@code tools/finetune/techniques.py}), mixed into a text model's probabilities: a label's
 * probability is {@code (1 - share) * text + share * sigmoid(bias + weights · vector)}. The model that carries it
 * keeps its text features for explanations and highlights; the decision thresholds apply to the mix.
 *
 * <p>With a gate ({@code encodeFrom} above 0) a line is encoded only where the text model gives some label at least
 * that probability ({@link #encodes}); elsewhere its probabilities are the text model's own. The encoder is the costly
 * part, and a line the text model finds nothing in rarely gains a label from the classifier.
 *
 * @param encoderId  the id of the encoder whose vectors the classifier reads (installed through {@code ServiceLoader})
 * @param share      the classifier's share of the probability, in [0, 1]
 * @param weights    one row of {@code dimension} weights per label of the model, in its label order
 * @param bias       one bias per label
 * @param encodeFrom the text model's highest label probability from which a line is encoded, in [0, 1); 0 encodes
 *                   every line
 */
record EncoderHead(String encoderId, double share, float[][] weights, float[] bias, double encodeFrom) {

  EncoderHead {
    Objects.requireNonNull(encoderId, "encoderId");
    if (encoderId.isBlank()) {
      throw new IllegalArgumentException("expected an encoder id, got a blank one");
    }
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("expected the classifier's share in [0, 1], got " + share);
    }
    if (!(encodeFrom >= 0 && encodeFrom < 1)) {
      throw new IllegalArgumentException("expected the gate of the classifier in [0, 1), got " + encodeFrom);
    }
    if (weights.length != bias.length || weights.length == 0) {
      throw new IllegalArgumentException("expected one weight row and bias per label, got " + weights.length + " rows and "
          + bias.length + " biases");
    }
    int dimension = weights[0].length;
    for (float[] row : weights) {
      if (row.length != dimension || dimension == 0) {
        throw new IllegalArgumentException("expected " + dimension + " weights in every row, got " + row.length);
      }
    }
    weights = Arrays.stream(weights).map(float[]::clone).toArray(float[][]::new);
    bias = bias.clone();
  }

  /** A classifier that reads every line's vector. */
  EncoderHead(String encoderId, double share, float[][] weights, float[] bias) {
    this(encoderId, share, weights, bias, 0);
  }

  /** The encoder's vector length. */
  int dimension() {
    return weights[0].length;
  }

  /** The same classifier with another share. */
  EncoderHead withShare(double newShare) {
    return new EncoderHead(encoderId, newShare, weights, bias, encodeFrom);
  }

  /** The same classifier with another gate (0: every line encoded). */
  EncoderHead withGate(double newEncodeFrom) {
    return new EncoderHead(encoderId, share, weights, bias, newEncodeFrom);
  }

  /** Whether a line whose text-model probabilities are {@code text} is encoded and mixed (else {@code text} stands). */
  boolean encodes(double[] text) {
    return gated(text, encodeFrom);
  }

  /** Whether some label of {@code text} reaches {@code encodeFrom} (always, for 0). */
  static boolean gated(double[] text, double encodeFrom) {
    if (encodeFrom <= 0) {
      return true;
    }
    for (double p : text) {
      if (p >= encodeFrom) {
        return true;
      }
    }
    return false;
  }

  /** The classifier's own probability of each label for {@code vector}. */
  double[] probabilities(float[] vector) {
    if (vector.length != dimension()) {
      throw new IllegalArgumentException("expected a vector of " + dimension() + " values from encoder " + encoderId
          + ", got " + vector.length);
    }
    double[] out = new double[weights.length];
    for (int l = 0; l < weights.length; l++) {
      double z = bias[l];
      for (int i = 0; i < vector.length; i++) {
        z += weights[l][i] * vector[i];
      }
      out[l] = LinearModel.sigmoid(z);
    }
    return out;
  }

  /** {@code text} (the text model's probabilities) mixed with the classifier's for {@code vector}; a new array. */
  double[] mix(double[] text, float[] vector) {
    return mix(text, probabilities(vector), share);
  }

  /** {@code (1 - share) * text + share * head}, label by label; a new array. */
  static double[] mix(double[] text, double[] head, double share) {
    if (text.length != head.length) {
      throw new IllegalArgumentException("expected as many probabilities from both models, got " + text.length + " and "
          + head.length);
    }
    double[] out = new double[text.length];
    for (int l = 0; l < out.length; l++) {
      out[l] = (1 - share) * text[l] + share * head[l];
    }
    return out;
  }

  /** Writes the classifier, and its gate where {@code gated} (model version 7). */
  void write(DataOutputStream out, boolean gated) throws IOException {
    out.writeUTF(encoderId);
    out.writeDouble(share);
    out.writeInt(weights.length);
    out.writeInt(dimension());
    for (int l = 0; l < weights.length; l++) {
      out.writeFloat(bias[l]);
      for (float w : weights[l]) {
        out.writeFloat(w);
      }
    }
    if (gated) {
      out.writeDouble(encodeFrom);
    }
  }

  /**
   * Reads a classifier written by {@link #write}; {@code gated} when a gate follows it (model version 7), else it
   * encodes every line.
   */
  static EncoderHead read(DataInputStream in, int labels, boolean gated) throws IOException {
    String id = in.readUTF();
    double share = in.readDouble();
    int rows = in.readInt();
    int dimension = in.readInt();
    if (rows != labels || dimension <= 0 || dimension > 1 << 16) {
      throw new IOException("expected an encoder classifier of " + labels + " rows, got " + rows + " rows of "
          + dimension);
    }
    float[][] weights = new float[rows][dimension];
    float[] bias = new float[rows];
    for (int l = 0; l < rows; l++) {
      bias[l] = in.readFloat();
      for (int i = 0; i < dimension; i++) {
        weights[l][i] = in.readFloat();
      }
    }
    double encodeFrom = gated ? in.readDouble() : 0;
    try {
      return new EncoderHead(id, share, weights, bias, encodeFrom);
    } catch (IllegalArgumentException e) {
      throw new IOException("model holds an invalid encoder classifier: " + e.getMessage(), e);
    }
  }
}
