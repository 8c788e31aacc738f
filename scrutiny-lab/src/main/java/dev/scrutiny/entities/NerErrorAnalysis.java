package dev.scrutiny.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sorts a tagger's mistakes on held-out documents: each gold entity is found, found with another type
 * (same words), found with other boundaries (overlapping, same type), both, or missed (no overlapping
 * chunk); each predicted chunk overlapping no gold entity is spurious. Gold entities are split into seen
 * (their exact words were tagged as an entity, of any type, in the training documents) and unseen, and the
 * type confusions on exact spans are counted gold type by found type.
 */
final class NerErrorAnalysis {

  private static final String[] OUTCOMES = {"correct", "type", "boundary", "both", "missed"};
  private static final int T = NerLabels.TYPES.size();

  /** {@code outcome[seen ? 1 : 0][gold type][outcome]}. */
  private final int[][][] outcome = new int[2][T][OUTCOMES.length];
  /** {@code confusion[gold type][found type]} on exact spans. */
  private final int[][] confusion = new int[T][T];
  private final int[] spurious = new int[T];

  /**
   * Adds the outcomes on {@code gold} of {@code predicted} (chunks per sentence per document), counting as
   * seen the entities of {@code training}.
   */
  NerErrorAnalysis add(List<ConllDocument> training, List<ConllDocument> gold, List<List<List<Chunk>>> predicted) {
    Set<String> seen = new HashSet<>();
    for (ConllDocument d : training) {
      for (ConllSentence s : d.sentences()) {
        for (Chunk c : Chunk.fromIob2(s.tags())) {
          seen.add(text(s.words(), c));
        }
      }
    }
    for (int d = 0; d < gold.size(); d++) {
      List<ConllSentence> sentences = gold.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        sentence(sentences.get(s), predicted.get(d).get(s), seen);
      }
    }
    return this;
  }

  private void sentence(ConllSentence sentence, List<Chunk> found, Set<String> seen) {
    List<Chunk> gold = Chunk.fromIob2(sentence.tags());
    for (Chunk g : gold) {
      int type = NerLabels.TYPES.indexOf(g.type());
      int result = 4;
      for (Chunk f : found) {
        if (!overlaps(g, f)) {
          continue;
        }
        boolean span = f.start() == g.start() && f.end() == g.end();
        boolean sameType = f.type().equals(g.type());
        int r = span ? (sameType ? 0 : 1) : (sameType ? 2 : 3);
        if (span) {
          confusion[type][NerLabels.TYPES.indexOf(f.type())]++;
        }
        result = Math.min(result, r);
      }
      outcome[seen.contains(text(sentence.words(), g)) ? 1 : 0][type][result]++;
    }
    for (Chunk f : found) {
      if (gold.stream().noneMatch(g -> overlaps(g, f))) {
        spurious[NerLabels.TYPES.indexOf(f.type())]++;
      }
    }
  }

  private static boolean overlaps(Chunk a, Chunk b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static String text(List<String> words, Chunk c) {
    return String.join(" ", words.subList(c.start(), c.end()));
  }

  /** Outcome counts by seen/unseen and type, the type confusions and the spurious chunks, as text lines. */
  String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s %7s %7s %7s%n", "gold", OUTCOMES[0], OUTCOMES[1],
        OUTCOMES[2], OUTCOMES[3], OUTCOMES[4], "recall"));
    for (int sn = 1; sn >= 0; sn--) {
      for (int t = 0; t < T; t++) {
        int[] o = outcome[sn][t];
        int all = o[0] + o[1] + o[2] + o[3] + o[4];
        b.append(String.format(Locale.ROOT, "%-12s %7d %7d %7d %7d %7d %7.4f%n",
            (sn == 1 ? "seen " : "unseen ") + NerLabels.TYPES.get(t), o[0], o[1], o[2], o[3], o[4],
            all == 0 ? 0 : o[0] / (double) all));
      }
    }
    b.append("type confusions on exact spans (gold -> found):");
    for (int g = 0; g < T; g++) {
      for (int f = 0; f < T; f++) {
        if (g != f && confusion[g][f] > 0) {
          b.append(' ').append(NerLabels.TYPES.get(g)).append("->").append(NerLabels.TYPES.get(f)).append(' ')
              .append(confusion[g][f]);
        }
      }
    }
    b.append(System.lineSeparator()).append("spurious chunks:");
    for (int t = 0; t < T; t++) {
      b.append(' ').append(NerLabels.TYPES.get(t)).append(' ').append(spurious[t]);
    }
    return b.append(System.lineSeparator()).toString();
  }
}
