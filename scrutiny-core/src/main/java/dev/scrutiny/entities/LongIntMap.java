package dev.scrutiny.entities;

import java.util.Arrays;

/** Open-addressing map from non-zero 64-bit keys to ints; {@code get} of an absent key returns a default. */
final class LongIntMap {

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  int size() {
    return size;
  }

  private static long nonZero(long key) {
    return key == 0 ? 0x5bd1e995L : key;
  }

  int get(long key, int absent) {
    key = nonZero(key);
    int mask = keys.length - 1;
    for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return absent;
      }
    }
  }

  void put(long key, int value) {
    key = nonZero(key);
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        values[i] = value;
        return;
      }
      if (k == 0) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  /** Bitwise-ors {@code bits} into the value of {@code key} (absent counts as 0). */
  void or(long key, int bits) {
    put(key, get(key, 0) | bits);
  }

  /** Adds {@code delta} to the value of {@code key} (absent counts as 0). */
  void add(long key, int delta) {
    put(key, get(key, 0) + delta);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** Calls {@code action} for each entry. */
  void forEach(Entry action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  @FunctionalInterface
  interface Entry {
    void accept(long key, int value);
  }

  /** Writes the capacity and the entries (keys, then values) for {@link #readRaw}. */
  void writeRaw(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(keys.length);
    out.writeInt(size);
    for (long k : keys) {
      if (k != 0) {
        out.writeLong(k);
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        out.writeInt(values[i]);
      }
    }
  }

  /**
   * A map written by {@link #writeRaw}: entries read in two bulk copies and put back into a table of the
   * same capacity, with no string hashing; lookups answer exactly as in the original.
   */
  static LongIntMap readRaw(java.nio.ByteBuffer in) {
    int cap = in.getInt();
    int size = in.getInt();
    if (cap < 4 || Integer.bitCount(cap) != 1 || size < 0 || size * 2 > cap) {
      throw new IllegalArgumentException("bad hash table: capacity " + cap + ", size " + size);
    }
    long[] k = new long[size];
    int[] v = new int[size];
    in.asLongBuffer().get(k);
    in.position(in.position() + size * Long.BYTES);
    in.asIntBuffer().get(v);
    in.position(in.position() + size * Integer.BYTES);
    LongIntMap m = new LongIntMap(2);
    m.keys = new long[cap];
    m.values = new int[cap];
    for (int i = 0; i < size; i++) {
      m.put(k[i], v[i]);
    }
    return m;
  }

  void clear() {
    Arrays.fill(keys, 0);
    size = 0;
  }
}
