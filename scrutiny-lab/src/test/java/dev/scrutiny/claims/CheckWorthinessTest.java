package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckWorthinessTest {

  @Test
  void shipped_model_scores_checkable_facts_above_rhetoric() {
    CheckWorthiness m = CheckWorthiness.standard();
    double fact = m.score("Russia has lost more than 3,000 tanks since February 2022, according to Oryx.");
    double rhetoric = m.score("What a shameful and sad spectacle this is!");
    assertThat(fact).isBetween(0.0, 1.0);
    assertThat(rhetoric).isBetween(0.0, 1.0);
    assertThat(fact).isGreaterThan(rhetoric);
    assertThat(m.isCheckworthy("Russia has lost more than 3,000 tanks since February 2022.")).isTrue();
  }

  static List<CheckWorthinessTrainer.Example> synthetic() {
    List<CheckWorthinessTrainer.Example> out = new ArrayList<>();
    String[] places = {"Kharkiv", "Bakhmut", "Kherson", "Odesa", "Sumy", "Dnipro"};
    for (int i = 0; i < 120; i++) {
      String p = places[i % places.length];
      out.add(new CheckWorthinessTrainer.Example("y" + i, p + " was hit by " + (i + 3) + " missiles in " + (2000 + i % 25)
          + ", killing " + i + " people.", true));
      out.add(new CheckWorthinessTrainer.Example("n" + i, "We must stay strong and keep our hearts open, friends of "
          + p.toLowerCase() + ".", false));
    }
    return out;
  }

  @Test
  void training_is_reproducible_with_a_seed_and_learns_a_separable_set() throws Exception {
    List<CheckWorthinessTrainer.Example> data = synthetic();
    CheckWorthiness a = CheckWorthinessTrainer.train(data, data, 7);
    CheckWorthiness b = CheckWorthinessTrainer.train(data, data, 7);
    ByteArrayOutputStream ba = new ByteArrayOutputStream();
    ByteArrayOutputStream bb = new ByteArrayOutputStream();
    a.write(ba);
    b.write(bb);
    assertThat(ba.toByteArray()).isEqualTo(bb.toByteArray());
    assertThat(CheckWorthinessTrainer.evaluate(a, data).f1()).isEqualTo(1.0);
    CheckWorthiness back = CheckWorthiness.read(new ByteArrayInputStream(ba.toByteArray()));
    assertThat(back.score("Odesa was hit by 9 missiles in 2023.")).isEqualTo(a.score("Odesa was hit by 9 missiles in 2023."));
  }

  @Test
  void out_of_fold_scores_come_from_models_that_never_saw_the_example() {
    List<CheckWorthinessTrainer.Example> data = synthetic();
    CheckWorthinessTrainer.Settings settings = CheckWorthinessTrainer.DEFAULTS;
    double[] scores = CheckWorthinessTrainer.outOfFoldScores(data, 4, 3, settings);
    assertThat(scores).hasSize(data.size());
    for (int i = 0; i < scores.length; i++) {
      assertThat(scores[i]).isBetween(0.0, 1.0);
      // the templates generalise across folds, so even unseen examples fall on the right side
      assertThat(scores[i] >= 0.5).as(data.get(i).text()).isEqualTo(data.get(i).checkworthy());
    }
    double threshold = CheckWorthinessTrainer.bestThreshold(scores, data);
    assertThat(CheckWorthinessTrainer.evaluate(CheckWorthinessTrainer.fit(data, 3, settings), data, threshold).f1())
        .isEqualTo(1.0);
  }

  @Test
  void best_threshold_separates_scores_at_the_f1_optimum() {
    List<CheckWorthinessTrainer.Example> gold = List.of(
        new CheckWorthinessTrainer.Example("1", "a", true), new CheckWorthinessTrainer.Example("2", "b", true),
        new CheckWorthinessTrainer.Example("3", "c", false), new CheckWorthinessTrainer.Example("4", "d", false));
    double t = CheckWorthinessTrainer.bestThreshold(new double[] {0.81, 0.62, 0.40, 0.10}, gold);
    assertThat(t).isGreaterThan(0.40).isLessThanOrEqualTo(0.62);
  }

  @Test
  void misuse_of_settings_and_folds_names_the_values() {
    assertThatThrownBy(() -> new CheckWorthinessTrainer.Settings(0, 0.5, 3, 5, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0, 0.5");
    assertThatThrownBy(() -> CheckWorthinessTrainer.outOfFoldScores(synthetic(), 1, 1, CheckWorthinessTrainer.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1");
    assertThatThrownBy(() -> CheckWorthiness.standard().withThreshold(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
  }

  @Test
  void long_sentences_do_not_score_higher_by_repetition_alone() {
    CheckWorthiness m = CheckWorthiness.standard();
    String once = "Kyiv said 40 drones were shot down overnight.";
    // the feature vector has unit length, so tripling the word counts barely moves the margin
    String thrice = once + " " + once + " " + once;
    assertThat(Math.abs(m.score(thrice) - m.score(once))).isLessThan(0.25);
  }

  @Test
  void scores_count_the_yes_class() {
    CheckWorthinessTrainer.Scores s = new CheckWorthinessTrainer.Scores(3, 1, 2, 10);
    assertThat(s.precision()).isEqualTo(0.75);
    assertThat(s.recall()).isEqualTo(0.6);
    assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void tsv_reader_names_the_bad_line(@TempDir Path dir) throws Exception {
    Path ok = dir.resolve("ok.tsv");
    Files.writeString(ok, "Sentence_id\tText\tclass_label\n1\tTroops advanced 5 km.\tYes\n2\tGod help us.\tNo\n");
    assertThat(CheckWorthinessTrainer.read(ok)).extracting(CheckWorthinessTrainer.Example::checkworthy)
        .containsExactly(true, false);
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "Sentence_id\tText\tclass_label\n1\tTroops advanced.\tMaybe\n");
    assertThatThrownBy(() -> CheckWorthinessTrainer.read(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2").hasMessageContaining("Maybe");
  }
}
