package dev.scrutiny.claims;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import java.util.List;
import java.util.Set;

/**
 * Finds who says what: every statement the article attributes to someone, and the author's own
 * check-worthy assertions, as the {@code claims} layer ({@link Claim}, sorted by content start).
 *
 * <p>Requires sentences and tokens (the rules read words of the shared token layer), entities (to
 * resolve speakers, pronouns and roles) and times (to date statements). Rule-based over a lexicon of
 * reporting cues ({@link ReportingLexicon}); assertions are scored by {@link CheckWorthiness}. Thread-safe: lexicons and model are loaded once and shared.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), ..., new ClaimAnalyzer()));
 * for (Claim c : p.run(article).items(Claim.LAYER)) {
 *   System.out.println(c.speakerName() + ": " + article.text(c.content()));
 * }
 * }</pre>
 */
public final class ClaimAnalyzer implements Analyzer<Claim> {

  private final ClaimExtractor extractor;
  private final String name;

  /** An analyzer with the shipped lexicons and check-worthiness model. */
  public ClaimAnalyzer() {
    this(CheckWorthiness.standard());
  }

  /**
   * An analyzer scoring check-worthiness with the shipped model trained with {@code encoder}'s sentence vectors
   * ({@link CheckWorthiness#forEncoder}).
   */
  public ClaimAnalyzer(dev.scrutiny.text.SentenceEncoder encoder) {
    this(CheckWorthiness.forEncoder(encoder));
  }

  /** An analyzer scoring check-worthiness with {@code model}. */
  public ClaimAnalyzer(CheckWorthiness model) {
    this.name = model.encoderId() == null ? "claims/1" : "claims/1+" + model.encoderId();
    this.extractor = new ClaimExtractor(ReportingLexicon.standard(), SpeakerTypes.standard(), SpeakerSides.standard(), model);
  }

  @Override
  public LayerKey<Claim> produces() {
    return Claim.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Sentence.LAYER, Token.LAYER, Entity.LAYER, TimeExpression.LAYER);
  }

  /** Its rules and lexicons are English. */
  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Claim> analyze(Analysis in) {
    return extractor.extract(in.text(), in.items(Token.LAYER), in.items(Sentence.LAYER), in.items(Entity.LAYER),
        in.items(TimeExpression.LAYER));
  }
}
