package dev.scrutiny.text.eval;

import dev.scrutiny.article.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores a {@link TextSegmenter} against gold examples: sentence boundaries (the ends of all but the last
 * sentence of each paragraph, so a one-sentence paragraph only counts false splits), whole sentence spans,
 * and token spans (exact offsets). Stateless.
 */
public final class SegmentationEval {

  private SegmentationEval() {}

  /**
   * The scores of one segmenter.
   *
   * @param segmenter  its name
   * @param boundaries sentence boundaries inside paragraphs
   * @param sentences  exact sentence spans
   * @param tokens     exact token spans, as the segmenter cuts them
   * @param ewtTokens  token spans after {@link EwtConventions#adapt} (only meaningful for Scrutiny's tokens)
   */
  public record Report(String segmenter, Score boundaries, Score sentences, Score tokens, Score ewtTokens) {

    /** Two to four lines of figures (token lines only when the gold has tokens). */
    public String format() {
      String s = String.format(Locale.ROOT, "%-9s sentence boundaries %s%n%-9s sentence spans      %s%n",
          segmenter, boundaries, segmenter, sentences);
      if (tokens.gold() == 0) {
        return s;
      }
      return s + String.format(Locale.ROOT, "%-9s tokens              %s%n%-9s tokens, EWT rules   %s%n",
          segmenter, tokens, segmenter, ewtTokens);
    }
  }

  /** Scores {@code segmenter} on every example. */
  public static Report evaluate(List<GoldSegmentation> gold, TextSegmenter segmenter) {
    Score b = new Score(0, 0, 0);
    Score s = new Score(0, 0, 0);
    Score t = new Score(0, 0, 0);
    Score e = new Score(0, 0, 0);
    for (GoldSegmentation g : gold) {
      List<Span> sentences = segmenter.sentences(g.text());
      List<Span> tokens = new ArrayList<>();
      for (Span sentence : sentences) {
        tokens.addAll(segmenter.tokens(g.text(), sentence));
      }
      b = b.plus(score(boundaries(sentences), boundaries(g.sentences())));
      s = s.plus(score(new HashSet<>(sentences), new HashSet<>(g.sentences())));
      if (g.tokens().isEmpty()) {
        continue; // sentence-only gold
      }
      t = t.plus(score(new HashSet<>(tokens), new HashSet<>(g.tokens())));
      e = e.plus(score(new HashSet<>(EwtConventions.adapt(g.text(), tokens)), new HashSet<>(g.tokens())));
    }
    return new Report(segmenter.name(), b, s, t, e);
  }

  private static Set<Integer> boundaries(List<Span> sentences) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < sentences.size() - 1; i++) {
      out.add(sentences.get(i).end());
    }
    return out;
  }

  private static <T> Score score(Set<T> predicted, Set<T> gold) {
    int matched = 0;
    for (T p : predicted) {
      if (gold.contains(p)) {
        matched++;
      }
    }
    return new Score(matched, predicted.size(), gold.size());
  }
}
