package dev.scrutiny.text;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns sentences or paragraphs into fixed-length vectors (a frozen sentence encoder). The core library ships
 * none: the {@code scrutiny-encoder} module provides one (MiniLM, ONNX Runtime) found through
 * {@link ServiceLoader}. Models trained with encoder features name the encoder they need by {@link #id()};
 * analyzers using such a model fail with a message naming it when it is not installed. Implementations are
 * thread-safe.
 */
public interface SentenceEncoder {

  /** A stable name of the encoder and its weights, stored in models trained with it ("all-minilm-l6-v2-q"). */
  String id();

  /** The length of every vector. */
  int dimension();

  /** One unit-length vector per text, in order; an empty text gives a vector of zeros. */
  float[][] encode(List<String> texts);

  /** The first encoder installed on the class path, if any. */
  static Optional<SentenceEncoder> installed() {
    return Holder.INSTALLED;
  }

  /** The installed encoder with this {@link #id()}, if any. */
  static Optional<SentenceEncoder> installed(String id) {
    return Holder.INSTALLED.filter(e -> e.id().equals(id));
  }

  /** Loaded once, on first use. */
  final class Holder {
    private Holder() {}

    static final Optional<SentenceEncoder> INSTALLED =
        ServiceLoader.load(SentenceEncoder.class, SentenceEncoder.class.getClassLoader()).findFirst();
  }
}
