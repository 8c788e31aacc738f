package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Layer;
import dev.scrutiny.text.Token;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Hands the {@link LineScores} of each article from one {@link PersuasionAnalyzer} to the {@link GenreAnalyzer} built
 * on it. Each article is known by the identity of its token layer (one object per analysed article, shared by every
 * later step of its analysis; {@link Layer} compares by identity), so articles analysed at the same time on several
 * threads never see each other's scores. The genre analyzer takes its article's entry out; an entry nobody takes (the
 * genre step skipped or failed) goes when the article's analysis is collected, since the map holds its keys weakly and
 * no entry refers to its article. Records nothing until a reader is attached. Thread-safe.
 */
final class SharedLineScores {

  private final Map<Layer<Token>, LineScores> byArticle = Collections.synchronizedMap(new WeakHashMap<>());
  private volatile boolean read;

  /** Marks that a genre analyzer reads these scores, so the persuasion analyzer records them from now on. */
  SharedLineScores attach() {
    read = true;
    return this;
  }

  /** Whether a reader is attached. */
  boolean wanted() {
    return read;
  }

  /** Leaves {@code scores} for the article of {@code in} (which has a token layer). */
  void put(Analysis in, LineScores scores) {
    byArticle.put(in.require(Token.LAYER), scores);
  }

  /** The scores left for the article of {@code in}, removed, or null when none were. */
  @Nullable LineScores take(Analysis in) {
    return in.layer(Token.LAYER).map(byArticle::remove).orElse(null);
  }
}
