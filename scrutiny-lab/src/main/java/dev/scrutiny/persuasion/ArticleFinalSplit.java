package dev.scrutiny.persuasion;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores an article-level model once on the final split (the articles {@link SemevalTrainer#inFinalSplit} sets aside,
 * left out of cross-validation and of the model's training), with the decision rule the analyzer uses and the
 * thresholds or offsets chosen by cross-validation: the genre model (per-genre precision, recall and F1, macro-F1 and
 * the macro-F1 with every genre equally common) and the frame model (micro-F1, SemEval's measure, and per frame).
 */
final class ArticleFinalSplit {

  private ArticleFinalSplit() {}

  /** Prints the genre model's final-split figures to {@code log}. */
  static void genres(LinearModel m, List<TrainingExample> finalSplit, PrintWriter log, String lang) {
    String[] labels = m.labels();
    Decisions d = decide(finalSplit, labels, e -> List.of(labels[PersuasionModels.decideGenre(m, m.logits(e.x()))]));
    List<SemevalScorer.LabelScore> scores = SemevalScorer.perLabel(d.gold(), d.pred());
    log.printf(Locale.ROOT, "FINAL SPLIT %s subtask 1: macro-F1 %.4f, with every genre equally common %.4f, %d articles%n",
        lang, SemevalScorer.macro(scores), CrossValidation.balancedMacro(d.gold(), d.pred(), labels), finalSplit.size());
    perLabel(scores, log);
  }

  /** Prints the frame model's final-split figures to {@code log}. */
  static void frames(LinearModel m, List<TrainingExample> finalSplit, PrintWriter log, String lang) {
    String[] labels = m.labels();
    Decisions d = decide(finalSplit, labels,
        e -> PersuasionModels.decideFrames(m, m.probabilities(e.x())).stream().map(l -> labels[l]).toList());
    List<SemevalScorer.LabelScore> scores = SemevalScorer.perLabel(d.gold(), d.pred());
    log.printf(Locale.ROOT, "FINAL SPLIT %s subtask 2: micro-F1 %.4f, macro-F1 %.4f, %d labels shown, %d articles%n",
        lang, SemevalScorer.micro(scores), SemevalScorer.macro(scores),
        d.pred().values().stream().mapToLong(List::size).sum(), finalSplit.size());
    perLabel(scores, log);
  }

  /** Gold and predicted labels by article key. */
  private record Decisions(Map<String, List<String>> gold, Map<String, List<String>> pred) {}

  private static Decisions decide(List<TrainingExample> finalSplit, String[] labels,
      Function<TrainingExample, List<String>> rule) {
    Map<String, List<String>> gold = new LinkedHashMap<>();
    Map<String, List<String>> pred = new LinkedHashMap<>();
    for (TrainingExample e : finalSplit) {
      gold.put(e.key(), CrossValidation.goldLabels(e.gold(), labels));
      pred.put(e.key(), rule.apply(e));
    }
    return new Decisions(gold, pred);
  }

  private static void perLabel(List<SemevalScorer.LabelScore> scores, PrintWriter log) {
    for (SemevalScorer.LabelScore s : scores) {
      log.printf(Locale.ROOT, "  %-45s %6.3f %6.3f %6.3f %7d%n", s.label(), s.precision(), s.recall(), s.f1(),
          s.support());
    }
  }
}
