package dev.scrutiny.encoder;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.scrutiny.claims.CheckWorthiness;
import dev.scrutiny.text.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * all-MiniLM-L6-v2 fine-tuned on CheckThat! 2024 check-worthiness (English training sentences): the same quantised
 * network and tokenizer as {@link MiniLmEncoder}, other weights, written by {@code tools/finetune/checkworthy.py}.
 * Its vectors serve the check-worthiness model shipped beside it; the analyzers find it by
 * {@link #task()} ({@link SentenceEncoder#installedFor}). Thread-safe; the model loads on first use.
 */
public final class CheckWorthinessEncoder implements SentenceEncoder {

  /** The id the check-worthiness model trained with its vectors stores. */
  public static final String ID = "all-minilm-l6-v2-q-checkworthy";

  static final String RESOURCE = "/dev/scrutiny/encoder/" + ID + ".onnx";

  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final MiniLmEncoder encoder = new MiniLmEncoder(ID, Model::new);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public String task() {
    return CheckWorthiness.TASK;
  }

  @Override
  public float[][] encode(List<String> texts) {
    return encoder.encode(texts);
  }

  /**
   * The fine-tuned ONNX file of this module with the published model's tokenizer, mean-pooled. Read through this
   * class's own loader, not the library's {@code loadFromJar} (the thread's context loader, which a server or a Spark
   * executor may set elsewhere, and no message when a file is missing).
   */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder model;

    Model() {
      super(null); // the library's default executor, as the published model has
      try (InputStream onnx = open(RESOURCE); InputStream tokenizer = open(TOKENIZER)) {
        this.model = new OnnxBertBiEncoder(onnx, tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the check-worthiness encoder " + RESOURCE, e);
      }
    }

    private static InputStream open(String resource) throws IOException {
      InputStream in = CheckWorthinessEncoder.class.getResourceAsStream(resource);
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
