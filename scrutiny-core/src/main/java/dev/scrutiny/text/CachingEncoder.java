package dev.scrutiny.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SentenceEncoder} that remembers the vectors of the last texts it encoded (stripped of surrounding
 * white space), so that analyzers reading the same paragraphs (techniques and frames) encode each paragraph
 * once. Texts not yet seen are encoded together, in one call to the wrapped encoder. Thread-safe.
 *
 * <pre>{@code
 * SentenceEncoder shared = CachingEncoder.of(SentenceEncoder.installed().orElseThrow());
 * }</pre>
 */
public final class CachingEncoder implements SentenceEncoder {

  /** Texts remembered: a few articles' paragraphs and sentences (384 floats each: about 1.5 KB a text). */
  static final int CAPACITY = 2048;

  private final SentenceEncoder inner;
  private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CAPACITY;
    }
  };

  private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong encoded = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();

  private CachingEncoder(SentenceEncoder inner) {
    this.inner = inner;
  }

  /** {@code encoder} with a cache of recent texts; an encoder that already caches comes back as it is. */
  public static SentenceEncoder of(SentenceEncoder encoder) {
    Objects.requireNonNull(encoder, "encoder");
    return encoder instanceof CachingEncoder ? encoder : new CachingEncoder(encoder);
  }

  @Override
  public String task() {
    return inner.task();
  }

  /** How many requested texts came from the cache so far. */
  public long hits() {
    return hits.get();
  }

  /** How many distinct texts the wrapped encoder encoded so far. */
  public long encoded() {
    return encoded.get();
  }

  /** Wall time spent in the wrapped encoder so far, summed over the threads calling it, in nanoseconds. */
  public long encodeNanos() {
    return nanos.get();
  }

  @Override
  public String id() {
    return inner.id();
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  /** The vectors, from the cache where the text was seen; vectors are shared: do not modify them. */
  @Override
  public float[][] encode(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    synchronized (recent) {
      for (int i = 0; i < out.length; i++) {
        String t = texts.get(i).strip();
        out[i] = recent.get(t);
        if (out[i] == null && !missing.contains(t)) {
          missing.add(t);
        }
      }
    }
    encoded.addAndGet(missing.size());
    hits.addAndGet(texts.size() - missing.size());
    if (missing.isEmpty()) {
      return out;
    }
    long t0 = System.nanoTime();
    float[][] fresh = inner.encode(missing);
    nanos.addAndGet(System.nanoTime() - t0);
    Map<String, float[]> got = new java.util.HashMap<>();
    for (int k = 0; k < fresh.length; k++) {
      got.put(missing.get(k), fresh[k]);
    }
    synchronized (recent) {
      recent.putAll(got);
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = got.get(texts.get(i).strip());
      }
    }
    return out;
  }
}
