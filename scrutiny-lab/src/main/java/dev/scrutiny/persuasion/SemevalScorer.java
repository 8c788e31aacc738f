package dev.scrutiny.persuasion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The official SemEval-2023 Task 3 measures, re-implemented: macro-F1 over genre labels (subtask 1, as
 * scikit-learn's {@code f1_score(average="macro")} over the labels seen in gold or predictions) and
 * micro-F1 over (item, label) pairs for frames and techniques (subtasks 2 and 3). Items missing from
 * the predictions count as predicted empty. Stateless.
 */
public final class SemevalScorer {

  private SemevalScorer() {}

  /** Precision, recall and F1 of one label, with its gold count. */
  public record LabelScore(String label, int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    public int support() {
      return truePositives + falseNegatives;
    }
  }

  static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  /** Per-label counts for multi-label items (keys of {@code gold} define the items scored). */
  public static List<LabelScore> perLabel(Map<String, ? extends Collection<String>> gold,
      Map<String, ? extends Collection<String>> predicted) {
    Set<String> labels = new TreeSet<>();
    gold.values().forEach(labels::addAll);
    predicted.values().forEach(labels::addAll);
    List<LabelScore> out = new ArrayList<>();
    for (String label : labels) {
      int tp = 0, fp = 0, fn = 0;
      for (Map.Entry<String, ? extends Collection<String>> e : gold.entrySet()) {
        boolean g = e.getValue().contains(label);
        Collection<String> p = predicted.get(e.getKey());
        boolean q = p != null && p.contains(label);
        if (g && q) {
          tp++;
        } else if (q) {
          fp++;
        } else if (g) {
          fn++;
        }
      }
      out.add(new LabelScore(label, tp, fp, fn));
    }
    return out;
  }

  /** Micro-F1 over all (item, label) pairs: subtasks 2 and 3. */
  public static double microF1(Map<String, ? extends Collection<String>> gold,
      Map<String, ? extends Collection<String>> predicted) {
    return micro(perLabel(gold, predicted));
  }

  static double micro(List<LabelScore> scores) {
    int tp = 0, fp = 0, fn = 0;
    for (LabelScore s : scores) {
      tp += s.truePositives;
      fp += s.falsePositives;
      fn += s.falseNegatives;
    }
    return ratio(2.0 * tp, 2.0 * tp + fp + fn);
  }

  /** Per-label counts for single-label items. */
  public static List<LabelScore> perClass(Map<String, String> gold, Map<String, String> predicted) {
    Set<String> labels = new TreeSet<>(gold.values());
    for (String k : gold.keySet()) {
      String p = predicted.get(k);
      if (p != null) {
        labels.add(p);
      }
    }
    List<LabelScore> out = new ArrayList<>();
    for (String label : labels) {
      int tp = 0, fp = 0, fn = 0;
      for (Map.Entry<String, String> e : gold.entrySet()) {
        boolean g = e.getValue().equals(label);
        boolean q = label.equals(predicted.get(e.getKey()));
        if (g && q) {
          tp++;
        } else if (q) {
          fp++;
        } else if (g) {
          fn++;
        }
      }
      out.add(new LabelScore(label, tp, fp, fn));
    }
    return out;
  }

  /** Macro-F1 over the labels seen in gold or predictions: subtask 1. */
  public static double macroF1(Map<String, String> gold, Map<String, String> predicted) {
    return macro(perClass(gold, predicted));
  }

  static double macro(List<LabelScore> scores) {
    return scores.stream().mapToDouble(LabelScore::f1).average().orElse(0);
  }

  /** A multi-label view of single-label items, for code shared between the subtasks. */
  static Map<String, Set<String>> asSets(Map<String, String> single) {
    Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
    single.forEach((k, v) -> out.put(k, new HashSet<>(Set.of(v))));
    return out;
  }
}
