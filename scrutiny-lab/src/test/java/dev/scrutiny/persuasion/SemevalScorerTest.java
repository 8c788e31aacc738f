package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SemevalScorerTest {

  @Test
  void micro_f1_counts_item_label_pairs_and_missing_rows_as_empty() {
    Map<String, List<String>> gold = new LinkedHashMap<>();
    gold.put("1\t1", List.of("Loaded_Language", "Doubt"));
    gold.put("1\t3", List.of());
    gold.put("1\t4", List.of("Slogans"));
    Map<String, List<String>> pred = new LinkedHashMap<>();
    pred.put("1\t1", List.of("Loaded_Language"));
    pred.put("1\t3", List.of("Doubt"));
    // 1 TP, 1 FP, 2 FN: P = 1/2, R = 1/3, F1 = 2/5
    assertThat(SemevalScorer.microF1(gold, pred)).isCloseTo(0.4, Offset.offset(1e-12));
  }

  @Test
  void macro_f1_averages_over_classes_seen_in_gold_or_predictions() {
    Map<String, String> gold = Map.of("a", "opinion", "b", "opinion", "c", "reporting", "d", "satire");
    Map<String, String> pred = Map.of("a", "opinion", "b", "reporting", "c", "reporting", "d", "opinion");
    // opinion P 1/2 R 1/2 F 1/2; reporting P 1/2 R 1 F 2/3; satire 0
    assertThat(SemevalScorer.macroF1(gold, pred)).isCloseTo((0.5 + 2.0 / 3 + 0) / 3, Offset.offset(1e-12));
  }

  @Test
  void per_label_scores_report_support() {
    Map<String, List<String>> gold = Map.of("1", List.of("Political", "Morality"), "2", List.of("Political"));
    Map<String, List<String>> pred = Map.of("1", List.of("Political"), "2", List.of("Economic"));
    List<SemevalScorer.LabelScore> s = SemevalScorer.perLabel(gold, pred);
    assertThat(s).extracting(SemevalScorer.LabelScore::label).containsExactly("Economic", "Morality", "Political");
    SemevalScorer.LabelScore political = s.get(2);
    assertThat(political.support()).isEqualTo(2);
    assertThat(political.precision()).isEqualTo(1.0);
    assertThat(political.recall()).isEqualTo(0.5);
  }
}
