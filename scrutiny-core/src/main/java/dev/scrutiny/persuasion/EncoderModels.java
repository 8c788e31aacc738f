package dev.scrutiny.persuasion;

import dev.scrutiny.text.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the technique and frame models trained with a sentence encoder's vectors: on the class path at
 * {@code dev/scrutiny/persuasion/encoder/<encoder id>/st{2,3}-<lang>.bin} (shipped by {@code scrutiny-encoder}, so
 * that the core library holds neither ONNX Runtime nor these files), or named by models read from a folder.
 * Each file loads once.
 */
final class EncoderModels {

  private static final Map<String, Optional<LinearModel>> LOADED = new ConcurrentHashMap<>();

  private EncoderModels() {}

  /**
   * {@code plain} with the encoder's frame and technique models for its language, where the build holds them; the
   * technique model of an installed encoder fine-tuned for techniques ({@link PersuasionModels#TECHNIQUES_TASK})
   * comes first.
   */
  static PersuasionModels forLanguage(PersuasionModels plain, SentenceEncoder encoder) {
    String st3 = "st3-" + plain.language() + ".bin";
    Optional<SentenceEncoder> tuned = SentenceEncoder.installedFor(PersuasionModels.TECHNIQUES_TASK);
    SentenceEncoder frameEncoder = frameEncoder(plain.language(), encoder);
    LinearModel frames = resource(frameEncoder.id(), "st2-" + plain.language() + ".bin");
    LinearModel techniques = tuned.map(t -> resource(t.id(), st3)).orElse(null);
    techniques = techniques != null ? techniques : resource(encoder.id(), st3);
    return frames == null && techniques == null ? plain : plain.withEncoderModels(frames, techniques, frameEncoder);
  }

  /**
   * The encoder the frame model for {@code language} reads: the one fine-tuned for techniques where it is installed
   * and the build holds a frame model trained with its vectors (frames read persuasion better through it, and each
   * line is then encoded once for frames and techniques), else {@code encoder}. {@code encoder} itself comes back
   * when it is that encoder (a caching wrapper keeps its cache).
   */
  static SentenceEncoder frameEncoder(@Nullable String language, SentenceEncoder encoder) {
    String st2 = "st2-" + (language == null ? "en" : language) + ".bin";
    return SentenceEncoder.installedFor(PersuasionModels.TECHNIQUES_TASK)
        .filter(t -> !t.id().equals(encoder.id()) && resource(t.id(), st2) != null)
        .orElse(encoder);
  }

  /** The installed encoder that the first of {@code models} reading vectors names, or null (none reads them, or not installed). */
  static @Nullable SentenceEncoder installedFor(@Nullable LinearModel[] models) {
    for (LinearModel m : models) {
      if (m != null && m.encoder() != null) {
        return SentenceEncoder.installed(m.encoder().id()).orElse(null);
      }
    }
    return null;
  }

  /**
   * The encoder that {@code head} reads the vectors of: {@code given} when it has the id the classifier names, else
   * the installed one of that id.
   *
   * @throws IllegalArgumentException naming the encoder when it is not installed, or gives vectors of another length
   */
  static SentenceEncoder headEncoder(String language, EncoderHead head, @Nullable SentenceEncoder given) {
    SentenceEncoder e = given != null && given.id().equals(head.encoderId()) ? given
        : SentenceEncoder.installed(head.encoderId()).orElseThrow(() -> new IllegalArgumentException(
            "model st3-" + language + ".bin mixes in a classifier on sentence encoder " + head.encoderId()
                + ", which is not installed: put scrutiny-encoder on the class path"));
    if (e.dimension() != head.dimension()) {
      throw new IllegalArgumentException("model st3-" + language + ".bin expects " + head.dimension()
          + "-dimensional vectors from sentence encoder " + head.encoderId() + ", which gives " + e.dimension());
    }
    return e;
  }

  /**
   * Checks that each model reading encoder vectors names {@code encoder}.
   *
   * @throws IllegalArgumentException naming the model and the encoder it needs, when none or another is given
   */
  static void check(String language, @Nullable LinearModel[] models, @Nullable SentenceEncoder encoder) {
    for (int i = 0; i < models.length; i++) {
      EncoderSpec spec = models[i] == null ? null : models[i].encoder();
      String name = "model st" + (i + 1) + "-" + language + ".bin";
      if (spec != null && encoder == null) {
        throw new IllegalArgumentException(name + " was trained with sentence encoder " + spec
            + ", which is not installed: put scrutiny-encoder on the class path or pass the encoder");
      } else if (spec != null) {
        spec.check(encoder, name);
      }
    }
  }

  /**
   * {@code named} with the encoder features of {@code texts} (their mean vector) where {@code model} reads them; the
   * named features stay as they are for explanations, which never show vector dimensions.
   */
  static Map<String, Double> withVectors(LinearModel model, Map<String, Double> named,
      @Nullable SentenceEncoder encoder, List<String> texts) {
    EncoderSpec spec = model.encoder();
    if (spec == null) {
      return named;
    }
    Map<String, Double> all = new java.util.LinkedHashMap<>(named);
    spec.add(all, List.of(java.util.Objects.requireNonNull(encoder, "encoder").encode(texts)));
    return all;
  }

  private static @Nullable LinearModel resource(String encoderId, String file) {
    String name = "encoder/" + encoderId + "/" + file;
    return LOADED.computeIfAbsent(name, n -> {
      try (InputStream in = EncoderModels.class.getResourceAsStream(n)) {
        return in == null ? Optional.empty() : Optional.of(LinearModel.load(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read model dev/scrutiny/persuasion/" + n, e);
      }
    }).orElse(null);
  }
}
