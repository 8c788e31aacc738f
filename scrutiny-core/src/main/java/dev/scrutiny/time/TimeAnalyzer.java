package dev.scrutiny.time;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Published;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Produces the {@code times} layer ({@link TimeExpression#LAYER}) with {@link TimeTagger}, resolved
 * against the article's publication date, or against a date inferred from the text when the article has
 * none (those values are anchored {@link Anchor#INFERRED}).
 *
 * <p>Requires the shared {@link Sentence#LAYER} (the tense cues look no further than the sentence) and
 * {@link Token#LAYER}, which it re-cuts where the time rules read tokens differently (see
 * {@link TimeTokens}). Stateless and thread-safe.
 *
 * <pre>{@code
 * Analysis a = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
 *     new TimeAnalyzer())).run(article);
 * List<TimeExpression> times = a.items(TimeExpression.LAYER);
 * }</pre>
 */
public final class TimeAnalyzer implements Analyzer<TimeExpression> {

  @Override
  public LayerKey<TimeExpression> produces() {
    return TimeExpression.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Sentence.LAYER, Token.LAYER);
  }

  /** Its rules and lexicons are English. */
  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  @Override
  public String name() {
    return "time/1";
  }

  @Override
  public List<TimeExpression> analyze(Analysis in) {
    Published published = in.article().published();
    LocalDate reference = published == null ? null : published.date();
    return TimeTagger.tag(in.text(), reference, in.items(Sentence.LAYER), in.items(Token.LAYER));
  }
}
