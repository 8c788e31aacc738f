package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the temporal checks on their own: start events, the hedges of "ago", completion order. */
class TemporalPiecesTest {

  private static CheckContext context(String text, String published) {
    return Articles.context(analysis(text, published), ReferenceFacts.defaults());
  }

  @Test
  void start_events_are_named_anywhere_or_right_at_the_start_of_a_phrase() {
    CheckContext c = context("Nothing here.", "2025-02-24");
    assertThat(StartEvents.in(c, "Since the Full-Scale Invasion began")).extracting(ReferenceFact::id)
        .contains("start.full-scale-invasion");
    assertThat(StartEvents.at(c, " of Russia's full-scale invasion")).isEmpty();
    assertThat(StartEvents.at(c, " the full-scale invasion")).extracting(ReferenceFact::id)
        .contains("start.full-scale-invasion");
    assertThat(StartEvents.at(c, " and then the full-scale invasion")).isEmpty();
    assertThat(StartEvents.years(LocalDate.parse("2022-02-24"), LocalDate.parse("2025-02-24"))).isBetween(2.99, 3.01);
  }

  @Test
  void the_reference_date_is_a_written_date_else_publication_but_not_a_bare_year() {
    CheckContext c = context("On 12 May 2024 it rained. It rains. It rained in 2023.", "2025-02-24");
    assertThat(c.sentences).hasSize(3);
    assertThat(StartEvents.reference(c, c.sentences.get(0))).isEqualTo(LocalDate.parse("2024-05-12"));
    assertThat(StartEvents.reference(c, c.sentences.get(1))).isEqualTo(LocalDate.parse("2025-02-24"));
    assertThat(StartEvents.reference(c, c.sentences.get(2))).isNull();
  }

  private static List<Check> ago(String text, String published) {
    return Articles.eachSentence(context(text, published), AgoCheck::check);
  }

  @Test
  void a_hedge_bounds_ago_on_one_side_and_a_bare_count_on_both() {
    assertThat(ago("It began over a month ago, on 1 March 2025.", "2025-03-20")).singleElement()
        .satisfies(k -> assertThat(k.message()).contains("only 19 days had passed"));
    assertThat(ago("It began over a month ago, on 1 January 2025.", "2025-03-20")).isEmpty();
    assertThat(ago("It began nearly a week ago, on 1 March 2025.", "2025-03-20")).singleElement()
        .satisfies(k -> assertThat(k.severity()).isEqualTo(Severity.ERROR));
    assertThat(ago("It began three weeks ago, on 1 March 2025.", "2025-03-20")).isEmpty();
    assertThat(ago("It began two weeks ago, on 28 February 2025.", "2025-03-20")).singleElement()
        .satisfies(k -> assertThat(k.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void keywords_are_capitalised_words_after_the_first_without_months() {
    assertThat(CompletionOrder.keywords("Fighting in Bakhmut and Soledar's outskirts went on in May."))
        .containsExactlyInAnyOrder("Bakhmut", "Soledar");
  }
}
