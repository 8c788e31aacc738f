package dev.scrutiny.claims;

import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.SentenceEncoder;
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
import org.jspecify.annotations.Nullable;

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
 * <p>A model trained with a sentence encoder ({@link #forEncoder}; shipped by {@code scrutiny-encoder}) also holds
 * a logistic regression on the statement's encoder vector, and scores a mix of the two probabilities; the one
 * shipped for the encoder fine-tuned for check-worthiness encodes only statements the hashed words leave unsure
 * ({@link CheckWorthinessVectors}).
 *
 * <pre>{@code
 * double p = CheckWorthiness.standard().score("Russia lost 1,200 tanks in 2023.");
 * boolean worth = CheckWorthiness.standard().isCheckworthy("Russia lost 1,200 tanks in 2023.");
 * }</pre>
 */
public final class CheckWorthiness {

  /** Resource name of the shipped model, relative to this class. */
  public static final String RESOURCE = "checkworthy.bin.gz";

  /** The {@link SentenceEncoder#task()} of an encoder fine-tuned for check-worthiness. */
  public static final String TASK = "check-worthiness";

  private static final int MAGIC = 0x43574c52; // "CWLR"
  /** A model with {@link CheckWorthinessVectors}: encoder id and vector weights follow the hashed model. */
  private static final int MAGIC_VECTORS = 0x4357454e; // "CWEN"
  /** As {@link #MAGIC_VECTORS}, the vector model's share of the score stored after its weights. */
  private static final int MAGIC_VECTORS_SHARE = 0x43574532; // "CWE2"
  /** As {@link #MAGIC_VECTORS_SHARE}, the band of the hashed-word probability where the encoder is read after it. */
  private static final int MAGIC_VECTORS_BAND = 0x43574533; // "CWE3"
  private static final java.util.Map<String, CheckWorthiness> FOR_ENCODER = new java.util.concurrent.ConcurrentHashMap<>();

  private final int bits;
  private final float[] weights;
  private final float bias;
  private final float threshold;
  private final @Nullable CheckWorthinessVectors vectors;

  CheckWorthiness(int bits, float[] weights, float bias, float threshold) {
    this(bits, weights, bias, threshold, null);
  }

  /** A model that also scores the statement's encoder vector with {@code vectors} (null: hashed words only). */
  CheckWorthiness(int bits, float[] weights, float bias, float threshold, @Nullable CheckWorthinessVectors vectors) {
    if (weights.length != 1 << bits) {
      throw new IllegalArgumentException("expected " + (1 << bits) + " weights for " + bits + " bits, got "
          + weights.length);
    }
    this.bits = bits;
    this.weights = weights;
    this.bias = bias;
    this.threshold = threshold;
    this.vectors = vectors;
  }

  /** The model shipped in the build, loaded once. */
  public static CheckWorthiness standard() {
    return Holder.STANDARD;
  }

  /**
   * The model trained with {@code encoder}'s vectors that the build ships (from {@code scrutiny-encoder}), scoring
   * with {@code encoder}; loaded once per encoder id.
   *
   * @throws IllegalArgumentException when the build holds no model for that encoder
   */
  public static CheckWorthiness forEncoder(SentenceEncoder encoder) {
    String name = "encoder/" + encoder.id() + "/" + RESOURCE;
    CheckWorthiness m = FOR_ENCODER.computeIfAbsent(encoder.id(), id -> {
      try (InputStream in = CheckWorthiness.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalArgumentException("no check-worthiness model for sentence encoder " + id
              + " in the build (dev/scrutiny/claims/" + name + ")");
        }
        return read(in, encoder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read check-worthiness model " + name, e);
      }
    });
    return m.vectors == null ? m : new CheckWorthiness(m.bits, m.weights, m.bias, m.threshold, m.vectors.bind(encoder));
  }

  /** The id of the sentence encoder the model reads, or null for a model of hashed words only. */
  public @Nullable String encoderId() {
    return vectors == null ? null : vectors.encoderId();
  }

  /** Probability in [0,1] that {@code sentence} is worth checking; reads the sentence's shared tokens. */
  public double score(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    double words = sigmoid(margin(features(Segmenter.tokens(sentence), bits)));
    return vectors == null ? words : vectors.mix(words, sentence);
  }

  /**
   * Probability in [0,1] that the statement made of {@code tokens} (a sentence's, or those of a claim's
   * content parts in order) is worth checking. A model with encoder vectors encodes the text from the first
   * token to the last.
   */
  public double score(List<Token> tokens) {
    double words = sigmoid(margin(features(tokens, bits)));
    if (vectors == null || tokens.isEmpty()) {
      return words;
    }
    Token first = tokens.get(0);
    return vectors.mix(words, first.source().substring(first.start(), tokens.get(tokens.size() - 1).end()));
  }

  /** Probability that the statement made of {@code parts} of {@code doc} is worth checking (parts joined by spaces). */
  double score(ClaimContext doc, List<dev.scrutiny.article.Span> parts) {
    double words = sigmoid(margin(features(doc.tokensIn(parts), bits)));
    return vectors == null ? words : vectors.mix(words, joined(doc, parts));
  }

  /**
   * Encodes the texts of {@code statements} (each the parts of one statement of {@code doc}) in one call before they
   * are scored one by one, where the model reads vectors from an encoder that caches them: one call lets the encoder
   * spread the texts over the cores. Does nothing otherwise.
   */
  void prefetch(ClaimContext doc, List<List<dev.scrutiny.article.Span>> statements) {
    if (vectors == null || statements.isEmpty()) {
      return;
    }
    List<String> texts = new java.util.ArrayList<>(statements.size());
    for (List<dev.scrutiny.article.Span> parts : statements) {
      if (vectors.encodes(sigmoid(margin(features(doc.tokensIn(parts), bits))))) {
        texts.add(joined(doc, parts));
      }
    }
    vectors.prefetch(texts);
  }

  private static String joined(ClaimContext doc, List<dev.scrutiny.article.Span> parts) {
    StringBuilder text = new StringBuilder();
    for (dev.scrutiny.article.Span p : parts) {
      text.append(text.isEmpty() ? "" : " ").append(doc.text(p));
    }
    return text.toString();
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
    return new CheckWorthiness(bits, weights, bias, (float) threshold, vectors);
  }

  /**
   * The same model reading its encoder only for texts whose hashed-word probability lies in {@code band}.
   *
   * @throws IllegalStateException for a model of hashed words only
   */
  CheckWorthiness withBand(CheckWorthinessVectors.Band band) {
    if (vectors == null) {
      throw new IllegalStateException("a model of hashed words only reads no encoder");
    }
    return new CheckWorthiness(bits, weights, bias, threshold, vectors.withBand(band));
  }

  /**
   * The same model reading its encoder for every statement, where its model file keeps the encoder for the statements
   * the hashed words leave unsure (slower; what {@code --encoder} scores). A model of hashed words only comes back as
   * it is.
   */
  public CheckWorthiness encodingAll() {
    return vectors == null || vectors.band().equals(CheckWorthinessVectors.Band.ALL) ? this
        : withBand(CheckWorthinessVectors.Band.ALL);
  }

  /** The band of the hashed-word probability inside which the encoder is read; null for hashed words only. */
  CheckWorthinessVectors.@Nullable Band band() {
    return vectors == null ? null : vectors.band();
  }

  /** The same hashed model, also scoring encoder vectors with {@code v}. */
  CheckWorthiness withVectors(CheckWorthinessVectors v) {
    return new CheckWorthiness(bits, weights, bias, threshold, v);
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
    d.writeInt(vectors == null ? MAGIC
        : !vectors.band().equals(CheckWorthinessVectors.Band.ALL) ? MAGIC_VECTORS_BAND
        : vectors.share() == CheckWorthinessVectors.HALF ? MAGIC_VECTORS : MAGIC_VECTORS_SHARE);
    if (vectors != null) {
      vectors.write(d);
    }
    d.writeInt(bits);
    d.writeFloat(bias);
    d.writeFloat(threshold);
    for (float w : weights) {
      d.writeFloat(w);
    }
    d.flush();
    gz.finish();
  }

  /**
   * Reads a model written by {@link #write}; one trained with a sentence encoder scores with the installed
   * encoder of its id, and fails naming it when none is installed.
   */
  static CheckWorthiness read(InputStream in) throws IOException {
    return read(in, null);
  }

  /** Reads a model written by {@link #write}, scoring a model with encoder vectors with {@code encoder} when given. */
  static CheckWorthiness read(InputStream in, @Nullable SentenceEncoder encoder) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    int magic = d.readInt();
    if (magic != MAGIC && magic != MAGIC_VECTORS && magic != MAGIC_VECTORS_SHARE && magic != MAGIC_VECTORS_BAND) {
      throw new IOException("not a check-worthiness model: magic " + Integer.toHexString(magic));
    }
    CheckWorthinessVectors vectors = magic == MAGIC ? null
        : CheckWorthinessVectors.read(d, encoder, magic == MAGIC_VECTORS_SHARE, magic == MAGIC_VECTORS_BAND);
    int bits = d.readInt();
    if (bits < 4 || bits > 26) {
      throw new IOException("check-worthiness model has implausible hash size 2^" + bits);
    }
    float bias = d.readFloat();
    float threshold = d.readFloat();
    float[] w = new float[1 << bits];
    byte[] raw = new byte[w.length * Float.BYTES]; // one bulk read: a float at a time was most of the loading time
    d.readFully(raw);
    java.nio.ByteBuffer.wrap(raw).asFloatBuffer().get(w); // big-endian, as DataOutputStream wrote them
    return new CheckWorthiness(bits, w, bias, threshold, vectors);
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
