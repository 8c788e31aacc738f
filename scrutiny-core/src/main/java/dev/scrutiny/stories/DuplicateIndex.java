package dev.scrutiny.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds copies and rewrites as articles arrive: locality-sensitive hashing over two MinHash signatures per
 * article (5-word shingles catch copies and excerpts; the content-word set catches rewrites whose
 * sentences were reordered or words swapped). Candidates are then classified by the estimated similarities.
 * Not thread-safe.
 */
public final class DuplicateIndex {

  private static final int BANDS = 32;
  private static final int ROWS = MinHash.SIZE / BANDS;
  /** Shingle Jaccard at or above which a pair is a verbatim copy. */
  static final double VERBATIM = 0.8;
  /** Share of the shorter text's shingles in the longer one for an excerpt. */
  static final double EXCERPT = 0.7;
  /** Shingle Jaccard, or content-word-set Jaccard, for a light rewrite. */
  static final double REWRITE_SHINGLES = 0.3;
  static final double REWRITE_WORDS = 0.7;
  /** A rewrite that also dropped a paragraph: fewer shared words, but some 5-word runs survive. */
  static final double REWRITE_WORDS_WITH_RUNS = 0.55;
  static final double RUNS = 0.1;

  private final List<Digest> added = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  /** Adds one article and returns its duplicates among those added before. */
  public List<Duplicate> add(Digest d) {
    Set<Integer> candidates = new LinkedHashSet<>();
    int index = added.size();
    long[] keys = bandKeys(d);
    for (long k : keys) {
      List<Integer> list = buckets.get(k);
      if (list != null) {
        candidates.addAll(list);
      }
    }
    added.add(d);
    for (long k : keys) {
      buckets.computeIfAbsent(k, x -> new ArrayList<>(1)).add(index);
    }
    List<Duplicate> out = new ArrayList<>();
    for (int c : candidates) {
      Duplicate dup = classify(added.get(c), d);
      if (dup != null) {
        out.add(dup);
      }
    }
    return out;
  }

  /** The duplicate relation between two articles, or null when neither copies the other. */
  public static @Nullable Duplicate classify(Digest a, Digest b) {
    if (a.shingleCount() == 0 || b.shingleCount() == 0) {
      return null;
    }
    double jaccard = MinHash.similarity(a.shingles(), b.shingles());
    double words = MinHash.similarity(a.wordSet(), b.wordSet());
    int small = Math.min(a.shingleCount(), b.shingleCount());
    int large = Math.max(a.shingleCount(), b.shingleCount());
    double shared = jaccard * (small + large) / (1 + jaccard);
    double containment = Math.min(1, shared / small);
    DuplicateKind kind;
    double sim;
    if (jaccard >= VERBATIM) {
      kind = DuplicateKind.VERBATIM;
      sim = jaccard;
    } else if (containment >= EXCERPT && small < 0.75 * large) {
      kind = DuplicateKind.EXCERPT;
      sim = containment;
    } else if (jaccard >= REWRITE_SHINGLES || words >= REWRITE_WORDS
        || (words >= REWRITE_WORDS_WITH_RUNS && jaccard >= RUNS)) {
      kind = DuplicateKind.LIGHT_REWRITE;
      sim = Math.max(jaccard, words);
    } else {
      return null;
    }
    return new Duplicate(a.id(), b.id(), kind, Math.round(sim * 1000) / 1000.0, first(a, b));
  }

  private static @Nullable String first(Digest a, Digest b) {
    if (a.publishedAt() != null && b.publishedAt() != null && !a.publishedAt().equals(b.publishedAt())) {
      return a.publishedAt().isBefore(b.publishedAt()) ? a.id() : b.id();
    }
    if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
      return a.published().isBefore(b.published()) ? a.id() : b.id();
    }
    return null;
  }

  /**
   * The locality-sensitive hash keys of an article: one per band of each of its two signatures. Two
   * articles are compared when they share a key.
   */
  public static long[] bandKeys(Digest d) {
    long[] keys = new long[2 * BANDS];
    for (int s = 0; s < 2; s++) {
      int[] sig = s == 0 ? d.shingles() : d.wordSet();
      for (int b = 0; b < BANDS; b++) {
        long h = 0x51ED27FE3A1L * (b + 1) + s;
        for (int r = 0; r < ROWS; r++) {
          h = MinHash.mix(h * 31 + sig[b * ROWS + r]);
        }
        keys[s * BANDS + b] = h;
      }
    }
    return keys;
  }

  public int size() {
    return added.size();
  }
}
