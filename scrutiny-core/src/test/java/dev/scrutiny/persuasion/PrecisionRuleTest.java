package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PrecisionRuleTest {

  private static final FeatureConfig CONFIG = new FeatureConfig(10, true, false, 0, 0, 0, false, false);
  private static final String[] LABELS = {"Loaded_Language", "False_Dilemma-No_Choice"};

  private static LinearModel model() {
    return new LinearModel(LABELS, CONFIG, new float[2][CONFIG.dim()], new float[] {0.1f, -0.2f}, new double[] {0.3, 0.2});
  }

  private static LinearModel roundTrip(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return LinearModel.load(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void a_model_without_the_rule_uses_its_f1_thresholds_and_survives_a_round_trip() throws IOException {
    LinearModel m = roundTrip(model());
    assertThat(m.hasPrecisionRule()).isFalse();
    assertThat(m.precisionThreshold(0)).isEqualTo(0.3);
    assertThat(m.cueThreshold(1)).isEqualTo(0.2);
  }

  @Test
  void the_precision_rule_is_saved_and_read_back() throws IOException {
    LinearModel m = roundTrip(model().withPrecisionRule(new double[] {0.6, 1.01}, new double[] {0.4, 0.05}));
    assertThat(m.hasPrecisionRule()).isTrue();
    assertThat(m.threshold(0)).isEqualTo(0.3);
    assertThat(m.precisionThreshold(0)).isEqualTo(0.6);
    assertThat(m.cueThreshold(1)).isEqualTo(0.05);
  }

  @Test
  void a_label_fires_on_score_or_on_a_lower_score_with_its_cue() {
    LinearModel m = model().withPrecisionRule(new double[] {0.6, 1.01}, new double[] {0.4, 0.05});
    assertThat(PersuasionModels.fires(m, 0, 0.5, false)).isFalse();
    assertThat(PersuasionModels.fires(m, 0, 0.5, true)).isTrue();
    assertThat(PersuasionModels.fires(m, 0, 0.6, false)).isTrue();
    assertThat(PersuasionModels.fires(m, 1, 0.99, false)).isFalse(); // never on score alone
    assertThat(PersuasionModels.fires(m, 1, 0.06, true)).isTrue();
  }

  @Test
  void precision_and_cue_thresholds_come_together_one_per_label() {
    assertThatThrownBy(() -> model().withPrecisionRule(new double[] {0.5}, new double[] {0.5}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
