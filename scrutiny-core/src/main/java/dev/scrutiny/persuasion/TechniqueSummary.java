package dev.scrutiny.persuasion;

import dev.scrutiny.text.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The article-level summary of a technique model that the genre model reads: for each technique, the mean probability
 * over the article's lines ({@code p <label>}) and the share of lines where it fires ({@code f <label>}). Lines the
 * persuasion analyzer already scored the same way are read from its {@link LineScores} instead of scored again.
 * Stateless.
 */
final class TechniqueSummary {

  private TechniqueSummary() {}

  /**
   * The summary of {@code doc}, with the probabilities of lines that {@code shared} holds (their tokens lie
   * {@code shift} past the article's own offsets) taken from it; every other line is scored here.
   */
  static Map<String, Double> of(LinearModel techniques, TextLayers doc, @Nullable LineScores shared, int shift) {
    FeatureExtractor fx = new FeatureExtractor(techniques.config());
    FeatureExtractor.Context ctx = FeatureExtractor.Context.of(doc.tokens(), false);
    List<ArticleLine> lines = ArticleLine.split(doc.text());
    String[] labels = techniques.labels();
    double[] mean = new double[labels.length];
    double[] share = new double[labels.length];
    for (ArticleLine line : lines) {
      FeatureExtractor.Context lineCtx = ctx.asTitle(line.number() == 1);
      double[] p = null;
      if (shared != null) {
        List<Token> words = doc.tokens(line.start(), line.end());
        p = shared.probabilities(techniques, words, shift, lineCtx);
      }
      if (p == null) {
        p = techniques.probabilities(fx.vector(doc, line.start(), line.end(), lineCtx));
      }
      for (int l = 0; l < p.length; l++) {
        mean[l] += p[l];
        if (p[l] >= techniques.threshold(l)) {
          share[l]++;
        }
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    int n = Math.max(1, lines.size());
    for (int l = 0; l < labels.length; l++) {
      out.put("p " + labels[l], mean[l] / n);
      out.put("f " + labels[l], share[l] / n);
    }
    return out;
  }
}
