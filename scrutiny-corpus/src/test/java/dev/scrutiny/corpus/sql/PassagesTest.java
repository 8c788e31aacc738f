package dev.scrutiny.corpus.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.corpus.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

  private static List<String> marked(Snippet s) {
    return s.highlights().stream().map(h -> s.text().substring(h.start(), h.end())).toList();
  }

  @Test
  void words_and_phrases_are_marked_case_and_diacritic_insensitively() {
    String text = "Le président Zelensky a parlé. Les Présidents se sont réunis à Kyiv; the grain corridor reopened,"
        + " and the grain exports rose.";
    Snippet s = Passages.of(text, Passages.phrases("PRESIDENT \"grain corridor\""));
    assertThat(marked(s)).containsExactly("président", "grain corridor");
    // the lone word "grain" is not the phrase
    assertThat(s.text()).contains("the grain exports");
    assertThat(s.text()).startsWith("Le président");
  }

  @Test
  void a_long_text_is_cut_around_the_window_with_the_most_distinct_phrases() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      b.append("filler").append(i).append(' ');
    }
    b.append("drones struck the port of Odesa overnight. ");
    for (int i = 0; i < 100; i++) {
      b.append("tail").append(i).append(' ');
    }
    b.append("Odesa again.");
    Snippet s = Passages.of(b.toString(), Passages.phrases("drones Odesa"));
    assertThat(marked(s)).containsExactly("drones", "Odesa");
    // a few words of context before the first occurrence
    assertThat(s.text()).startsWith("…filler96 filler97 filler98 filler99 drones struck").endsWith("…");
    assertThat(Passages.tokens(s.text().replace("…", ""))).hasSizeLessThanOrEqualTo(Passages.TOKENS);
  }

  @Test
  void no_match_in_the_body_gives_its_beginning_and_operators_are_words() {
    Snippet s = Passages.of("Short body without the word.", Passages.phrases("title-only"));
    assertThat(s.text()).isEqualTo("Short body without the word.");
    assertThat(s.highlights()).isEmpty();
    assertThat(Passages.phrases("a OR b \"c d\" NEAR(")).containsExactly(List.of("a"), List.of("b"), List.of("c", "d"),
        List.of("near"));
    assertThat(Passages.of("", Passages.phrases("x")).text()).isEmpty();
  }
}
