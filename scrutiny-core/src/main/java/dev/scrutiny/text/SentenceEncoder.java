package dev.scrutiny.text;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

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

  /**
   * The one task the encoder was fine-tuned for ({@code "check-worthiness"}), or the empty string for a
   * general-purpose encoder (the default).
   */
  default String task() {
    return "";
  }

  /** The first general-purpose encoder ({@link #task()} empty) installed on the class path, if any. */
  static Optional<SentenceEncoder> installed() {
    return installedFor("");
  }

  /** The installed encoder with this {@link #id()}, if any. */
  static Optional<SentenceEncoder> installed(String id) {
    return Holder.INSTALLED.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The first installed encoder fine-tuned for {@code task} (see {@link #task()}), if any. */
  static Optional<SentenceEncoder> installedFor(String task) {
    return Holder.INSTALLED.stream().filter(e -> e.task().equals(task)).findFirst();
  }

  /** Every installed encoder, in the order of the class path's service files. */
  static List<SentenceEncoder> all() {
    return Holder.INSTALLED;
  }

  /** Loaded once, on first use, in the order of the class path's service files. */
  final class Holder {
    private Holder() {}

    static final List<SentenceEncoder> INSTALLED =
        ServiceLoader.load(SentenceEncoder.class, SentenceEncoder.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).collect(Collectors.toUnmodifiableList());
  }
}
