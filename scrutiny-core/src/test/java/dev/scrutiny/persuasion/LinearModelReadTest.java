package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A model read from a file keeps its 16-bit weights; its scores must equal those of the floats they stand for. */
class LinearModelReadTest {

  private static final FeatureConfig CONFIG = new FeatureConfig(10, true, false, 0, 0, 0, false, false);
  private static final String[] LABELS = {"a", "b", "c"};

  private static byte[] bytes(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  @Test
  void scores_of_a_read_model_equal_those_of_its_weights_as_floats_and_it_writes_back_the_same_bytes()
      throws IOException {
    Random r = new Random(7);
    float[][] w = new float[LABELS.length][CONFIG.dim()];
    for (float[] row : w) {
      for (int i = 0; i < row.length; i++) {
        row[i] = (float) r.nextGaussian() * (i % 3 == 0 ? 0.01f : 2f);
      }
    }
    byte[] saved = bytes(new LinearModel(LABELS, CONFIG, w, new float[] {0.1f, -0.2f, 0.3f}, new double[] {0.5, 0.5, 0.5}));
    LinearModel read = LinearModel.load(new ByteArrayInputStream(saved));
    assertThat(bytes(read)).isEqualTo(saved);

    // the floats a reader that converts at once would hold: the 16-bit value times the row's scale
    float[][] dequantised = new float[LABELS.length][CONFIG.dim()];
    for (int l = 0; l < LABELS.length; l++) {
      float max = 0;
      for (float v : w[l]) {
        max = Math.max(max, Math.abs(v));
      }
      float scale = max / 32767f;
      for (int i = 0; i < w[l].length; i++) {
        dequantised[l][i] = (short) Math.round(w[l][i] / scale) * scale;
      }
    }
    LinearModel floats = new LinearModel(LABELS, CONFIG, dequantised, new float[] {0.1f, -0.2f, 0.3f},
        new double[] {0.5, 0.5, 0.5});
    for (int trial = 0; trial < 50; trial++) {
      int n = 1 + r.nextInt(40);
      int[] idx = new int[n];
      float[] val = new float[n];
      for (int i = 0; i < n; i++) {
        idx[i] = r.nextInt(CONFIG.dim());
        val[i] = (float) r.nextGaussian();
      }
      FeatureVector x = new FeatureVector(idx, val);
      assertThat(read.logits(x)).containsExactly(floats.logits(x));
    }
  }
}
