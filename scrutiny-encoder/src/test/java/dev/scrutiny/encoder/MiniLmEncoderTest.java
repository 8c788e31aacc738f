package dev.scrutiny.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.scrutiny.text.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped encoder, found as the core finds it, on sentences written for the test. */
class MiniLmEncoderTest {

  private static final SentenceEncoder ENCODER = SentenceEncoder.installed(MiniLmEncoder.ID).orElseThrow();

  @Test
  void it_is_found_through_the_service_loader_under_its_id() {
    assertThat(ENCODER).isInstanceOf(MiniLmEncoder.class);
    assertThat(ENCODER.dimension()).isEqualTo(384);
    assertThat(SentenceEncoder.installed("another-encoder")).isEmpty();
  }

  @Test
  void a_paraphrase_is_nearer_than_an_unrelated_sentence_and_vectors_have_unit_length() {
    float[][] v = ENCODER.encode(List.of(
        "Drones struck a grain terminal in the port overnight, the governor said.",
        "The governor said a grain terminal at the port was hit by drones during the night.",
        "The orchestra will tour five cities in the spring."));
    assertThat(v).hasNumberOfRows(3);
    for (float[] x : v) {
      assertThat(x).hasSize(384);
      assertThat(dot(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.3);
  }

  @Test
  void order_survives_batching_and_text_without_letters_gives_zeros() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      texts.add(i == 40 ? " -- " : "Report number " + i + " on the shelling of the bridge.");
    }
    float[][] all = ENCODER.encode(texts);
    float[][] one = ENCODER.encode(List.of(texts.get(65)));
    assertThat(dot(all[65], one[0])).isGreaterThan(0.999);
    assertThat(all[40]).containsOnly(0f);
  }

  @Test
  void the_network_run_one_thread_at_a_time_gives_the_library_s_own_vectors() {
    List<String> texts = List.of(
        "The ministry said three villages were retaken after heavy fighting near the river.",
        "Shelling cut power to the city overnight.");
    float[][] ours = ENCODER.encode(texts);
    var library = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (int i = 0; i < texts.size(); i++) {
      float[] theirs = library.embed(texts.get(i)).content().vector();
      assertThat(dot(ours[i], theirs) / Math.sqrt(dot(theirs, theirs))).isGreaterThan(0.99999);
    }
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
