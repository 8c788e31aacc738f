package dev.scrutiny.text;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;

/** A token: a word, number, punctuation mark or link; tokens cover every non-space character. */
public record Token(int start, int end, TokenKind kind) implements Spanned {

  public static final LayerKey<Token> LAYER =
      LayerKey.of("tokens", Token.class, LayerKey.Order.SORTED_DISJOINT);
}
