package dev.scrutiny.claims;

import dev.scrutiny.text.SentenceEncoder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The second half of a check-worthiness model trained with a sentence encoder: a logistic regression on the
 * encoder's vector of the statement. The model's score is the mean of this probability and the hashed-word
 * model's (the combination cross-validation found best). Names its encoder by {@link SentenceEncoder#id()};
 * scoring needs that encoder bound ({@link #bind}). Immutable and thread-safe.
 */
final class CheckWorthinessVectors {

  private final String encoderId;
  private final double[] weights;
  private final double bias;
  private final @Nullable SentenceEncoder encoder;

  CheckWorthinessVectors(String encoderId, double[] weights, double bias, @Nullable SentenceEncoder encoder) {
    if (encoderId.isBlank() || weights.length == 0) {
      throw new IllegalArgumentException("expected an encoder id and weights, got '" + encoderId + "', "
          + weights.length + " weights");
    }
    this.encoderId = encoderId;
    this.weights = weights;
    this.bias = bias;
    this.encoder = encoder == null ? null : checked(encoder);
  }

  private SentenceEncoder checked(SentenceEncoder e) {
    if (!e.id().equals(encoderId) || e.dimension() != weights.length) {
      throw new IllegalArgumentException("the check-worthiness model was trained with sentence encoder " + describe()
          + ", got " + e.id() + " (" + e.dimension() + " dimensions)");
    }
    return e;
  }

  /** The encoder's id and dimension, as messages name it. */
  String describe() {
    return encoderId + " (" + weights.length + " dimensions)";
  }

  String encoderId() {
    return encoderId;
  }

  /** The same weights scoring with {@code e}, which must be the encoder they were trained with. */
  CheckWorthinessVectors bind(SentenceEncoder e) {
    return new CheckWorthinessVectors(encoderId, weights, bias, Objects.requireNonNull(e, "encoder"));
  }

  /** Probability that {@code text} is worth checking, from its vector alone. */
  double probability(String text) {
    if (encoder == null) {
      throw new IllegalStateException("the check-worthiness model needs sentence encoder " + describe()
          + ", none given");
    }
    return probability(encoder.encode(List.of(text))[0]);
  }

  /** Probability from a vector of the encoder. */
  double probability(float[] vector) {
    double m = bias;
    for (int j = 0; j < weights.length; j++) {
      m += weights[j] * vector[j];
    }
    return CheckWorthiness.sigmoid(m);
  }

  void write(DataOutputStream d) throws IOException {
    d.writeUTF(encoderId);
    d.writeInt(weights.length);
    for (double w : weights) {
      d.writeDouble(w);
    }
    d.writeDouble(bias);
  }

  /**
   * Reads what {@link #write} wrote, binding {@code given} or else the installed encoder of that id; throws
   * naming the encoder when neither is there.
   */
  static CheckWorthinessVectors read(DataInputStream d, @Nullable SentenceEncoder given) throws IOException {
    String id = d.readUTF();
    int dim = d.readInt();
    if (dim < 1 || dim > 1 << 16) {
      throw new IOException("check-worthiness model has implausible encoder dimension " + dim);
    }
    double[] w = new double[dim];
    for (int j = 0; j < dim; j++) {
      w[j] = d.readDouble();
    }
    double bias = d.readDouble();
    SentenceEncoder e = given != null ? given : SentenceEncoder.installed(id).orElseThrow(() -> new IOException(
        "the check-worthiness model needs sentence encoder " + id + " (" + dim + " dimensions), which is not "
            + "installed: put scrutiny-encoder on the class path"));
    try {
      return new CheckWorthinessVectors(id, w, bias, e);
    } catch (IllegalArgumentException ex) {
      throw new IOException(ex.getMessage(), ex);
    }
  }
}
