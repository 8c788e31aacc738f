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
 * encoder's vector of the statement. The model's score mixes this probability with the hashed-word model's: by
 * default their mean (the combination cross-validation found best for a frozen encoder); with an encoder fine-tuned
 * for check-worthiness, the {@link #share()} chosen when its model was built (0.75 as shipped). Names its encoder by
 * {@link SentenceEncoder#id()}; scoring needs that encoder bound ({@link #bind}). Immutable and thread-safe.
 */
final class CheckWorthinessVectors {

  /** The default share of the vector model in the score: the mean of the two probabilities. */
  static final double HALF = 0.5;

  private final String encoderId;
  private final double[] weights;
  private final double bias;
  private final double share;
  private final @Nullable SentenceEncoder encoder;

  CheckWorthinessVectors(String encoderId, double[] weights, double bias, @Nullable SentenceEncoder encoder) {
    this(encoderId, weights, bias, HALF, encoder);
  }

  /** Weights scoring with {@code share} of the score (0 to 1; the rest is the hashed-word model's). */
  CheckWorthinessVectors(String encoderId, double[] weights, double bias, double share,
      @Nullable SentenceEncoder encoder) {
    if (encoderId.isBlank() || weights.length == 0) {
      throw new IllegalArgumentException("expected an encoder id and weights, got '" + encoderId + "', "
          + weights.length + " weights");
    }
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("the vector model's share of the score must lie in [0, 1], got " + share);
    }
    this.encoderId = encoderId;
    this.weights = weights;
    this.bias = bias;
    this.share = share;
    this.encoder = encoder == null ? null : checked(encoder);
  }

  /** The vector model's share of the score; the hashed-word model has the rest. */
  double share() {
    return share;
  }

  /** The model's score: {@code words} (the hashed-word model's probability) mixed with this one's for {@code text}. */
  double mix(double words, String text) {
    return share == 0 ? words : (1 - share) * words + share * probability(text);
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
    return new CheckWorthinessVectors(encoderId, weights, bias, share, Objects.requireNonNull(e, "encoder"));
  }

  /** Encodes {@code texts} in one call when the encoder caches them and the score reads them; else nothing. */
  void prefetch(List<String> texts) {
    if (share != 0 && encoder instanceof dev.scrutiny.text.CachingEncoder) {
      encoder.encode(texts);
    }
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
    if (share != HALF) {
      d.writeDouble(share); // CheckWorthiness writes the magic that says so
    }
  }

  /**
   * Reads what {@link #write} wrote ({@code withShare}: the share follows the bias, else the mean of both), binding
   * {@code given} or else the installed encoder of that id; throws naming the encoder when neither is there.
   */
  static CheckWorthinessVectors read(DataInputStream d, @Nullable SentenceEncoder given, boolean withShare)
      throws IOException {
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
    double share = withShare ? d.readDouble() : HALF;
    SentenceEncoder e = given != null ? given : SentenceEncoder.installed(id).orElseThrow(() -> new IOException(
        "the check-worthiness model needs sentence encoder " + id + " (" + dim + " dimensions), which is not "
            + "installed: put scrutiny-encoder on the class path"));
    try {
      return new CheckWorthinessVectors(id, w, bias, share, e);
    } catch (IllegalArgumentException ex) {
      throw new IOException(ex.getMessage(), ex);
    }
  }
}
