package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NerLabelsTest {

  @Test
  void bilou_encoding_round_trips_random_chunkings() {
    Random r = new Random(1);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + r.nextInt(20);
      List<Chunk> chunks = new ArrayList<>();
      int i = 0;
      while (i < n) {
        if (r.nextBoolean()) {
          int len = 1 + r.nextInt(Math.min(4, n - i));
          chunks.add(new Chunk(NerLabels.TYPES.get(r.nextInt(4)), i, i + len));
          i += len;
        } else {
          i++;
        }
      }
      int[] y = NerLabels.encode(chunks, n);
      assertThat(NerLabels.decode(y)).isEqualTo(chunks);
      for (int k = 0; k < n; k++) {
        int prev = k == 0 ? NerLabels.COUNT : y[k - 1];
        assertThat(NerLabels.ALLOWED[prev * NerLabels.COUNT + y[k]]).isTrue();
      }
      assertThat(NerLabels.FINAL[y[n - 1]]).isTrue();
    }
  }

  @Test
  void viterbi_never_returns_an_invalid_sequence_even_when_emissions_favour_one() {
    int n = 3;
    float[] e = new float[n * NerLabels.COUNT];
    int iPer = NerLabels.label(0, 1); // I-PER everywhere is invalid at the start
    for (int i = 0; i < n; i++) {
      e[i * NerLabels.COUNT + iPer] = 10;
    }
    int[] y = Viterbi.decode(e, new float[(NerLabels.COUNT + 1) * NerLabels.COUNT], n);
    assertThat(NerLabels.ALLOWED[NerLabels.COUNT * NerLabels.COUNT + y[0]]).isTrue();
    for (int k = 1; k < n; k++) {
      assertThat(NerLabels.ALLOWED[y[k - 1] * NerLabels.COUNT + y[k]]).isTrue();
    }
    assertThat(NerLabels.FINAL[y[n - 1]]).isTrue();
  }
}
