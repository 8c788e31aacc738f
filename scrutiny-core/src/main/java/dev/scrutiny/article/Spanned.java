package dev.scrutiny.article;

import java.util.List;

/**
 * An {@link Annotation} that covers one character range, given by {@link #start()} and {@link #end()}
 * (0-based, end-exclusive UTF-16 offsets as in {@link Span}).
 */
public interface Spanned extends Annotation {

  int start();

  int end();

  default Span span() {
    return new Span(start(), end());
  }

  @Override
  default List<Span> spans() {
    return List.of(span());
  }
}
