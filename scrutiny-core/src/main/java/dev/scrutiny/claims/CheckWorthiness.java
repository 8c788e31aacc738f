package dev.scrutiny.claims;

import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Token;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Scores how much a fact-checker would want to check a sentence (ClaimBuster's check-worthiness),
 * with a logistic regression over hashed word and bigram features of the sentence's shared tokens
 * ({@link CheckWorthinessFeatures}) plus features for numbers, names, superlatives and causal words.
 * Every feature of a sentence has the value 1/&radic;n (n features), so the vector has unit length and
 * long sentences do not win by sheer word count. Immutable and thread-safe.
 *
 * <p>The shipped model ({@link #standard()}) is trained by {@code CheckWorthinessTrainer} (scrutiny-lab) on CLEF
 * CheckThat! 2024 English and stored as {@code checkworthy.bin.gz} next to this class.
 *
 * <pre>{@code
 * double p = CheckWorthiness.standard().score("Russia lost 1,200 tanks in 2023.");
 * boolean worth = CheckWorthiness.standard().isCheckworthy("Russia lost 1,200 tanks in 2023.");
 * }</pre>
 */
public final class CheckWorthiness {

  /** Resource name of the shipped model, relative to this class. */
  public static final String RESOURCE = "checkworthy.bin.gz";

  private static final int MAGIC = 0x43574c52; // "CWLR"

  private final int bits;
  private final float[] weights;
  private final float bias;
  private final float threshold;

  CheckWorthiness(int bits, float[] weights, float bias, float threshold) {
    if (weights.length != 1 << bits) {
      throw new IllegalArgumentException("expected " + (1 << bits) + " weights for " + bits + " bits, got "
          + weights.length);
    }
    this.bits = bits;
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
  }

  /** The model shipped in the build, loaded once. */
  public static CheckWorthiness standard() {
    return Holder.STANDARD;
  }

  /** Probability in [0,1] that {@code sentence} is worth checking; reads the sentence's shared tokens. */
  public double score(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return score(Segmenter.tokens(sentence));
  }

  /**
   * Probability in [0,1] that the statement made of {@code tokens} (a sentence's, or those of a claim's
   * content parts in order) is worth checking.
   */
  public double score(List<Token> tokens) {
    return sigmoid(margin(features(tokens, bits)));
  }

  /** Whether {@link #score} reaches the decision threshold chosen by cross-validation when training. */
  public boolean isCheckworthy(String sentence) {
    return score(sentence) >= threshold;
  }

  /** The decision threshold on {@link #score}. */
  public double threshold() {
    return threshold;
  }

  /** The same weights with another decision threshold. */
  CheckWorthiness withThreshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("expected a threshold in [0,1], got " + threshold);
    }
    return new CheckWorthiness(bits, weights, bias, (float) threshold);
  }

  double margin(int[] features) {
    double m = 0;
    for (int f : features) {
      m += weights[f];
    }
    return bias + m * scale(features.length);
  }

  /** Every feature of a sentence has this value: the feature vector has unit length (cosine-style TF). */
  static double scale(int count) {
    return count == 0 ? 0 : 1 / Math.sqrt(count);
  }

  static double sigmoid(double m) {
    return 1 / (1 + Math.exp(-m));
  }

  /** Hashed feature indices of the words among {@code tokens} (repeats allowed: counts). */
  static int[] features(List<Token> tokens, int bits) {
    return CheckWorthinessFeatures.of(tokens, bits);
  }

  /** Writes the model (gzip-compressed). */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(MAGIC);
    d.writeInt(bits);
    d.writeFloat(bias);
    d.writeFloat(threshold);
    for (float w : weights) {
      d.writeFloat(w);
    }
    d.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}. */
  static CheckWorthiness read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    int magic = d.readInt();
    if (magic != MAGIC) {
      throw new IOException("not a check-worthiness model: magic " + Integer.toHexString(magic));
    }
    int bits = d.readInt();
    if (bits < 4 || bits > 26) {
      throw new IOException("check-worthiness model has implausible hash size 2^" + bits);
    }
    float bias = d.readFloat();
    float threshold = d.readFloat();
    float[] w = new float[1 << bits];
    for (int i = 0; i < w.length; i++) {
      w[i] = d.readFloat();
    }
    return new CheckWorthiness(bits, w, bias, threshold);
  }

  private static final class Holder {
    static final CheckWorthiness STANDARD = load();

    private static CheckWorthiness load() {
      try (InputStream in = CheckWorthiness.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("check-worthiness model " + RESOURCE
              + " is missing from the classpath; run 'scrutiny train checkworthy'"));
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read check-worthiness model " + RESOURCE, e);
      }
    }
  }
}
