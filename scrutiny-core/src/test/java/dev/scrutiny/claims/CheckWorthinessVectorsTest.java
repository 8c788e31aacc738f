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
    return new CheckWorthiness(10, wordsOf(null), 0.2f, 0.4f).withVectors(new CheckWorthinessVectors("fake",
        new double[] {0.5, -0.25, 1, 0.1}, -0.3, new FakeEncoder("fake")));
  }

  /** The same weights with the vector model's {@code share} of the score. */
  private static CheckWorthiness model(double share) {
    return new CheckWorthiness(10, wordsOf(null), 0.2f, 0.4f).withVectors(new CheckWorthinessVectors("fake",
        new double[] {0.5, -0.25, 1, 0.1}, -0.3, share, new FakeEncoder("fake")));
  }

  private static double dense() {
    float[] v = new FakeEncoder("fake").encode(List.of(SENTENCE))[0];
    return CheckWorthiness.sigmoid(-0.3 + 0.5 * v[0] - 0.25 * v[1] + v[2] + 0.1 * v[3]);
  }

  @Test
  void the_score_is_the_mean_of_the_word_and_vector_probabilities() {
    CheckWorthiness m = model();
    CheckWorthiness wordsOnly = new CheckWorthiness(10, wordsOf(m), 0.2f, 0.4f);
    assertThat(m.score(SENTENCE)).isCloseTo((wordsOnly.score(SENTENCE) + dense()) / 2, Offset.offset(1e-12));
    assertThat(m.score(Segmenter.tokens(SENTENCE))).isCloseTo(m.score(SENTENCE), Offset.offset(1e-12));
    assertThat(m.encoderId()).isEqualTo("fake");
    assertThat(wordsOnly.encoderId()).isNull();
  }

  @Test
  void a_share_weighs_the_vector_model_and_share_one_scores_with_the_fine_tuned_classifier_alone() {
    double words = new CheckWorthiness(10, wordsOf(null), 0.2f, 0.4f).score(SENTENCE);
    assertThat(words).isNotCloseTo(dense(), Offset.offset(0.01));
    assertThat(model(1).score(SENTENCE)).isCloseTo(dense(), Offset.offset(1e-12));
    assertThat(model(0).score(SENTENCE)).isCloseTo(words, Offset.offset(1e-12));
    assertThat(model(0.75).score(SENTENCE)).isCloseTo(0.25 * words + 0.75 * dense(), Offset.offset(1e-12));
    assertThat(model(1).score(Segmenter.tokens(SENTENCE))).isCloseTo(dense(), Offset.offset(1e-12));
    assertThat(model(0.5).score(SENTENCE)).isEqualTo(model().score(SENTENCE));
    assertThatThrownBy(() -> model(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }

  @Test
  void a_share_other_than_half_is_written_and_read_back_and_half_keeps_the_earlier_format() throws IOException {
    for (double share : new double[] {1, 0.75}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      model(share).write(out);
      CheckWorthiness read = CheckWorthiness.read(new ByteArrayInputStream(out.toByteArray()), new FakeEncoder("fake"));
      assertThat(read.score(SENTENCE)).isEqualTo(model(share).score(SENTENCE));
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      read.write(again);
      assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }
    ByteArrayOutputStream half = new ByteArrayOutputStream();
    model(0.5).write(half);
    ByteArrayOutputStream earlier = new ByteArrayOutputStream();
    model().write(earlier);
    assertThat(half.toByteArray()).isEqualTo(earlier.toByteArray());
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
