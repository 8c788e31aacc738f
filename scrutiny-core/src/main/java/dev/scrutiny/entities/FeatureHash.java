package dev.scrutiny.entities;

/** 64-bit string and combination hashes for hashed sparse features; no allocation. */
final class FeatureHash {

  private FeatureHash() {}

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** Hash of a character sequence (FNV-1a over UTF-16 units, then mixed). */
  static long of(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h ^ s.length());
  }

  /** Hash of a prefix ({@code fromEnd == false}) or suffix of {@code s} of length {@code n}. */
  static long affix(String s, int n, boolean fromEnd) {
    long h = fromEnd ? 0x9e3779b97f4a7c15L : 0x632be59bd9b4e019L;
    int from = fromEnd ? s.length() - n : 0;
    for (int i = from; i < from + n; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h + n);
  }

  static long combine(int template, long a) {
    return mix(a * 0x9e3779b97f4a7c15L + template * 0x632be59bd9b4e019L + 0x1234567L);
  }

  static long combine(int template, long a, long b) {
    return mix(mix(a * 0x9e3779b97f4a7c15L + template) ^ (b * 0xc2b2ae3d27d4eb4fL));
  }

  static long combine(int template, long a, long b, long c) {
    return mix(combine(template, a, b) ^ (c * 0x165667b19e3779f9L));
  }
}
