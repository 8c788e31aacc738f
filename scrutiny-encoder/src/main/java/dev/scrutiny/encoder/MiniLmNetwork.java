package dev.scrutiny.encoder;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One all-MiniLM-L6-v2 ONNX file with the published tokenizer, mean-pooled, read through this class's own loader
 * (not the library's {@code loadFromJar}, which reads the thread's context loader, which a server or a Spark
 * executor may set elsewhere, and gives no message when a file is missing).
 *
 * <p>Each run of the network uses one thread ({@link #options}): the texts of a batch are spread over one pool of
 * daemon threads, as many as the machine has cores, which every encoder of this module shares. ONNX Runtime's
 * default instead gives each run a pool of its own with one thread a core, spinning while it waits; with the
 * analysis threads of a batch already on every core, those pools fought each other for the same cores (a third
 * slower on two cores with long statements). The vectors are the same either way: each one is computed by one run.
 */
final class MiniLmNetwork extends AbstractInProcessEmbeddingModel {

  /** The tokenizer of the published model, which the fine-tuned copies share. */
  static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private static final ExecutorService RUNS = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), daemonThreads());

  private final OnnxBertBiEncoder model;

  /** Reads {@code onnx} and the tokenizer from the class path; {@code what} names the network in errors. */
  MiniLmNetwork(String onnx, String what) {
    super(RUNS);
    try (InputStream network = open(onnx); InputStream tokenizer = open(TOKENIZER);
        OrtSession.SessionOptions options = options()) {
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(network.readAllBytes(), options);
      this.model = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + onnx, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the " + what + " " + onnx + ": " + e.getMessage(), e);
    }
  }

  /** One thread a run, graph optimised fully. */
  static OrtSession.SessionOptions options() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return options;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = MiniLmNetwork.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource " + resource + " is missing from the class path");
    }
    return in;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "scrutiny-encoder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
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
