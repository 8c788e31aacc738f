package dev.scrutiny.time;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Published;
import dev.scrutiny.pipeline.Analyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Produces the {@code times} layer ({@link TimeExpression#LAYER}) with {@link TimeTagger}, resolved
 * against the article's publication date, or against a date inferred from the text when the article has
 * none (those values are anchored {@link Anchor#INFERRED}).
 *
 * <p>Requires no other layer: the tagger finds its own sentence boundaries for the tense cues, so it runs
 * from the text alone. Stateless and thread-safe.
 *
 * <pre>{@code
 * Analysis a = Pipeline.of(List.of(new TimeAnalyzer())).run(article);
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
    return Set.of();
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
    return TimeTagger.tag(in.text(), reference);
  }
}
