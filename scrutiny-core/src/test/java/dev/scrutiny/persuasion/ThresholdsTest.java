package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void micro_thresholds_separate_positives_from_negatives_per_label() {
    // label 0: positives score 0.3, negatives 0.1; label 1: positives 0.8, negatives 0.6
    double[][] p = {{0.3, 0.8}, {0.3, 0.6}, {0.1, 0.8}, {0.1, 0.6}};
    boolean[][] g = {{true, true}, {true, false}, {false, true}, {false, false}};
    double[] t = Thresholds.tuneMicro(p, g, 2);
    assertThat(t[0]).isGreaterThan(0.1).isLessThanOrEqualTo(0.3);
    assertThat(t[1]).isGreaterThan(0.6).isLessThanOrEqualTo(0.8);
  }

  @Test
  void a_shared_threshold_is_one_value_for_every_label_and_maximises_micro_f1() {
    // label 0: positives 0.3, negatives 0.1; label 1: positives 0.8, negatives 0.6. No single threshold
    // separates both: 0.3 (or anything in (0.1, 0.3]) keeps all four positives and lets two negatives in
    // (micro-F1 0.8); above 0.6 only label 1's positives pass (0.67); between them 0.5.
    double[][] p = {{0.3, 0.8}, {0.3, 0.6}, {0.1, 0.8}, {0.1, 0.6}};
    boolean[][] g = {{true, true}, {true, false}, {false, true}, {false, false}};
    double[] t = Thresholds.tuneShared(p, g, 2);
    assertThat(t[1]).isEqualTo(t[0]);
    assertThat(t[0]).isGreaterThan(0.1).isLessThanOrEqualTo(0.3);
    double[] perLabel = Thresholds.tuneMicro(p, g, 2);
    assertThat(perLabel[0]).isNotEqualTo(perLabel[1]); // per label they differ, which is what sharing gives up
  }

  @Test
  void a_label_that_never_helps_gets_a_high_threshold() {
    // label 0 is right whenever it fires; label 1 never has a positive, so its false alarms only cost
    double[][] p = {{0.9, 0.4}, {0.9, 0.55}, {0.1, 0.6}, {0.9, 0.42}};
    boolean[][] g = {{true, false}, {true, false}, {false, false}, {true, false}};
    assertThat(Thresholds.tuneMicro(p, g, 2)[1]).isGreaterThan(0.6);
  }

  @Test
  void macro_offsets_let_a_rare_class_win() {
    // class 1 always scores 1.5 below class 0, but is right for the second and fourth items
    double[][] z = {{2, 0}, {2, 0.5}, {2, 0}, {2, 0.6}};
    int[] gold = {0, 1, 0, 1};
    assertThat(Thresholds.macroF1(z, gold, new double[2], 2)).isLessThan(0.5);
    double[] off = Thresholds.tuneMacro(z, gold, 2);
    assertThat(off[0]).isZero();
    assertThat(Thresholds.macroF1(z, gold, off, 2)).isEqualTo(1.0);
  }

  @Test
  void balanced_offsets_do_not_assume_the_training_mix() {
    // 20 class-0 items (6 of them scoring like the rare class's weaker half) and 4 class-1 items
    List<double[]> z = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      z.add(new double[] {0, i < 6 ? -0.5 : -1.0});
      gold.add(0);
    }
    for (double v : new double[] {-0.5, -0.5, 0.5, 0.5}) {
      z.add(new double[] {0, v});
      gold.add(1);
    }
    double[][] logits = z.toArray(double[][]::new);
    int[] g = gold.stream().mapToInt(Integer::intValue).toArray();
    // at the training mix, catching the weaker half costs more false alarms than it is worth …
    assertThat(Thresholds.tuneMacro(logits, g, 2)[1]).isLessThan(0.5);
    // … with both classes equally common it is worth it
    double[] balanced = Thresholds.tuneMacroBalanced(logits, g, 2);
    assertThat(balanced[1]).isGreaterThan(0.5);
    double[] w = Thresholds.balancedWeights(g, 2);
    assertThat(w[0] * 20).isCloseTo(1.0, within(1e-12));
    assertThat(w[23] * 4).isCloseTo(1.0, within(1e-12));
    assertThat(Thresholds.macroF1(logits, g, balanced, 2, w))
        .isGreaterThan(Thresholds.macroF1(logits, g, Thresholds.tuneMacro(logits, g, 2), 2, w));
  }
}
