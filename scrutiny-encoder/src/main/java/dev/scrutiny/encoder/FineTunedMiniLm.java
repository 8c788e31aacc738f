package dev.scrutiny.encoder;

import dev.scrutiny.text.SentenceEncoder;
import java.util.List;

/**
 * A sentence encoder fine-tuned for one task by {@code tools/finetune}: all-MiniLM-L6-v2 or another encoder of its
 * width and vocabulary (e5-small-v2, twelve layers), the same tokenizer and quantised graph as {@link MiniLmEncoder},
 * read from {@code dev/scrutiny/encoder/<id>.onnx} in this module. The models
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
