package dev.scrutiny.claims;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Scores how much a fact-checker would want to check a sentence (ClaimBuster's check-worthiness),
 * with a logistic regression over hashed word and bigram features plus features for numbers, names,
 * superlatives and causal words. Every feature of a sentence has the value 1/&radic;n (n features), so
 * the vector has unit length and long sentences do not win by sheer word count. Immutable and
 * thread-safe.
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
  private static final Pattern WORD =
      Pattern.compile("\\d[\\d,.]*\\d|\\d|[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*|[%$€£?!]");
  private static final Set<String> SUPERLATIVE = Set.of("most", "least", "biggest", "largest", "highest",
      "lowest", "worst", "best", "first", "last", "only", "record", "never", "ever", "fastest", "deadliest",
      "greatest", "smallest", "longest", "heaviest", "strongest", "unprecedented");
  private static final Set<String> CAUSAL = Set.of("because", "caused", "causes", "due", "result", "led",
      "leads", "since", "therefore", "thanks", "increase", "increased", "decrease", "decreased", "cut",
      "rose", "fell", "doubled", "tripled", "percent", "million", "billion", "trillion", "thousand");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december");

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

  /** Probability in [0,1] that {@code sentence} is worth checking. */
  public double score(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return sigmoid(margin(features(sentence, bits)));
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

  /** Hashed feature indices of one sentence (repeats allowed: counts). */
  static int[] features(String sentence, int bits) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      words.add(m.group());
    }
    List<String> feats = new ArrayList<>();
    String prev = "<s>";
    int numbers = 0;
    int caps = 0;
    boolean sup = false;
    boolean causal = false;
    boolean year = false;
    boolean month = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lw = w.toLowerCase(Locale.ROOT);
      String norm = lw;
      if (Character.isDigit(w.charAt(0))) {
        numbers++;
        if (w.matches("(19|20)\\d\\d")) {
          year = true;
          norm = "<year>";
        } else {
          norm = "<num" + Math.min(w.replaceAll("[^0-9]", "").length(), 4) + ">";
        }
      }
      if (i > 0 && Character.isUpperCase(w.charAt(0)) && !lw.equals("i")) {
        caps++;
      }
      sup |= SUPERLATIVE.contains(lw) || (lw.endsWith("est") && lw.length() > 6);
      causal |= CAUSAL.contains(lw);
      month |= MONTHS.contains(lw) && i > 0 && Character.isUpperCase(w.charAt(0));
      feats.add("w=" + norm);
      feats.add("b=" + prev + "_" + norm);
      prev = norm;
    }
    feats.add("b=" + prev + "_</s>");
    feats.add("numbers=" + Math.min(numbers, 3));
    feats.add("caps=" + Math.min(caps, 4));
    feats.add("len=" + Math.min(words.size() / 5, 8));
    if (sup) {
      feats.add("superlative");
    }
    if (causal) {
      feats.add("causal");
    }
    if (year) {
      feats.add("year");
    }
    if (month) {
      feats.add("month");
    }
    if (numbers > 0 && caps > 0) {
      feats.add("number+name");
    }
    int[] out = new int[feats.size()];
    int mask = (1 << bits) - 1;
    for (int i = 0; i < out.length; i++) {
      out[i] = mix(feats.get(i).hashCode()) & mask;
    }
    return out;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
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
