package dev.scrutiny.text;

import java.util.ArrayList;
import java.util.List;

/** A stand-in sentence encoder for tests: a 4-dimensional vector from a text's length and letters; records what it is asked. */
public final class FakeEncoder implements SentenceEncoder {

  private final String id;
  private final List<String> asked = new ArrayList<>();
  private int calls;

  public FakeEncoder(String id) {
    this.id = id;
  }

  /** Every text it was asked to encode, in order. */
  public synchronized List<String> asked() {
    return List.copyOf(asked);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int dimension() {
    return 4;
  }

  /** How many times {@link #encode} was called. */
  public synchronized int calls() {
    return calls;
  }

  @Override
  public synchronized float[][] encode(List<String> texts) {
    calls++;
    asked.addAll(texts);
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      String t = texts.get(i).strip();
      out[i] = new float[] {t.length() % 7, t.chars().filter(c -> c == 'e').count(), 1, t.isEmpty() ? 0 : t.charAt(0) % 5};
    }
    return out;
  }
}
