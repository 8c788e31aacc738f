package dev.scrutiny.entities;

import java.util.Arrays;
import java.util.List;

/** The BILOU label set over the four CoNLL types, with the transitions a valid sequence may take. */
final class NerLabels {

  static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  static final int COUNT = 1 + 4 * TYPES.size();
  static final int O = 0;
  private static final int B = 0, I = 1, L = 2, U = 3;

  /** {@code ALLOWED[prev * COUNT + cur]}; row {@code COUNT} is the sentence start. */
  static final boolean[] ALLOWED = new boolean[(COUNT + 1) * COUNT];
  /** Labels a sentence may end with. */
  static final boolean[] FINAL = new boolean[COUNT];

  static {
    for (int p = 0; p <= COUNT; p++) {
      for (int c = 0; c < COUNT; c++) {
        boolean open = p < COUNT && p != O && (part(p) == B || part(p) == I);
        boolean ok = open
            ? (c != O && type(c) == type(p) && (part(c) == I || part(c) == L))
            : (c == O || part(c) == B || part(c) == U);
        ALLOWED[p * COUNT + c] = ok;
      }
    }
    for (int c = 0; c < COUNT; c++) {
      FINAL[c] = c == O || part(c) == L || part(c) == U;
    }
  }

  private NerLabels() {}

  static int label(int type, int part) {
    return 1 + type * 4 + part;
  }

  static int type(int label) {
    return (label - 1) / 4;
  }

  static int part(int label) {
    return (label - 1) % 4;
  }

  /** BILOU labels of a sentence of {@code length} tokens holding {@code chunks}. */
  static int[] encode(List<Chunk> chunks, int length) {
    int[] y = new int[length];
    Arrays.fill(y, O);
    for (Chunk c : chunks) {
      int t = TYPES.indexOf(c.type());
      if (t < 0) {
        throw new IllegalArgumentException("expected a type in " + TYPES + ", got '" + c.type() + "'");
      }
      if (c.end() - c.start() == 1) {
        y[c.start()] = label(t, U);
      } else {
        y[c.start()] = label(t, B);
        for (int i = c.start() + 1; i < c.end() - 1; i++) {
          y[i] = label(t, I);
        }
        y[c.end() - 1] = label(t, L);
      }
    }
    return y;
  }

  /** Chunks of a BILOU sequence; tolerant of invalid sequences (an unfinished chunk is closed). */
  static List<Chunk> decode(int[] y) {
    java.util.ArrayList<Chunk> out = new java.util.ArrayList<>();
    int start = -1;
    int type = -1;
    for (int i = 0; i < y.length; i++) {
      int l = y[i];
      if (l == O) {
        if (start >= 0) {
          out.add(new Chunk(TYPES.get(type), start, i));
          start = -1;
        }
        continue;
      }
      int t = type(l);
      int p = part(l);
      if (start >= 0 && (t != type || p == B || p == U)) {
        out.add(new Chunk(TYPES.get(type), start, i));
        start = -1;
      }
      if (start < 0) {
        start = i;
        type = t;
      }
      if (p == L || p == U) {
        out.add(new Chunk(TYPES.get(type), start, i + 1));
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new Chunk(TYPES.get(type), start, y.length));
    }
    return out;
  }
}
