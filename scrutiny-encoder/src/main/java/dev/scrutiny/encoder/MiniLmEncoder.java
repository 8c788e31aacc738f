package dev.scrutiny.encoder;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.scrutiny.text.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions, Apache-2.0) on ONNX Runtime. A run costs about 0.05 ms a word piece
 * on one core with AVX-512 VNNI and 0.2–0.25 ms with AVX2 only (a 25-piece sentence: 1.2 against 5–6 ms). Texts are
 * cut to 128 word pieces by the tokenizer, as in fine-tuning; a text without letters or digits gives zeros.
 * Thread-safe; the model loads on first use.
 */
public final class MiniLmEncoder implements SentenceEncoder {

  /** The id models trained with this encoder store. */
  public static final String ID = "all-minilm-l6-v2-q";

  private static final int BATCH = 32;

  private final String id;
  private final Supplier<EmbeddingModel> loader;
  private volatile EmbeddingModel model;

  /** The encoder as published: all-MiniLM-L6-v2, quantised. */
  public MiniLmEncoder() {
    this(ID, () -> new MiniLmNetwork("/all-minilm-l6-v2-q.onnx", "sentence encoder"));
  }

  /** The same network with other weights ({@code loader} runs once, on first use), known by {@code id}. */
  MiniLmEncoder(String id, Supplier<EmbeddingModel> loader) {
    this.id = id;
    this.loader = loader;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int dimension() {
    return 384;
  }

  private EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        if (model == null) {
          model = loader.get();
        }
        m = model;
      }
    }
    return m;
  }

  @Override
  public float[][] encode(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<TextSegment> batch = new ArrayList<>(BATCH);
    List<Integer> at = new ArrayList<>(BATCH);
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i).strip();
      if (t.codePoints().noneMatch(Character::isLetterOrDigit)) { // nothing to embed: the zero vector
        out[i] = new float[dimension()];
        continue;
      }
      batch.add(TextSegment.from(t));
      at.add(i);
      if (batch.size() == BATCH) {
        flush(batch, at, out);
      }
    }
    flush(batch, at, out);
    return out;
  }

  private void flush(List<TextSegment> batch, List<Integer> at, float[][] out) {
    if (batch.isEmpty()) {
      return;
    }
    List<Embedding> e = model().embedAll(batch).content();
    for (int k = 0; k < e.size(); k++) {
      float[] v = e.get(k).vector();
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      float f = norm == 0 ? 1 : (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < v.length; j++) {
        v[j] *= f;
      }
      out[at.get(k)] = v;
    }
    batch.clear();
    at.clear();
  }
}
