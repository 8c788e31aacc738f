package dev.scrutiny.text;

import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;

/** A paragraph of the article text: a run of non-blank lines, trimmed of surrounding whitespace. */
public record Paragraph(int start, int end) implements Spanned {

  public static final LayerKey<Paragraph> LAYER =
      LayerKey.of("paragraphs", Paragraph.class, LayerKey.Order.SORTED_DISJOINT);
}
