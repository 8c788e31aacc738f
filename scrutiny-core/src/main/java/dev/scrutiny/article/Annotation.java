package dev.scrutiny.article;

import java.util.List;

/**
 * One item of a {@link Layer}: something an analyzer found in an article's text.
 *
 * <p>Most annotations cover one range and implement {@link Spanned}. Those that group several ranges
 * (an entity and its mentions) list them all in {@link #spans()}, so every range can be validated
 * against the text and highlighted. Implementations are immutable records.
 */
public interface Annotation {

  /** Every character range this annotation covers, in document order. */
  List<Span> spans();
}
