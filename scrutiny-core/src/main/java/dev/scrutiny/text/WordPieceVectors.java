package dev.scrutiny.text;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Static vectors of word pieces: a table lookup that stands in for a sentence encoder where running one costs too
 * much. Each piece of the uncased BERT vocabulary has a short vector, distilled offline from all-MiniLM-L6-v2 (the
 * piece read through the whole network on its own, mean-pooled, reduced by principal components; {@code
 * tools/finetune/static_vectors.py}); a text's vector is the mean of its pieces' vectors, rarer pieces weighing
 * more (weight {@code ln(1 + rank)}, the vocabulary being in order of frequency), scaled to unit length. Words are
 * cut into pieces as BERT's uncased tokenizer cuts them: lower case, accents off, punctuation apart, longest known
 * piece first.
 *
 * <p>Immutable and thread-safe; the shipped table ({@link #shipped()}, 128 dimensions, about 4 MB) loads on first use.
 *
 * <pre>{@code
 * float[] v = WordPieceVectors.shipped().vector(List.of("Kyiv", "rejected", "the", "ultimatum"));
 * }</pre>
 */
public final class WordPieceVectors {

  /** The shipped table, on the class path beside this class. */
  static final String RESOURCE = "minilm-pieces-128.bin";

  private static final int MAGIC = 0x57505631; // "WPV1"
  /** Pieces below this index are padding, unknown, unused and separator markers: never counted. */
  private static final int FIRST_COUNTED = 999;
  /** Words longer than this are one unknown piece in BERT's tokenizer; here they count for nothing. */
  private static final int LONGEST_WORD = 100;

  private final Map<String, Integer> index;
  private final float[] scale;
  private final byte[] values;
  private final int dimension;

  private WordPieceVectors(Map<String, Integer> index, float[] scale, byte[] values, int dimension) {
    this.index = index;
    this.scale = scale;
    this.values = values;
    this.dimension = dimension;
  }

  private static final class Holder {
    private Holder() {}

    static final WordPieceVectors SHIPPED = loadShipped();
  }

  /** The table shipped with the library (128 dimensions). */
  public static WordPieceVectors shipped() {
    return Holder.SHIPPED;
  }

  private static WordPieceVectors loadShipped() {
    try (InputStream in = WordPieceVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("word-piece vectors dev/scrutiny/text/" + RESOURCE + " missing from the build;"
            + " run tools/finetune/static_vectors.py");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word-piece vectors dev/scrutiny/text/" + RESOURCE, e);
    }
  }

  /**
   * Reads a table: the int {@code WPV1}, the number of pieces and the dimension, then per piece (in vocabulary order)
   * its text (modified UTF-8), a float scale and one signed byte per dimension (value = byte × scale).
   */
  public static WordPieceVectors read(InputStream stream) throws IOException {
    byte[] b = stream.readAllBytes();
    ByteBuffer in = ByteBuffer.wrap(b); // big-endian, as DataOutput writes
    if (b.length < 12 || in.getInt() != MAGIC) {
      throw new IOException("expected a word-piece vector table (WPV1), got "
          + (b.length < 4 ? b.length + " bytes" : "magic " + Integer.toHexString(ByteBuffer.wrap(b).getInt())));
    }
    int n = in.getInt();
    int d = in.getInt();
    if (n < 1 || d < 1 || (long) n * d > Integer.MAX_VALUE) {
      throw new IOException("expected a positive count and dimension, got " + n + " × " + d);
    }
    Map<String, Integer> index = new HashMap<>(n * 2);
    float[] scale = new float[n];
    byte[] values = new byte[n * d];
    try {
      for (int i = 0; i < n; i++) {
        int length = in.getShort() & 0xffff;
        int at = in.position();
        index.put(utf(b, at, length), i);
        in.position(at + length);
        scale[i] = in.getFloat();
        in.get(values, i * d, d);
      }
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException("word-piece vector table ends early: expected " + n + " pieces of " + d + " dimensions", e);
    }
    return new WordPieceVectors(index, scale, values, d); // never changed after this
  }

  /** Java's modified UTF-8 ({@code DataOutput.writeUTF}), which is plain UTF-8 unless it holds NUL or surrogates. */
  private static String utf(byte[] b, int at, int length) throws IOException {
    for (int i = at; i < at + length; i++) {
      if (b[i] == (byte) 0xC0 || b[i] == (byte) 0xED) {
        return new DataInputStream(new ByteArrayInputStream(b, at - 2, length + 2)).readUTF();
      }
    }
    return new String(b, at, length, StandardCharsets.UTF_8);
  }

  /** The length of every vector. */
  public int dimension() {
    return dimension;
  }

  /** The number of pieces in the table. */
  public int size() {
    return scale.length;
  }

  /**
   * The unit-length weighted mean of the pieces of {@code words} (each a token's text, or any text: it is cut at
   * spaces and punctuation like BERT's), or all zeros when none has a known piece.
   */
  public float[] vector(List<String> words) {
    double[] sum = new double[dimension];
    for (String w : words) {
      add(w, sum);
    }
    double norm = 0;
    for (double s : sum) {
      norm += s * s;
    }
    float[] out = new float[dimension];
    if (norm > 0) {
      double f = 1 / Math.sqrt(norm);
      for (int i = 0; i < dimension; i++) {
        out[i] = (float) (sum[i] * f);
      }
    }
    return out;
  }

  /** Adds the weighted vectors of the pieces of {@code text} to {@code sum}. */
  private void add(String text, double[] sum) {
    String lower = text.toLowerCase(Locale.ROOT);
    String s = ascii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean space = Character.isWhitespace(cp);
      if (!space && (type == Character.NON_SPACING_MARK || type == Character.CONTROL || type == Character.FORMAT)) {
        continue;
      }
      if (space || punctuation(cp, type)) {
        addWord(word, sum);
        word.setLength(0);
        if (!space) {
          addWord(new StringBuilder().appendCodePoint(cp), sum);
        }
      } else {
        word.appendCodePoint(cp);
      }
    }
    addWord(word, sum);
  }

  /** Greedy longest-match word pieces, as BERT cuts a word; a word with an unknown remainder counts for nothing. */
  private void addWord(CharSequence w, double[] sum) {
    int length = w.length();
    if (length == 0 || length > LONGEST_WORD) {
      return;
    }
    int[] pieces = new int[length];
    int count = 0;
    int start = 0;
    while (start < length) {
      int end = length;
      Integer found = null;
      while (start < end) {
        String piece = start == 0 ? w.subSequence(0, end).toString() : "##" + w.subSequence(start, end);
        found = index.get(piece);
        if (found != null) {
          break;
        }
        end--;
      }
      if (found == null) {
        return;
      }
      pieces[count++] = found;
      start = end;
    }
    for (int p = 0; p < count; p++) {
      int id = pieces[p];
      if (id < FIRST_COUNTED) {
        continue;
      }
      double weight = Math.log1p(id) * scale[id];
      int base = id * dimension;
      for (int i = 0; i < dimension; i++) {
        sum[i] += weight * values[base + i];
      }
    }
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** BERT's punctuation: ASCII symbols and Unicode punctuation. */
  private static boolean punctuation(int cp, int type) {
    if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
      return true;
    }
    return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }
}
