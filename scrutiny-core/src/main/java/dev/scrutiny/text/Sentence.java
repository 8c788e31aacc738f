package dev.scrutiny.text;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;

/** A sentence, trimmed of surrounding whitespace; sentences never cross paragraph boundaries. */
public record Sentence(int start, int end) implements Spanned {

  public static final LayerKey<Sentence> LAYER =
      LayerKey.of("sentences", Sentence.class, LayerKey.Order.SORTED_DISJOINT);
}
