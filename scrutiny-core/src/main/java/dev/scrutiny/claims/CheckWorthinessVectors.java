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
 *
 * <p>A model may read the encoder only where the hashed-word model is unsure: {@link #band()} is the range of the
 * hashed-word probability inside which the text is encoded and the two probabilities mixed; outside it the score is
 * the hashed-word probability alone. Encoding is most of the cost of a score, and the band chosen on validation
 * sentences (0.15 to 0.70 as shipped) keeps nearly all of the encoder's gain while encoding about a third of them.
 */
final class CheckWorthinessVectors {

  /** The default share of the vector model in the score: the mean of the two probabilities. */
  static final double HALF = 0.5;

  private final String encoderId;
  private final double[] weights;
  private final double bias;
  private final double share;
  private final Band band;
  private final @Nullable SentenceEncoder encoder;

  /**
   * The range of the hashed-word model's probability inside which a text is encoded (both ends included);
   * {@link #ALL} encodes every text.
   */
  record Band(double low, double high) {
    /** Every text is encoded. */
    static final Band ALL = new Band(0, 1);

    Band {
      if (!(low >= 0 && low <= high && high <= 1)) {
        throw new IllegalArgumentException("expected 0 <= low <= high <= 1 for the band of the hashed-word "
            + "probability where the encoder is read, got " + low + " to " + high);
      }
    }

    /** Whether a text whose hashed-word probability is {@code words} is encoded. */
    boolean contains(double words) {
      return words >= low && words <= high;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.2f:%.2f", low, high);
    }
  }

  CheckWorthinessVectors(String encoderId, double[] weights, double bias, @Nullable SentenceEncoder encoder) {
    this(encoderId, weights, bias, HALF, encoder);
  }

  /** Weights scoring with {@code share} of the score (0 to 1; the rest is the hashed-word model's). */
  CheckWorthinessVectors(String encoderId, double[] weights, double bias, double share,
      @Nullable SentenceEncoder encoder) {
    this(encoderId, weights, bias, share, Band.ALL, encoder);
  }

  /** As the constructor above, reading the encoder only for texts whose hashed-word probability lies in {@code band}. */
  CheckWorthinessVectors(String encoderId, double[] weights, double bias, double share, Band band,
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
    this.band = Objects.requireNonNull(band, "band");
    this.encoder = encoder == null ? null : checked(encoder);
  }

  /** The vector model's share of the score; the hashed-word model has the rest. */
  double share() {
    return share;
  }

  /** The range of the hashed-word probability inside which texts are encoded. */
  Band band() {
    return band;
  }

  /** Whether scoring a text whose hashed-word probability is {@code words} reads the encoder. */
  boolean encodes(double words) {
    return share != 0 && band.contains(words);
  }

  /**
   * The model's score: {@code words} (the hashed-word model's probability) mixed with this one's for {@code text};
   * {@code words} alone outside the {@link #band()}.
   */
  double mix(double words, String text) {
    return encodes(words) ? (1 - share) * words + share * probability(text) : words;
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
    return new CheckWorthinessVectors(encoderId, weights, bias, share, band, Objects.requireNonNull(e, "encoder"));
  }

  /** The same weights and encoder, encoding only texts whose hashed-word probability lies in {@code b}. */
  CheckWorthinessVectors withBand(Band b) {
    return new CheckWorthinessVectors(encoderId, weights, bias, share, b, encoder);
  }

  /**
   * Encodes {@code texts} in one call when the encoder caches them and the score reads them; else nothing. The
   * caller passes only texts inside the {@link #band()}.
   */
  void prefetch(List<String> texts) {
    if (share != 0 && !texts.isEmpty() && encoder instanceof dev.scrutiny.text.CachingEncoder) {
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
    if (share != HALF || !band.equals(Band.ALL)) {
      d.writeDouble(share); // CheckWorthiness writes the magic that says so
    }
    if (!band.equals(Band.ALL)) {
      d.writeDouble(band.low());
      d.writeDouble(band.high());
    }
  }

  /**
   * Reads what {@link #write} wrote ({@code withShare}: the share follows the bias, else the mean of both;
   * {@code withBand}: the band follows the share, else every text is encoded), binding {@code given} or else the
   * installed encoder of that id; throws naming the encoder when neither is there.
   */
  static CheckWorthinessVectors read(DataInputStream d, @Nullable SentenceEncoder given, boolean withShare,
      boolean withBand) throws IOException {
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
    double share = withShare || withBand ? d.readDouble() : HALF;
    Band band = Band.ALL;
    if (withBand) {
      double low = d.readDouble();
      double high = d.readDouble();
      try {
        band = new Band(low, high);
      } catch (IllegalArgumentException ex) {
        throw new IOException("check-worthiness model: " + ex.getMessage(), ex);
      }
    }
    SentenceEncoder e = given != null ? given : SentenceEncoder.installed(id).orElseThrow(() -> new IOException(
        "the check-worthiness model needs sentence encoder " + id + " (" + dim + " dimensions), which is not "
            + "installed: put scrutiny-encoder on the class path"));
    try {
      return new CheckWorthinessVectors(id, w, bias, share, band, e);
    } catch (IllegalArgumentException ex) {
      throw new IOException(ex.getMessage(), ex);
    }
  }
}
