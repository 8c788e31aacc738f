package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GenreTrainerTest {

  private static final String[] LABELS = {"opinion", "reporting", "satire"};
  private static final FeatureConfig CONFIG = new FeatureConfig(10, false, false, 0, 0, 0, true, false);

  /** Genre {@code g}'s examples: feature {@code 10 + g} is high, feature 99 is noise shared by all. */
  private static TrainingExample example(Random r, int g, int n, double weight, boolean[] taught) {
    int[] idx = {10, 11, 12, 99};
    float[] val = new float[4];
    for (int k = 0; k < 3; k++) {
      val[k] = (float) ((k == g ? 0.6 : 0.2) + 0.3 * r.nextDouble());
    }
    val[3] = (float) r.nextDouble();
    boolean[] gold = new boolean[3];
    if (taught == null) {
      gold[g] = true;
    }
    return new TrainingExample("d" + n, "d" + n, new FeatureVector(idx, val), gold, taught, weight, null);
  }

  private static List<TrainingExample> data(int perGenre, long seed) {
    Random r = new Random(seed);
    List<TrainingExample> out = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      for (int i = 0; i < perGenre * (g == 0 ? 4 : 1); i++) {
        out.add(example(r, g, out.size(), 1, null));
      }
    }
    return out;
  }

  private static double accuracy(LinearModel m, List<TrainingExample> test) {
    int right = 0;
    for (TrainingExample e : test) {
      right += e.gold()[Thresholds.argmax(m.logits(e.x()), new double[3])] ? 1 : 0;
    }
    return right / (double) test.size();
  }

  @Test
  void learns_genres_that_the_features_tell_apart_on_new_examples() {
    LinearModel m = new GenreTrainer(0.01, 0.5, 300).fit(LABELS, CONFIG, data(30, 1));
    assertThat(accuracy(m, data(30, 2))).isGreaterThan(0.9);
  }

  @Test
  void a_stronger_penalty_gives_smaller_weights() {
    List<TrainingExample> train = data(30, 1);
    LinearModel weak = new GenreTrainer(0.001, 0.5, 300).fit(LABELS, CONFIG, train);
    LinearModel strong = new GenreTrainer(3, 0.5, 300).fit(LABELS, CONFIG, train);
    FeatureVector x = train.get(0).x();
    double spreadWeak = spread(weak.logits(x));
    assertThat(spread(strong.logits(x))).isLessThan(spreadWeak);
  }

  private static double spread(double[] z) {
    return java.util.Arrays.stream(z).max().orElseThrow() - java.util.Arrays.stream(z).min().orElseThrow();
  }

  @Test
  void an_example_known_not_to_be_satire_pushes_satire_down_only() {
    List<TrainingExample> train = data(30, 1);
    Random r = new Random(3);
    List<TrainingExample> taught = new ArrayList<>(train);
    for (int i = 0; i < 60; i++) {
      taught.add(example(r, 2, 1000 + i, 1, new boolean[] {false, false, true})); // satire-like, but not satire
    }
    LinearModel plain = new GenreTrainer(0.01, 0.5, 300).fit(LABELS, CONFIG, train);
    LinearModel negatives = new GenreTrainer(0.01, 0.5, 300).fit(LABELS, CONFIG, taught);
    FeatureVector satireLike = example(new Random(4), 2, 0, 1, null).x();
    assertThat(negatives.logits(satireLike)[2] - Math.max(negatives.logits(satireLike)[0], negatives.logits(satireLike)[1]))
        .isLessThan(plain.logits(satireLike)[2] - Math.max(plain.logits(satireLike)[0], plain.logits(satireLike)[1]));
  }

  @Test
  void the_same_examples_give_the_same_model_file() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new GenreTrainer(0.3, 0.5, 100).fit(LABELS, CONFIG, data(20, 1)).save(a);
    new GenreTrainer(0.3, 0.5, 100).fit(LABELS, CONFIG, data(20, 1)).save(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void an_example_without_a_genre_is_named() {
    List<TrainingExample> train = new ArrayList<>(data(5, 1));
    train.add(new TrainingExample("x", "x9", train.get(0).x(), new boolean[3], null, 1, null));
    assertThatThrownBy(() -> new GenreTrainer(0.3, 0.5, 10).fit(LABELS, CONFIG, train))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x9");
  }
}
