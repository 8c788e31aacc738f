package dev.scrutiny.persuasion;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the genre model once on the final split (the articles {@link SemevalTrainer#inFinalSplit} sets aside,
 * left out of cross-validation and of the model's training): per-genre precision, recall and F1, macro-F1 and the
 * macro-F1 with every genre equally common, with the offsets chosen by cross-validation.
 */
final class GenreFinalSplit {

  private GenreFinalSplit() {}

  /** Prints the final-split figures of {@code m} on {@code finalSplit} to {@code log}. */
  static void score(LinearModel m, List<TrainingExample> finalSplit, PrintWriter log, String lang) {
    String[] labels = m.labels();
    Map<String, List<String>> gold = new LinkedHashMap<>();
    Map<String, List<String>> pred = new LinkedHashMap<>();
    for (TrainingExample e : finalSplit) {
      gold.put(e.key(), CrossValidation.goldLabels(e.gold(), labels));
      pred.put(e.key(), List.of(labels[PersuasionModels.decideGenre(m, m.logits(e.x()))]));
    }
    List<SemevalScorer.LabelScore> scores = SemevalScorer.perLabel(gold, pred);
    log.printf(Locale.ROOT, "FINAL SPLIT %s subtask 1: macro-F1 %.4f, with every genre equally common %.4f, %d articles%n",
        lang, SemevalScorer.macro(scores), CrossValidation.balancedMacro(gold, pred, labels), finalSplit.size());
    for (SemevalScorer.LabelScore s : scores) {
      log.printf(Locale.ROOT, "  %-12s %6.3f %6.3f %6.3f %7d%n", s.label(), s.precision(), s.recall(), s.f1(), s.support());
    }
  }
}
