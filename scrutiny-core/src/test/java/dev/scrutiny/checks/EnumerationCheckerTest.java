package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static dev.scrutiny.checks.Articles.covered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import org.junit.jupiter.api.Test;

class EnumerationCheckerTest {

  @Test
  void three_aspects_followed_by_two_ordinal_sentences_are_flagged() {
    String text = "The minister named three key aspects. First, air defence must come before winter. "
        + "Second, the sanctions must close the loopholes. The talks then turned to grain.";
    Analysis a = analysis(text, "2024-09-01");
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.ENUMERATION);
      assertThat(covered(a, c)).isEqualTo("three key aspects");
      assertThat(c.message()).contains("announces 3").contains("2");
    });
  }

  @Test
  void a_short_to_complement_after_the_announcement_still_announces() {
    String text = "The junta has three key aspects to its strategy. First, terrorise civilians. "
        + "Second, beg for more weapons. Its generals say nothing.";
    Analysis a = analysis(text, "2024-09-01");
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(covered(a, c)).isEqualTo("three key aspects");
      assertThat(c.message()).contains("announces 3").contains("number 2");
    });
    assertThat(checks(analysis("Kyiv named two priorities to win the war: air defence, shells and drones.", "2024-09-01")))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("announces 2").contains("3"));
    // complete, or a "to" clause that goes on: no flag
    assertThat(checks(analysis("There are three steps to peace. First, a ceasefire. Second, talks. Third, elections.",
        "2024-09-01"))).isEmpty();
    assertThat(checks(analysis("He gave three reasons to stay in the city and keep working. First, the school. "
        + "Second, the hospital.", "2024-09-01"))).isEmpty();
  }

  @Test
  void a_colon_list_with_four_items_for_three_is_flagged_and_three_is_clean() {
    assertThat(checks(analysis("Kyiv set three priorities: air defence, artillery shells, drones and money.",
        "2024-09-01"))).singleElement().satisfies(c -> assertThat(c.message()).contains("4"));
    assertThat(checks(analysis("Kyiv set three priorities: air defence, artillery shells and money.",
        "2024-09-01"))).isEmpty();
  }

  @Test
  void a_complete_enumeration_with_finally_is_clean() {
    String text = "There are four reasons. First, the river. Second, the mud. Third, the mines. "
        + "Finally, the lack of aircraft.";
    assertThat(checks(analysis(text, "2024-09-01"))).isEmpty();
  }

  @Test
  void counted_nouns_that_are_not_announcements_are_ignored() {
    String text = "Two issues of the newspaper were banned. First Deputy Minister Ivanov resigned.";
    assertThat(checks(analysis(text, "2024-09-01"))).isEmpty();
  }

  @Test
  void inline_ordinals_after_a_colon_are_counted() {
    assertThat(checks(analysis("The delegation brought three demands: first, a ceasefire along the river; second, "
        + "an exchange of prisoners.", "2024-09-01"))).singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(CheckKind.ENUMERATION);
          assertThat(c.message()).contains("announces 3").contains("2");
        });
    assertThat(checks(analysis("The delegation brought three demands: first, a ceasefire along the river; second, "
        + "an exchange of prisoners; and third, access for the inspectors.", "2024-09-01"))).isEmpty();
    assertThat(checks(analysis("The delegation brought two demands: first, a ceasefire, second, an exchange of "
        + "prisoners, third, access for the inspectors.", "2024-09-01")))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("announces 2").contains("3"));
  }

  @Test
  void inline_ordinals_continued_in_the_next_sentence_are_clean() {
    assertThat(checks(analysis("The delegation brought three demands: first, a ceasefire; second, an exchange of "
        + "prisoners. Third, the inspectors must be let in.", "2024-09-01"))).isEmpty();
  }

  @Test
  void more_items_than_announced_in_a_short_list_are_flagged() {
    assertThat(checks(analysis("Kyiv named two conditions: withdrawal, reparations and a tribunal.", "2024-09-01")))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("announces 2").contains("3"));
    assertThat(checks(analysis("Kyiv named two conditions: withdrawal and reparations.", "2024-09-01"))).isEmpty();
  }

  @Test
  void inline_ordinals_without_a_colon_are_counted() {
    String text = "The minister set out three goals, first to hold the line, second to restore the grid.";
    assertThat(checks(analysis(text, "2024-09-01"))).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("announces 3").contains("2"));
    assertThat(checks(analysis("The minister set out three goals for the winter, the first of which is the grid.",
        "2024-09-01"))).isEmpty();
  }

  @Test
  void ordinal_sentences_two_announced_three_given() {
    String text = "He listed two lessons. First, drones change the front. Second, stocks run out. "
        + "Third, allies hesitate.";
    assertThat(checks(analysis(text, "2024-09-01"))).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("announces 2").contains("3"));
  }
}
