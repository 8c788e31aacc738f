package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LinearModelTest {

  private static final FeatureConfig CONFIG = new FeatureConfig(12, true, true, 0, 0, 0, false, false);
  private static final String[] ANGRY = {"traitors", "regime", "thugs", "disgraceful", "puppet"};
  private static final String[] CALM = {"meeting", "committee", "budget", "schedule", "report"};

  /** Sentences built from two vocabularies; label 0 = angry words present, label 1 = a question. */
  static List<String> corpus(Random r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] v = i % 2 == 0 ? ANGRY : CALM;
      String s = "the " + v[r.nextInt(v.length)] + " and the " + v[r.nextInt(v.length)] + (i % 3 == 0 ? " ?" : " .");
      out.add(s);
    }
    return out;
  }

  static LinearModel train(long seed) {
    FeatureExtractor fx = new FeatureExtractor(CONFIG);
    List<String> texts = corpus(new Random(1), 200);
    List<FeatureVector> xs = new ArrayList<>();
    boolean[][] gold = new boolean[texts.size()][];
    double[] w = new double[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      xs.add(fx.vector(TextLayers.of(texts.get(i)), 0, texts.get(i).length(), FeatureExtractor.Context.NONE));
      gold[i] = new boolean[] {i % 2 == 0, i % 3 == 0};
      w[i] = 1;
    }
    return LogisticTrainer.defaults().fit(new String[] {"angry", "question"}, CONFIG, xs, gold, w, seed, false);
  }

  private static double[] probs(LinearModel m, String text) {
    return m.probabilities(new FeatureExtractor(m.config()).vector(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE));
  }

  @Test
  void learns_separable_labels() {
    LinearModel m = train(7);
    assertThat(probs(m, "the thugs and the regime .")[0]).isGreaterThan(0.8);
    assertThat(probs(m, "the budget and the meeting .")[0]).isLessThan(0.2);
    assertThat(probs(m, "the budget and the meeting ?")[1]).isGreaterThan(0.8);
  }

  @Test
  void same_seed_gives_the_same_model() throws IOException {
    assertThat(bytes(train(3))).isEqualTo(bytes(train(3)));
  }

  @Test
  void save_and_load_round_trip_keeps_labels_thresholds_and_scores() throws IOException {
    LinearModel m = train(7).withThresholds(new double[] {0.3, 0.65});
    LinearModel back = LinearModel.load(new ByteArrayInputStream(bytes(m)));
    assertThat(back.labels()).containsExactly("angry", "question");
    assertThat(back.threshold(0)).isEqualTo(0.3);
    assertThat(back.threshold(1)).isEqualTo(0.65);
    assertThat(back.config()).isEqualTo(CONFIG);
    for (String s : corpus(new Random(9), 20)) {
      double[] a = probs(m, s);
      double[] b = probs(back, s);
      assertThat(b[0]).isCloseTo(a[0], Offset.offset(1e-3));
      assertThat(b[1]).isCloseTo(a[1], Offset.offset(1e-3));
    }
  }

  @Test
  void load_rejects_other_files() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    assertThatThrownBy(() -> LinearModel.load(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("magic");
  }

  @Test
  void explanations_name_the_features_that_raised_the_score() {
    LinearModel m = train(7);
    FeatureExtractor fx = new FeatureExtractor(CONFIG);
    String text = "the traitors and the puppet .";
    List<String> top = m.topFeatures(fx.named(TextLayers.of(text), 0, text.length(), FeatureExtractor.Context.NONE), fx, 0, 3);
    assertThat(top).isNotEmpty().anyMatch(f -> f.equals("w traitors") || f.equals("w puppet")
        || f.contains("traitors") || f.contains("puppet"));
  }

  static byte[] bytes(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }
}
