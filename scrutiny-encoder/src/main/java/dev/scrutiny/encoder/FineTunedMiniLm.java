package dev.scrutiny.encoder;

import dev.scrutiny.text.SentenceEncoder;
import java.util.List;

/**
 * all-MiniLM-L6-v2 fine-tuned for one task by {@code tools/finetune}: the same quantised network and tokenizer as
 * {@link MiniLmEncoder}, other weights, read from {@code dev/scrutiny/encoder/<id>.onnx} in this module. The models
 * trained with it find it by {@link #task()} ({@link SentenceEncoder#installedFor}). Thread-safe; the network loads
 * on first use.
 */
abstract class FineTunedMiniLm implements SentenceEncoder {

  private final String id;
  private final String task;
  private final MiniLmEncoder encoder;

  FineTunedMiniLm(String id, String task) {
    this.id = id;
    this.task = task;
    String resource = "/dev/scrutiny/encoder/" + id + ".onnx";
    this.encoder = new MiniLmEncoder(id, () -> new MiniLmNetwork(resource, task + " encoder"));
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final int dimension() {
    return encoder.dimension();
  }

  @Override
  public final String task() {
    return task;
  }

  @Override
  public final float[][] encode(List<String> texts) {
    return encoder.encode(texts);
  }
}
