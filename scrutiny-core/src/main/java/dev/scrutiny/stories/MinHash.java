package dev.scrutiny.stories;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * MinHash signatures over hashed features (word shingles or word sets): the share of equal positions
 * between two signatures estimates the Jaccard similarity of the feature sets. Seeded and deterministic.
 */
final class MinHash {

  /** Signature length: 128 positions, estimated Jaccard within about ±0.09 at 95%. */
  static final int SIZE = 128;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      s = mix(s + 0x632BE59BD9B4E5L * (i + 1));
      SEEDS[i] = s | 1L;
    }
  }

  private MinHash() {}

  /** The signature of a set of 64-bit feature hashes; an empty set gives all {@code Integer.MAX_VALUE}. */
  static int[] signature(Collection<Long> features) {
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long f : features) {
      for (int i = 0; i < SIZE; i++) {
        int h = (int) (mix(f ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the two sets behind the signatures. */
  static double similarity(int[] a, int[] b) {
    int eq = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
        eq++;
      }
    }
    return eq / (double) SIZE;
  }

  /** Hashes of the word {@code k}-shingles of {@code words}; a text shorter than k gives one shingle. */
  static java.util.Set<Long> shingles(List<String> words, int k) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    if (words.isEmpty()) {
      return out;
    }
    for (int i = 0; i + k <= Math.max(words.size(), k); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < Math.min(i + k, words.size()); j++) {
        h = 31 * h + hash(words.get(j));
      }
      out.add(mix(h));
    }
    return out;
  }

  static long hash(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return mix(h);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
