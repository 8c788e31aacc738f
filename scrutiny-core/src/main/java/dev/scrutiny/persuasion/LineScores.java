package dev.scrutiny.persuasion;

import dev.scrutiny.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The technique model's probabilities for the lines of one article as {@link PersuasionAnalyzer} scored them, so that
 * the genre model's technique summary reads them instead of scoring the same lines again. A line is known by the
 * article tokens it holds (its features are made of them and of the article context alone), and is read back only
 * for a model with the same text part ({@link LinearModel#sameText}: the technique model with a classifier mixed in
 * records its text part's probabilities, which are the plain model's) under a context that gives those tokens the
 * same features; anything else is scored anew.
 * Holds no reference to the article or its layers. Immutable once built.
 */
final class LineScores {

  private final LinearModel model;
  private final FeatureExtractor.Context context;
  private final Map<Long, double[]> byTokens;

  private LineScores(LinearModel model, FeatureExtractor.Context context, Map<Long, double[]> byTokens) {
    this.model = model;
    this.context = context;
    this.byTokens = byTokens;
  }

  /** Collects the probabilities of lines scored by {@code model} under {@code context}. */
  static Builder builder(LinearModel model, FeatureExtractor.Context context) {
    return new Builder(model, context);
  }

  /**
   * The probabilities recorded for the line holding exactly {@code words} (tokens whose offsets lie {@code shift}
   * past the article's), scored by {@code model} under {@code ctx}; null where none was recorded or it would differ.
   * The array is shared: read it, do not modify it.
   */
  double @Nullable [] probabilities(LinearModel model, List<Token> words, int shift, FeatureExtractor.Context ctx) {
    if (!this.model.sameText(model) || words.isEmpty() || words.get(0).start() < shift || !ctx.sameFeatures(words, context)) {
      return null;
    }
    return byTokens.get(key(words.get(0).start() - shift, words.size()));
  }

  private static long key(int firstTokenStart, int tokenCount) {
    return ((long) firstTokenStart << 32) | tokenCount;
  }

  /** Records lines as they are scored; not thread-safe (one article, one thread). */
  static final class Builder {
    private final LinearModel model;
    private final FeatureExtractor.Context context;
    private final Map<Long, double[]> byTokens = new HashMap<>();

    private Builder(LinearModel model, FeatureExtractor.Context context) {
      this.model = model;
      this.context = context;
    }

    /** Records the probabilities of the line holding {@code words} (article offsets); a line without tokens is skipped. */
    void add(List<Token> words, double[] probabilities) {
      if (!words.isEmpty()) {
        byTokens.put(key(words.get(0).start(), words.size()), probabilities.clone());
      }
    }

    LineScores build() {
      return new LineScores(model, context, Map.copyOf(byTokens));
    }
  }
}
