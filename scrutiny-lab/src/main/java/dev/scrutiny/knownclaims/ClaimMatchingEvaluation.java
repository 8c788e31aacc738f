package dev.scrutiny.knownclaims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores claim matching the CheckThat! 2022 Task 2A way: for each query (tweet) with relevance judgements,
 * rank the checked claims and compute average precision over the top 5 (trec_eval {@code map_cut_5}:
 * precision at each relevant rank, summed, divided by the number of relevant claims); MAP@5 is the mean.
 */
public final class ClaimMatchingEvaluation {

  /** The figure, and how many queries it averages over. */
  public record Result(double map5, int queries, double recallAt5) {}

  private ClaimMatchingEvaluation() {}

  /** {@code tweet id <TAB> text} per line. */
  public static Map<String, String> queries(Path tsv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    int line = 0;
    for (String s : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      int tab = s.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(tsv + ":" + line + ": expected 'id<TAB>text'");
      }
      out.put(s.substring(0, tab).strip(), s.substring(tab + 1));
    }
    return out;
  }

  /** TREC qrels: {@code query 0 claim relevance}; relevance above 0 counts. */
  public static Map<String, Set<String>> qrels(Path tsv) throws IOException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    int line = 0;
    for (String s : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      String[] f = s.strip().split("\\s+");
      if (f.length < 4) {
        throw new IllegalArgumentException(tsv + ":" + line + ": expected 'query 0 claim relevance'");
      }
      if (Integer.parseInt(f[3]) > 0) {
        out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
      }
    }
    return out;
  }

  /** MAP@5 of {@code index} over the judged queries; a judged query missing from {@code queries} is an error. */
  public static Result evaluate(ClaimIndex index, Map<String, String> queries, Map<String, Set<String>> qrels) {
    double sum = 0;
    int found = 0;
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Set<String>> q : qrels.entrySet()) {
      String text = queries.get(q.getKey());
      if (text == null) {
        missing.add(q.getKey());
        continue;
      }
      List<ClaimIndex.Match> top = index.match(text, 5);
      double ap = 0;
      int hits = 0;
      for (int i = 0; i < top.size(); i++) {
        if (q.getValue().contains(top.get(i).claim().id())) {
          hits++;
          ap += hits / (double) (i + 1);
        }
      }
      sum += ap / q.getValue().size();
      if (hits > 0) {
        found++;
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("queries without text: " + missing.subList(0, Math.min(5, missing.size())));
    }
    int n = qrels.size();
    return new Result(n == 0 ? 0 : sum / n, n, n == 0 ? 0 : found / (double) n);
  }
}
