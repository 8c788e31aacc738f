package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

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
}
