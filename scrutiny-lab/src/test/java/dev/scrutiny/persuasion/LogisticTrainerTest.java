package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

  private static final FeatureConfig CONFIG = new FeatureConfig(10, true, false, 0, 0, 0, false, false);

  @Test
  void an_example_teaches_only_the_labels_it_is_marked_for() {
    FeatureExtractor fx = new FeatureExtractor(CONFIG);
    List<FeatureVector> xs = new ArrayList<>();
    List<boolean[]> gold = new ArrayList<>();
    List<boolean[]> taught = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // "banquet" is label 0 and label 1 in the labelled half …
      xs.add(fx.vector(TextLayers.of("gala banquet tonight"), 0, 20, FeatureExtractor.Context.NONE));
      gold.add(new boolean[] {true, true});
      taught.add(null);
      // … and a negative of label 1 only in the other half
      xs.add(fx.vector(TextLayers.of("gala banquet tonight"), 0, 20, FeatureExtractor.Context.NONE));
      gold.add(new boolean[] {false, false});
      taught.add(new boolean[] {false, true});
    }
    double[] w = new double[xs.size()];
    java.util.Arrays.fill(w, 1);
    LinearModel m = LogisticTrainer.defaults().fit(new String[] {"a", "b"}, CONFIG, xs, gold.toArray(boolean[][]::new),
        taught.toArray(boolean[][]::new), w, 1, false);
    double[] p = m.probabilities(xs.get(0));
    assertThat(p[0]).as("label a never saw the negatives").isGreaterThan(0.9);
    assertThat(p[1]).as("label b saw as many negatives as positives").isBetween(0.3, 0.7);
  }
}
