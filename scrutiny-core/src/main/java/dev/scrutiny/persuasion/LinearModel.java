package dev.scrutiny.persuasion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * One-vs-rest logistic regression over hashed features, with one decision threshold per label.
 * Immutable and thread-safe once built.
 *
 * <p>Weights are stored quantised to 16 bits per label (scale = max |w| / 32767), gzip-compressed.
 * For multi-label tasks a label fires when its probability reaches its threshold; for the single-label
 * genre task the thresholds are additive offsets on the logits and the best label wins.
 *
 * <p>A model read from a file keeps its weights in that 16-bit form (half the memory of floats, and no
 * conversion at start-up); each weight is taken as {@code (float) q * scale} where it is used, the very float
 * a conversion at reading would have stored, so scores are identical either way.
 */
final class LinearModel {

  private static final int MAGIC = 0x5343504d; // "SCPM"
  /**
   * Version 3 adds the precision rule of a technique model (see {@link #precisionThreshold}); version 4 the
   * sentence encoder the model was trained with ({@link EncoderSpec}), after the precision rule (flagged);
   * models without either stay 2 or 3. Version 5 adds a classifier on a fine-tuned encoder's vectors mixed into the
   * probabilities ({@link EncoderHead}): flags for the precision rule, the encoder spec and the classifier, each
   * followed by what it flags; models without the classifier are written as before. Version 6 is version 5 with a
   * flag for word-piece vectors ({@link FeatureConfig#wordVectors()}) after the feature configuration; only models
   * that read them are written so. Version 7 is version 6 with the classifier's gate ({@link EncoderHead#encodeFrom()})
   * after it; only models whose classifier has one are written so.
   */
  private static final int VERSION = 7;

  private final String[] labels;
  private final FeatureConfig config;
  /** The weights as floats (a model trained here), or null when {@link #quantised} holds them. */
  private final float @Nullable [][] weights;
  /** The weights as read from a file: row {@code l} times {@code scales[l]}; null when {@link #weights} holds them. */
  private final short @Nullable [][] quantised;
  private final float @Nullable [] scales;
  private final float[] bias;
  private final double[] thresholds;
  private final double @Nullable [] precision;
  private final double @Nullable [] cue;
  private final @Nullable EncoderSpec encoder;
  private final @Nullable EncoderHead head;
  /** A hash of what the text probabilities depend on, computed on first use ({@link #sameText}); 0 until then. */
  private volatile long textHash;

  LinearModel(String[] labels, FeatureConfig config, float[][] weights, float[] bias, double[] thresholds) {
    this(labels, config, weights, bias, thresholds, null, null);
  }

  /**
   * A model with a second decision rule tuned for precision: label {@code l} fires when its probability
   * reaches {@code precision[l]}, or reaches {@code cue[l]} while one of the label's cue phrases
   * ({@link CuePhrases}) is in the text. Both arrays null: no precision rule (the F1 thresholds serve).
   */
  LinearModel(String[] labels, FeatureConfig config, float[][] weights, float[] bias, double[] thresholds,
      double @Nullable [] precision, double @Nullable [] cue) {
    this(labels, config, weights, null, null, bias, thresholds, precision, cue, null, null);
  }

  private LinearModel(String[] labels, FeatureConfig config, float @Nullable [][] weights,
      short @Nullable [][] quantised, float @Nullable [] scales, float[] bias, double[] thresholds,
      double @Nullable [] precision, double @Nullable [] cue, @Nullable EncoderSpec encoder,
      @Nullable EncoderHead head) {
    int rows = weights != null ? weights.length : quantised.length;
    if (weights == null && scales.length != rows) {
      throw new IllegalArgumentException("expected one scale per weight row, got " + scales.length + " for " + rows);
    }
    if (rows != labels.length || bias.length != labels.length || thresholds.length != labels.length) {
      throw new IllegalArgumentException("expected " + labels.length + " weight rows, biases and thresholds, got "
          + rows + ", " + bias.length + ", " + thresholds.length);
    }
    this.labels = labels.clone();
    this.config = config;
    this.weights = weights;
    this.quantised = quantised;
    this.scales = scales;
    this.bias = bias;
    this.thresholds = thresholds.clone();
    if ((precision == null) != (cue == null)
        || precision != null && (precision.length != labels.length || cue.length != labels.length)) {
      throw new IllegalArgumentException("expected both precision and cue thresholds, one per label, or neither");
    }
    this.precision = precision == null ? null : precision.clone();
    this.cue = cue == null ? null : cue.clone();
    this.encoder = encoder;
    if (head != null && head.weights().length != labels.length) {
      throw new IllegalArgumentException("expected an encoder classifier of " + labels.length + " labels, got "
          + head.weights().length);
    }
    this.head = head;
  }

  /** Whether the model carries a precision rule ({@link #precisionThreshold}, {@link #cueThreshold}). */
  boolean hasPrecisionRule() {
    return precision != null;
  }

  /** The probability at which {@code label} fires in the precision rule; above 1: never on score alone. */
  double precisionThreshold(int label) {
    return precision == null ? thresholds[label] : precision[label];
  }

  /** The probability at which {@code label} fires when one of its cue phrases is present; above 1: never. */
  double cueThreshold(int label) {
    return cue == null ? thresholds[label] : cue[label];
  }

  LinearModel withPrecisionRule(double[] newPrecision, double[] newCue) {
    return new LinearModel(labels, config, weights, quantised, scales, bias, thresholds, newPrecision, newCue,
        encoder, head);
  }

  String[] labels() {
    return labels.clone();
  }

  int labelCount() {
    return labels.length;
  }

  FeatureConfig config() {
    return config;
  }

  double threshold(int label) {
    return thresholds[label];
  }

  LinearModel withThresholds(double[] newThresholds) {
    return new LinearModel(labels, config, weights, quantised, scales, bias, newThresholds, precision, cue, encoder,
        head);
  }

  /** The same model, recording that its features include {@code spec}'s encoder vectors. */
  LinearModel withEncoder(EncoderSpec spec) {
    return new LinearModel(labels, config, weights, quantised, scales, bias, thresholds, precision, cue, spec, head);
  }

  /**
   * The same model with {@code newHead}'s probabilities mixed into its own ({@link EncoderHead}); its thresholds
   * should be tuned on the mix.
   */
  LinearModel withHead(EncoderHead newHead) {
    return new LinearModel(labels, config, weights, quantised, scales, bias, thresholds, precision, cue, encoder,
        newHead);
  }

  /** The classifier on a fine-tuned encoder's vectors mixed into the probabilities, or null. */
  @Nullable EncoderHead head() {
    return head;
  }

  /** Whether scoring needs an encoder's vectors (as features, or for the mixed-in classifier). */
  boolean readsVectors() {
    return encoder != null || head != null;
  }

  /** The sentence encoder whose vectors the model reads, or null for a model of text features only. */
  @Nullable EncoderSpec encoder() {
    return encoder;
  }

  /** The raw score (logit) of each label. */
  double[] logits(FeatureVector x) {
    double[] out = new double[labels.length];
    int[] idx = x.index();
    float[] val = x.value();
    for (int l = 0; l < labels.length; l++) {
      double s = bias[l];
      if (weights != null) {
        float[] w = weights[l];
        for (int i = 0; i < idx.length; i++) {
          s += w[idx[i]] * val[i];
        }
      } else {
        short[] q = quantised[l];
        float scale = scales[l];
        for (int i = 0; i < idx.length; i++) {
          s += (q[idx[i]] * scale) * val[i];
        }
      }
      out[l] = s;
    }
    return out;
  }

  /** The probability of each label. */
  double[] probabilities(FeatureVector x) {
    double[] z = logits(x);
    for (int l = 0; l < z.length; l++) {
      z[l] = sigmoid(z[l]);
    }
    return z;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The named features that raised label {@code label}'s score most, strongest first, at most
   * {@code max}, each with a positive contribution.
   */
  List<String> topFeatures(Map<String, Double> named, FeatureExtractor fx, int label, int max) {
    List<Map.Entry<String, Double>> contrib = new ArrayList<>();
    for (Map.Entry<String, Double> e : named.entrySet()) {
      if (e.getKey().startsWith(FeatureExtractor.VECTOR)) {
        continue; // a vector dimension names nothing a reader can see
      }
      double c = weight(label, fx.index(e.getKey())) * e.getValue();
      if (c > 0) {
        contrib.add(Map.entry(e.getKey(), c));
      }
    }
    contrib.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < contrib.size() && out.size() < max; i++) {
      out.add(contrib.get(i).getKey());
    }
    return out;
  }

  /** Writes the model (quantised, gzip-compressed). */
  void save(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(stream), 1 << 16));
    out.writeInt(MAGIC);
    boolean flagged = head != null || config.wordVectors();
    boolean gated = head != null && head.encodeFrom() > 0;
    boolean v6 = config.wordVectors() || gated;
    out.writeInt(gated ? 7 : v6 ? 6 : head != null ? 5 : encoder != null ? 4 : precision == null ? 2 : 3);
    out.writeInt(config.bits());
    out.writeBoolean(config.words());
    out.writeBoolean(config.bigrams());
    out.writeInt(config.charMin());
    out.writeInt(config.charMax());
    out.writeDouble(config.charScale());
    out.writeBoolean(config.style());
    out.writeBoolean(config.techniques());
    if (v6) {
      out.writeBoolean(config.wordVectors());
    }
    out.writeInt(labels.length);
    for (int l = 0; l < labels.length; l++) {
      out.writeUTF(labels[l]);
      out.writeFloat(bias[l]);
      out.writeDouble(thresholds[l]);
      if (weights == null) { // read from a file: written back as it was read
        out.writeFloat(scales[l]);
        for (short q : quantised[l]) {
          out.writeShort(q);
        }
        continue;
      }
      float max = 0;
      for (float v : weights[l]) {
        max = Math.max(max, Math.abs(v));
      }
      float scale = max == 0 ? 1 : max / 32767f;
      out.writeFloat(scale);
      for (float v : weights[l]) {
        out.writeShort(Math.round(v / scale));
      }
    }
    if (encoder != null || flagged) {
      out.writeBoolean(precision != null);
    }
    if (precision != null) {
      for (int l = 0; l < labels.length; l++) {
        out.writeDouble(precision[l]);
        out.writeDouble(cue[l]);
      }
    }
    if (flagged) {
      out.writeBoolean(encoder != null);
    }
    if (encoder != null) {
      out.writeUTF(encoder.id());
      out.writeInt(encoder.dimension());
      out.writeDouble(encoder.weight());
    }
    if (v6) {
      out.writeBoolean(head != null);
    }
    if (head != null) {
      head.write(out, gated);
    }
    out.flush();
    out.close();
  }

  /** Reads a model written by {@link #save}; throws IOException naming the problem otherwise. */
  static LinearModel load(InputStream stream) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream), 1 << 16))) {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new IOException("not a scrutiny persuasion model: expected magic " + Integer.toHexString(MAGIC)
            + ", got " + Integer.toHexString(magic));
      }
      int version = in.readInt();
      if (version < 1 || version > VERSION) {
        throw new IOException("expected model version 1 to " + VERSION + ", got " + version);
      }
      FeatureConfig config = new FeatureConfig(in.readInt(), in.readBoolean(), in.readBoolean(), in.readInt(),
          in.readInt(), in.readDouble(), in.readBoolean(), version >= 2 && in.readBoolean(),
          version >= 6 && in.readBoolean());
      int n = in.readInt();
      String[] labels = new String[n];
      float[] bias = new float[n];
      double[] thresholds = new double[n];
      short[][] quantised = new short[n][config.dim()];
      float[] scales = new float[n];
      byte[] buf = new byte[config.dim() * 2];
      for (int l = 0; l < n; l++) {
        labels[l] = in.readUTF();
        bias[l] = in.readFloat();
        thresholds[l] = in.readDouble();
        scales[l] = in.readFloat();
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asShortBuffer().get(quantised[l]); // big-endian, as written
      }
      boolean rule = version == 3 || version >= 4 && in.readBoolean();
      double[] precision = rule ? new double[n] : null;
      double[] cue = rule ? new double[n] : null;
      for (int l = 0; rule && l < n; l++) {
        precision[l] = in.readDouble();
        cue[l] = in.readDouble();
      }
      EncoderSpec encoder = version == 4 || version >= 5 && in.readBoolean() ? readEncoder(in) : null;
      EncoderHead head = version == 5 || version >= 6 && in.readBoolean() ? EncoderHead.read(in, n, version >= 7) : null;
      return new LinearModel(labels, config, null, quantised, scales, bias, thresholds, precision, cue, encoder, head);
    }
  }

  private static EncoderSpec readEncoder(DataInputStream in) throws IOException {
    String id = in.readUTF();
    int dimension = in.readInt();
    double weight = in.readDouble();
    try {
      return new EncoderSpec(id, dimension, weight);
    } catch (IllegalArgumentException e) {
      throw new IOException("model names an invalid sentence encoder: " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code other} gives the same probabilities from text features as this model before any classifier is
   * mixed in: the same labels, features, biases and weights (a technique model with a classifier and the plain
   * model it was trained beside share them), and neither reads encoder vectors.
   */
  boolean sameText(LinearModel other) {
    if (other == this) {
      return true;
    }
    return encoder == null && other.encoder == null && config.equals(other.config)
        && Arrays.equals(labels, other.labels) && Arrays.equals(bias, other.bias) && textHash() == other.textHash();
  }

  private long textHash() {
    long h = textHash;
    if (h == 0) {
      h = 1125899906842597L;
      for (int l = 0; l < labels.length; l++) {
        for (int i = 0, n = config.dim(); i < n; i++) {
          h = 31 * h + Float.floatToIntBits(weight(l, i));
        }
      }
      h = h == 0 ? 1 : h;
      textHash = h;
    }
    return h;
  }

  /** Weight {@code i} of label {@code l}. */
  private float weight(int l, int i) {
    return weights != null ? weights[l][i] : quantised[l][i] * scales[l];
  }

  @Override
  public String toString() {
    return "LinearModel" + Arrays.toString(labels) + " " + config;
  }
}
