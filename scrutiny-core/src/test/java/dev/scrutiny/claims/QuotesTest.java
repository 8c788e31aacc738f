package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

  static List<String> inner(String text) {
    return Quotes.find(text).stream().map(q -> text.substring(q.open() + 1, q.close())).toList();
  }

  @Test
  void every_common_quote_style_is_found() {
    assertThat(inner("He said “we hold” and «they flee» and „nobody knows“ and \"maybe\" and ‘surely’ here."))
        .containsExactly("we hold", "they flee", "nobody knows", "maybe", "surely");
  }

  @Test
  void apostrophes_inside_words_are_not_quotes() {
    assertThat(inner("Russia’s army and Kyiv's drones don’t stop.")).isEmpty();
    assertThat(inner("The soldiers’ ‘rest’ ended.")).containsExactly("rest");
  }

  @Test
  void an_unclosed_quote_ends_at_the_line_break() {
    String text = "“The first paragraph of a long quote.\n\n“The second part,” he said.";
    assertThat(inner(text)).containsExactly("The first paragraph of a long quote.", "The second part,");
  }

  @Test
  void doubled_apostrophes_are_double_quotes() {
    assertThat(inner("''We hold the line,'' he said, ''and we will.''")).containsExactly("We hold the line,",
        "and we will.");
  }

  @Test
  void a_quotation_may_close_with_the_other_style_of_mark() {
    assertThat(inner("“We hold the line,\" he said. \"And we will,” she said.")).containsExactly("We hold the line,",
        "And we will,");
    // a straight mark inside a curly quotation that closes later does not end it
    assertThat(inner("“He called it \"a disaster\" on Monday,” she said.")).containsExactly(
        "He called it \"a disaster\" on Monday,");
    // a curly mark closes a straight one when a new curly quotation opens before the next straight mark
    assertThat(inner("\"We hoped for more,” Graham said. “So I was disappointed.\"")).containsExactly(
        "We hoped for more,", "So I was disappointed.");
  }
}
