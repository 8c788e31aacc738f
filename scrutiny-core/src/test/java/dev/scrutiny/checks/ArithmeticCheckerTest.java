package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static dev.scrutiny.checks.Articles.covered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArithmeticCheckerTest {

  @Test
  void a_tiny_share_of_russia_is_turned_into_square_kilometres_and_its_precision_flagged() {
    String text = "Ukrainian forces hold 0.0058823529% of its territory, a Russian commentator said of Russia.";
    Analysis a = analysis("Russia says the incursion failed. " + text, "2024-09-01");
    List<Check> found = checks(a);
    assertThat(found).extracting(Check::kind).containsExactlyInAnyOrder(CheckKind.ARITHMETIC, CheckKind.PRECISION);
    Check arithmetic = found.stream().filter(c -> c.kind() == CheckKind.ARITHMETIC).findFirst().orElseThrow();
    assertThat(arithmetic.severity()).isEqualTo(Severity.INFO);
    assertThat(arithmetic.message()).contains("about 1,006 km²").contains("17.1 million");
    assertThat(arithmetic.evidence().facts()).extracting(ReferenceFact::id).containsExactly("area.RU");
    assertThat(covered(a, arithmetic)).isEqualTo("0.0058823529% of its territory");
    Check precision = found.stream().filter(c -> c.kind() == CheckKind.PRECISION).findFirst().orElseThrow();
    assertThat(precision.message()).contains("8 significant digits");
  }

  @Test
  void a_percentage_contradicting_the_stated_area_is_an_error() {
    String text = "Kyiv claims to control 1% of Russia's territory, or about 1,000 square kilometres.";
    List<Check> found = checks(analysis(text, "2024-09-01"));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.severity()).isEqualTo(Severity.ERROR);
      assertThat(c.message()).contains("170,982").contains("1,000");
      assertThat(c.evidence().otherText()).isEqualTo("1,000");
    });
    String consistent = "Kyiv claims to control 0.006% of Russia's territory, or about 1,000 square kilometres.";
    assertThat(checks(analysis(consistent, "2024-09-01"))).isEmpty();
  }

  @Test
  void round_percentages_without_a_figure_are_left_alone() {
    assertThat(checks(analysis("Russia occupies about 18% of Ukraine's territory.", "2024-09-01"))).isEmpty();
  }

  @Test
  void casualty_parts_must_sum_to_the_total() {
    String text = "The strike killed 12 and wounded 30, 45 casualties in total, the governor said.";
    Analysis a = analysis(text, "2024-09-01");
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.ARITHMETIC);
      assertThat(c.severity()).isEqualTo(Severity.ERROR);
      assertThat(c.message()).contains("12 killed + 30 wounded = 42").contains("45");
      assertThat(covered(a, c)).startsWith("killed 12").endsWith("45 casualties in total");
    });
    assertThat(checks(analysis("The strike killed 12 and wounded 30, 42 casualties in total.", "2024-09-01")))
        .isEmpty();
    assertThat(checks(analysis("Seven people were killed and 20 were injured, a total of 27 casualties.",
        "2024-09-01"))).isEmpty();
    assertThat(checks(analysis("Yesterday seven civilians were killed and twenty were injured, the 30 casualties "
        + "in total overwhelming the hospital.", "2024-09-01"))).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("7 killed + 20 wounded = 27").contains("30"));
  }

  @Test
  void estimates_with_six_significant_digits_are_false_precision() {
    List<Check> found = checks(analysis("The army has lost an estimated 612,347 soldiers.", "2024-09-01"));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.PRECISION);
      assertThat(c.message()).contains("6 significant digits");
    });
    assertThat(checks(analysis("The army has lost an estimated 612,000 soldiers.", "2024-09-01"))).isEmpty();
    assertThat(checks(analysis("The budget allocates 612,347 hryvnias to the school.", "2024-09-01"))).isEmpty();
  }
}
