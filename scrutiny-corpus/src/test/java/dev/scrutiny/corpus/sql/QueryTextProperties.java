package dev.scrutiny.corpus.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.corpus.Snippet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class QueryTextProperties {

  /** Whatever is typed, the FTS5 expression is only quoted terms of letters and digits, and OR between them. */
  @Property
  void typed_text_becomes_only_quoted_terms(@ForAll String typed) {
    String fts = FtsQuery.sqlite(typed);
    if (fts != null) {
      assertThat(fts).matches("\"[\\p{L}\\p{N}\\p{M} ]+\"( (OR )?\"[\\p{L}\\p{N}\\p{M} ]+\")*");
    }
  }

  /** Parsed highlights lie inside the snippet text, in order, and marking them again restores the input. */
  @Property
  void snippet_highlights_are_within_the_text(@ForAll("marked") String marked) {
    Snippet s = Snippet.parse(marked);
    int at = 0;
    for (Snippet.Highlight h : s.highlights()) {
      assertThat(h.start()).isGreaterThanOrEqualTo(at).isLessThan(h.end());
      assertThat(h.end()).isLessThanOrEqualTo(s.text().length());
      at = h.end();
    }
    assertThat(s.text()).doesNotContain(String.valueOf(Snippet.OPEN)).doesNotContain(String.valueOf(Snippet.CLOSE));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> marked() {
    return net.jqwik.api.Arbitraries.strings().withChars('a', 'b', ' ', Snippet.OPEN, Snippet.CLOSE).ofMaxLength(40);
  }
}
