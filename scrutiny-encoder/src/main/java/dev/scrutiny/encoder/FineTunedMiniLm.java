package dev.scrutiny.encoder;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.scrutiny.text.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * all-MiniLM-L6-v2 fine-tuned for one task by {@code tools/finetune}: the same quantised network and tokenizer as
 * {@link MiniLmEncoder}, other weights, read from {@code dev/scrutiny/encoder/<id>.onnx} in this module. The models
 * trained with it find it by {@link #task()} ({@link SentenceEncoder#installedFor}). Thread-safe; the network loads
 * on first use.
 */
abstract class FineTunedMiniLm implements SentenceEncoder {

  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final String id;
  private final String task;
  private final MiniLmEncoder encoder;

  FineTunedMiniLm(String id, String task) {
    this.id = id;
    this.task = task;
    String resource = "/dev/scrutiny/encoder/" + id + ".onnx";
    this.encoder = new MiniLmEncoder(id, () -> new Model(resource, task));
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

  /**
   * The fine-tuned ONNX file of this module with the published model's tokenizer, mean-pooled. Read through this
   * class's own loader, not the library's {@code loadFromJar} (the thread's context loader, which a server or a Spark
   * executor may set elsewhere, and no message when a file is missing).
   */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder model;

    Model(String resource, String task) {
      super(null); // the library's default executor, as the published model has
      try (InputStream onnx = open(resource); InputStream tokenizer = open(TOKENIZER)) {
        this.model = new OnnxBertBiEncoder(onnx, tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the " + task + " encoder " + resource, e);
      }
    }

    private static InputStream open(String resource) throws IOException {
      InputStream in = FineTunedMiniLm.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IOException("resource " + resource + " is missing from the class path");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return model;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }
  }
}
