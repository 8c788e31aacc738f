package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.covered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasualtyTotalsTest {

  private static List<Check> totals(Analysis a) {
    return Articles.eachSentence(Articles.context(a, ReferenceFacts.empty()), CasualtyTotals::check);
  }

  @Test
  void parts_after_their_counts_that_miss_the_total() {
    Analysis a = analysis("Twelve people were killed and 30 wounded, 50 casualties in all.", "2024-09-01");
    assertThat(totals(a)).singleElement().satisfies(c -> {
      assertThat(c.message()).isEqualTo(
          "The parts do not add up to the total: 12 killed + 30 wounded = 42, but the total given is 50.");
      assertThat(c.evidence().otherText()).isEqualTo("50 casualties in all");
      assertThat(covered(a, c)).isEqualTo("Twelve people were killed and 30 wounded, 50 casualties in all");
    });
  }

  @Test
  void parts_after_their_category_and_a_total_cue_before_its_count() {
    Analysis a = analysis("Shelling killed a dozen and wounded 1,006, a total of 1,020.", "2024-09-01");
    assertThat(totals(a)).singleElement().satisfies(c -> {
      assertThat(c.message()).contains("12 killed + 1006 wounded = 1018").contains("total given is 1020");
      assertThat(c.evidence().otherText()).isEqualTo("a total of 1,020");
    });
  }

  @Test
  void parts_that_add_up_and_parts_of_parts_are_left_alone() {
    assertThat(totals(analysis("12 were killed and 30 wounded, 42 casualties in total.", "2024-09-01"))).isEmpty();
    assertThat(totals(analysis("12 were killed and 30 wounded, including 5 killed children, 42 in total.",
        "2024-09-01"))).isEmpty();
    assertThat(totals(analysis("12 were killed, 50 casualties in all.", "2024-09-01"))).isEmpty();
  }

  @Test
  void counts_are_read_from_the_tokens() {
    List<CasualtyTotals.Count> counts = CasualtyTotals.counts(
        dev.scrutiny.text.Segmenter.tokens("A dozen died, 1,006 fled and 3.5 km away one more."), 0);
    assertThat(counts).extracting(CasualtyTotals.Count::value).containsExactly(12, 1006);
    assertThat(counts).extracting(CasualtyTotals.Count::start, CasualtyTotals.Count::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(14, 19));
  }
}
