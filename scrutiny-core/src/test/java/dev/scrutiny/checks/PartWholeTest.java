package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static dev.scrutiny.checks.Articles.covered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartWholeTest {

  private static List<Check> arithmetic(String text) {
    return checks(analysis(text, "2024-09-01")).stream().filter(c -> c.kind() == CheckKind.ARITHMETIC).toList();
  }

  @Test
  void a_share_contradicted_by_its_part_and_whole_is_flagged() {
    String text = "A town of 50,000 lost 30% of its people, around 5,000 residents, in the first month.";
    Analysis a = analysis(text, "2024-09-01");
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.ARITHMETIC);
      assertThat(c.severity()).isEqualTo(Severity.ERROR);
      assertThat(covered(a, c)).isEqualTo("30% of its people, around 5,000");
      assertThat(c.message()).contains("15,000").contains("around 5,000");
      assertThat(c.evidence().otherText()).isEqualTo("50,000");
    });
  }

  @Test
  void a_share_that_fits_its_part_and_whole_is_clean() {
    assertThat(arithmetic("A town of 50,000 lost 30% of its people, around 15,000 residents, in a month.")).isEmpty();
    assertThat(arithmetic("A town of 50,000 lost 30% of its people, about 14,000 residents, in a month.")).isEmpty();
    // 3% written as a whole number allows 2.5% to 3.5%: 1,600 of 50,000 is 3.2%
    assertThat(arithmetic("A town of 50,000 lost 3% of its people, 1,600 residents, in a month.")).isEmpty();
  }

  @Test
  void per_cent_spellings_number_words_and_thousands_are_read() {
    assertThat(arithmetic("The city of fifty thousand lost thirty per cent of its residents, some 5,000 people."))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("15,000"));
    assertThat(arithmetic("The city of 1.2 million lost 10 percent of its inhabitants, nearly 20 thousand people."))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("120,000"));
    assertThat(arithmetic("The city of 1.2 million lost 10 percent of its inhabitants, nearly 120 thousand people."))
        .isEmpty();
  }

  @Test
  void the_part_may_come_first_and_the_whole_inside_the_share() {
    assertThat(arithmetic("Some 5,000 residents, or 30% of the town's 50,000 inhabitants, have left.")).hasSize(1);
    assertThat(arithmetic("Some 15,000 residents, or 30% of the town's 50,000 inhabitants, have left.")).isEmpty();
  }

  @Test
  void hedges_bound_a_figure_on_one_side() {
    // more than 5,000 is not contradicted by 15,000
    assertThat(arithmetic("A town of 50,000 lost 30% of its people, more than 5,000 residents, in a month."))
        .isEmpty();
    // up to 20,000 is contradicted by 30% of 100,000
    assertThat(arithmetic("A town of 100,000 lost 30% of its people, up to 20,000 residents, in a month."))
        .hasSize(1);
  }

  @Test
  void a_share_without_a_written_part_or_whole_or_with_two_wholes_is_not_computed() {
    assertThat(arithmetic("Prices rose by 30% in a town of 50,000, to 5,000 hryvnias.")).isEmpty();
    assertThat(arithmetic("A town of 50,000 lost 30% of its people.")).isEmpty();
    assertThat(arithmetic("Of 50,000 residents in the town and 80,000 in the district, 30% of them, some 5,000 "
        + "people, left.")).isEmpty();
    // a share of another quantity than the people counted
    assertThat(arithmetic("A town of 50,000 spent 30% of its budget, 5,000 hryvnias, on shelters.")).isEmpty();
  }

  @Test
  void parts_spread_over_a_paragraph_exceeding_their_whole_are_flagged() {
    String text = "Of the 40 drones launched, 25 were shot down over Kursk. Another 20 were downed over Belgorod.";
    Analysis a = analysis(text, "2024-09-01");
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.ARITHMETIC);
      assertThat(covered(a, c)).isEqualTo("40");
      assertThat(c.message()).contains("25 + 20 = 45").contains("40");
    });
    assertThat(arithmetic("Of the forty drones launched, 25 were shot down and 20 were jammed near the border."))
        .hasSize(1);
  }

  @Test
  void a_figure_inside_the_opening_is_not_a_part() {
    // "March 12" lies between the whole and the comma: it once made the analyzer read text backwards and fail
    assertThat(arithmetic("Of the 40 drones launched on March 12, 25 were shot down and 20 were jammed."))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("25 + 20 = 45"));
    assertThat(arithmetic("(Of the 1,590 votes cast in the March 12 county convention, 1128 were for Cruz.)")).isEmpty();
  }

  @Test
  void parts_within_their_whole_or_outside_the_paragraph_are_clean() {
    assertThat(arithmetic("Of the 40 drones launched, 25 were shot down over Kursk. Another 10 were downed over "
        + "Belgorod.")).isEmpty();
    assertThat(arithmetic("Of the 40 drones launched, 25 were shot down over Kursk.\n\nAnother 20 were downed "
        + "over Belgorod on Friday.")).isEmpty();
    // a subset of a part, not another part
    assertThat(arithmetic("Of the 40 drones launched, 25 were shot down, 20 of them over Kursk.")).isEmpty();
    // another whole, not a part of this one
    assertThat(arithmetic("Of the 40 drones launched, 25 were shot down over Kursk. Another 20 drones were launched "
        + "at dawn.")).isEmpty();
    // a different unit
    assertThat(arithmetic("Of the 40 drones launched, 25 were shot down over Kursk. Another 20 missiles were "
        + "intercepted.")).isEmpty();
    // about 40 allows up to 48
    assertThat(arithmetic("Of the roughly 40 drones launched, 25 were shot down over Kursk. Another 20 were downed "
        + "over Belgorod.")).isEmpty();
  }
}
