package dev.scrutiny.claims;

import dev.scrutiny.article.Span;

/** A quotation: offsets of the opening and closing marks (close is the text length when unclosed). */
record Quote(int open, int close) {

  Span inner() {
    return new Span(open + 1, close);
  }
}
