package dev.scrutiny.persuasion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes predictions in the official SemEval-2023 Task 3 submission format: tab-separated
 * {@code id label} (subtask 1), {@code id frame,frame} (subtask 2) and {@code id line technique,technique}
 * (subtask 3, one row per non-blank line numbered from 1 over all lines, possibly with no technique).
 * Stateless.
 */
public final class SemevalFormat {

  private SemevalFormat() {}

  /** Prediction rows for one article of subtask {@code subtask}, each ending in a newline. */
  public static String rows(int subtask, SemevalCorpus.Doc doc, PersuasionModels models) {
    return switch (subtask) {
      case 1 -> doc.id() + "\t" + models.genre(doc.text()).genre().official() + "\n";
      case 2 -> doc.id() + "\t" + models.frames(doc.text()).stream().map(f -> f.frame().official())
          .collect(Collectors.joining(",")) + "\n";
      case 3 -> techniqueRows(doc, models);
      default -> throw new IllegalArgumentException("expected subtask 1, 2 or 3, got " + subtask);
    };
  }

  private static String techniqueRows(SemevalCorpus.Doc doc, PersuasionModels models) {
    List<ArticleLine> lines = ArticleLine.split(doc.text());
    List<int[]> segments = new ArrayList<>();
    for (ArticleLine l : lines) {
      segments.add(new int[] {l.start(), l.end()});
    }
    List<PersuasionModels.SegmentTechniques> found = models.techniques(doc.text(), segments, !lines.isEmpty()
        && lines.get(0).number() == 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(doc.id()).append('\t').append(lines.get(i).number()).append('\t');
      sb.append(found.get(i).techniques().keySet().stream().map(Technique::official).collect(Collectors.joining(",")));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The official measure of subtask {@code subtask} for predicted against gold rows (see {@link SemevalScorer}). */
  public static double score(int subtask, Map<String, List<String>> gold, Map<String, List<String>> predicted) {
    if (subtask == 1) {
      Map<String, String> g = new java.util.LinkedHashMap<>();
      Map<String, String> p = new java.util.LinkedHashMap<>();
      gold.forEach((k, v) -> g.put(k, v.isEmpty() ? "" : v.get(0)));
      predicted.forEach((k, v) -> p.put(k, v.isEmpty() ? "" : v.get(0)));
      return SemevalScorer.macroF1(g, p);
    }
    return SemevalScorer.microF1(gold, predicted);
  }

  /** Per-label figures of predicted against gold rows. */
  public static List<SemevalScorer.LabelScore> perLabel(int subtask, Map<String, List<String>> gold,
      Map<String, List<String>> predicted) {
    return SemevalScorer.perLabel(gold, predicted);
  }
}
