package dev.scrutiny.text;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts each sentence into tokens with {@link Segmenter}, each with its normalised form, shape, lemma
 * and numeric value; requires {@link Sentence#LAYER}, produces {@link Token#LAYER}. Tokens never cross a sentence and cover every non-space character of the
 * article's paragraphs. Stateless and thread-safe.
 */
public final class TokenAnalyzer implements Analyzer<Token> {

  @Override
  public LayerKey<Token> produces() {
    return Token.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Sentence.LAYER);
  }

  @Override
  public String name() {
    return "tokens/2";
  }

  @Override
  public List<Token> analyze(Analysis in) {
    String text = in.text();
    List<Token> out = new ArrayList<>();
    TokenAttributes attributes = new TokenAttributes();
    for (Sentence s : in.items(Sentence.LAYER)) {
      out.addAll(Segmenter.tokens(text, s.start(), s.end(), attributes));
    }
    return out;
  }
}
