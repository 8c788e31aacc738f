package dev.scrutiny.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-match entity scores of an {@link NerModel} against CoNLL gold data, conlleval convention: an
 * entity counts only when type, start and end all match. Scores are per CoNLL type (PER, ORG, LOC,
 * MISC; our NORP maps back to MISC) and overall (micro-averaged). Also records tagging throughput.
 *
 * @param byType   score per CoNLL type, in the order PER, ORG, LOC, MISC
 * @param overall  micro-averaged score
 * @param tokens   tokens tagged
 * @param nanos    wall-clock time spent tagging (features and decoding)
 */
public record EntityEvaluation(Map<String, Score> byType, Score overall, long tokens, long nanos) {

  public EntityEvaluation {
    byType = Map.copyOf(byType);
  }

  /** Counts of one type. */
  public record Score(int correct, int predicted, int gold) {

    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : correct / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Tags every document of {@code gold} with {@code model} and scores the result. */
  public static EntityEvaluation evaluate(NerModel model, List<ConllDocument> gold) {
    long start = System.nanoTime();
    List<List<List<Chunk>>> predicted = predict(model, gold);
    return score(gold, predicted, System.nanoTime() - start);
  }

  /** The chunks {@code model} finds in each sentence of each document of {@code gold}. */
  static List<List<List<Chunk>>> predict(NerModel model, List<ConllDocument> gold) {
    List<List<List<Chunk>>> predicted = new ArrayList<>(gold.size());
    for (ConllDocument doc : gold) {
      List<String[]> words = new ArrayList<>(doc.sentences().size());
      for (ConllSentence s : doc.sentences()) {
        words.add(s.words().toArray(String[]::new));
      }
      predicted.add(model.chunks(words));
    }
    return predicted;
  }

  /** Exact-match scores of {@code predicted} (chunks per sentence per document) against {@code gold}. */
  static EntityEvaluation score(List<ConllDocument> gold, List<List<List<Chunk>>> predicted, long nanos) {
    long tokens = gold.stream().mapToLong(ConllDocument::tokenCount).sum();
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String t : NerLabels.TYPES) {
      counts.put(t, new int[3]);
    }
    for (int d = 0; d < gold.size(); d++) {
      List<ConllSentence> sentences = gold.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        Set<Chunk> g = new HashSet<>(Chunk.fromIob2(sentences.get(s).tags()));
        for (Chunk c : g) {
          counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
        }
        for (Chunk c : predicted.get(d).get(s)) {
          int[] k = counts.computeIfAbsent(c.type(), x -> new int[3]);
          k[1]++;
          if (g.contains(c)) {
            k[0]++;
          }
        }
      }
    }
    Map<String, Score> byType = new LinkedHashMap<>();
    int[] all = new int[3];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] k = e.getValue();
      byType.put(e.getKey(), new Score(k[0], k[1], k[2]));
      for (int i = 0; i < 3; i++) {
        all[i] += k[i];
      }
    }
    return new EntityEvaluation(byType, new Score(all[0], all[1], all[2]), tokens, nanos);
  }

  /** Tokens tagged per second. */
  public double tokensPerSecond() {
    return nanos == 0 ? 0 : tokens * 1e9 / nanos;
  }

  /** A table of precision, recall and F1 per type and overall; the last line is {@code F1 0.xxxx}. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold",
        "found"));
    for (String t : NerLabels.TYPES) {
      Score s = byType.getOrDefault(t, new Score(0, 0, 0));
      line(b, t, s);
    }
    line(b, "overall", overall);
    b.append(String.format(Locale.ROOT, "tokens %d, %.0f tokens/s (one thread, features and decoding)%n", tokens,
        tokensPerSecond()));
    b.append(String.format(Locale.ROOT, "F1 %.4f", overall.f1()));
    return b.toString();
  }

  private static void line(StringBuilder b, String name, Score s) {
    b.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d %7d%n", name, s.precision(), s.recall(), s.f1(),
        s.gold(), s.predicted()));
  }
}
