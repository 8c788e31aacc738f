package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.text.FakeEncoder;
import dev.scrutiny.text.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A check-worthiness model with encoder vectors: the mean of the two probabilities, and a file naming the encoder. */
class CheckWorthinessVectorsTest {

  private static final String SENTENCE = "Russia lost 1,200 tanks in 2023.";

  private static CheckWorthiness model() {
    float[] w = new float[1 << 10];
    for (int i = 0; i < w.length; i++) {
      w[i] = (i % 5) * 0.3f - 0.5f;
    }
    CheckWorthiness words = new CheckWorthiness(10, w, 0.2f, 0.4f);
    return words.withVectors(new CheckWorthinessVectors("fake", new double[] {0.5, -0.25, 1, 0.1}, -0.3,
        new FakeEncoder("fake")));
  }

  @Test
  void the_score_is_the_mean_of_the_word_and_vector_probabilities() {
    CheckWorthiness m = model();
    CheckWorthiness wordsOnly = new CheckWorthiness(10, wordsOf(m), 0.2f, 0.4f);
    float[] v = new FakeEncoder("fake").encode(List.of(SENTENCE))[0];
    double dense = CheckWorthiness.sigmoid(-0.3 + 0.5 * v[0] - 0.25 * v[1] + v[2] + 0.1 * v[3]);
    assertThat(m.score(SENTENCE)).isCloseTo((wordsOnly.score(SENTENCE) + dense) / 2, Offset.offset(1e-12));
    assertThat(m.score(Segmenter.tokens(SENTENCE))).isCloseTo(m.score(SENTENCE), Offset.offset(1e-12));
    assertThat(m.encoderId()).isEqualTo("fake");
    assertThat(wordsOnly.encoderId()).isNull();
  }

  private static float[] wordsOf(CheckWorthiness m) {
    float[] w = new float[1 << 10];
    for (int i = 0; i < w.length; i++) {
      w[i] = (i % 5) * 0.3f - 0.5f;
    }
    return w;
  }

  @Test
  void the_file_names_the_encoder_and_reading_it_without_that_encoder_fails_naming_it() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model().write(out);
    byte[] bytes = out.toByteArray();
    assertThatThrownBy(() -> CheckWorthiness.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(IOException.class).hasMessageContaining("sentence encoder fake (4 dimensions)")
        .hasMessageContaining("not installed");
    assertThatThrownBy(() -> CheckWorthiness.read(new ByteArrayInputStream(bytes), new FakeEncoder("other")))
        .hasMessageContaining("trained with sentence encoder fake (4 dimensions), got other");
    CheckWorthiness read = CheckWorthiness.read(new ByteArrayInputStream(bytes), new FakeEncoder("fake"));
    assertThat(read.score(SENTENCE)).isEqualTo(model().score(SENTENCE));
    assertThat(read.threshold()).isEqualTo(model().threshold());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    read.write(again);
    assertThat(again.toByteArray()).isEqualTo(bytes);
  }

  @Test
  void the_build_holds_no_model_for_an_unknown_encoder() {
    assertThatThrownBy(() -> CheckWorthiness.forEncoder(new FakeEncoder("no-such-encoder")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-encoder");
  }
}
