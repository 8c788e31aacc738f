package dev.scrutiny.cli;

import dev.scrutiny.encoder.MiniLmEncoder;
import dev.scrutiny.knownclaims.Ranker;
import dev.scrutiny.text.SentenceEncoder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ranks checked claims by the cosine of all-MiniLM-L6-v2 sentence embeddings (the scrutiny-encoder module's
 * {@link MiniLmEncoder}: quantised, ONNX, shipped in a Maven Central jar). Claim embeddings can be kept in a cache file keyed by the number of claims and a
 * hash of their texts, since embedding a large archive takes minutes.
 */
final class EncoderRanker implements Ranker {

  private static final Pattern LINK = Pattern.compile("https?://\\S+|pic\\.twitter\\.com/\\S+");

  private final SentenceEncoder encoder = new MiniLmEncoder();
  private final float[][] claims;

  EncoderRanker(List<String> texts, @Nullable Path cache) throws IOException {
    long key = key(texts);
    float[][] cached = cache == null ? null : read(cache, key, texts.size());
    if (cached != null) {
      claims = cached;
    } else {
      claims = embed(texts);
      if (cache != null) {
        write(cache, key, claims);
      }
    }
  }

  @Override
  public float[] scores(String statement) {
    float[] q = embed(List.of(statement))[0];
    float[] s = new float[claims.length];
    for (int i = 0; i < claims.length; i++) {
      float dot = 0;
      float[] c = claims[i];
      for (int j = 0; j < q.length; j++) {
        dot += q[j] * c[j];
      }
      s[i] = dot;
    }
    return s;
  }

  /** Unit-length embeddings of {@code texts}, links removed (a text of nothing but links: the zero vector). */
  float[][] embed(List<String> texts) {
    List<String> clean = new ArrayList<>(texts.size());
    for (String t : texts) {
      clean.add(LINK.matcher(t).replaceAll(" ").strip());
    }
    return encoder.encode(clean);
  }

  private static long key(List<String> texts) {
    long h = 1125899906842597L;
    for (String t : texts) {
      h = 31 * h + t.hashCode();
    }
    return h;
  }

  private static float @Nullable [][] read(Path cache, long key, int n) throws IOException {
    if (!Files.isRegularFile(cache)) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
      if (in.readLong() != key || in.readInt() != n) {
        return null;
      }
      int dim = in.readInt();
      float[][] out = new float[n][dim];
      for (float[] row : out) {
        for (int j = 0; j < dim; j++) {
          row[j] = in.readFloat();
        }
      }
      return out;
    }
  }

  private static void write(Path cache, long key, float[][] rows) throws IOException {
    Path parent = cache.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
      out.writeLong(key);
      out.writeInt(rows.length);
      out.writeInt(rows.length == 0 ? 0 : rows[0].length);
      for (float[] row : rows) {
        for (float x : row) {
          out.writeFloat(x);
        }
      }
    }
  }
}
