package dev.scrutiny.checks;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static dev.scrutiny.checks.Articles.covered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.time.Anchor;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalCheckerTest {

  @Test
  void seventh_year_in_2025_contradicts_both_the_invasion_and_the_conflict_start() {
    String text = "Officials in Brussels met on Tuesday. As the war in Ukraine enters its seventh year, "
        + "allies are running short of shells.";
    Analysis a = analysis(text, "2025-06-10");
    List<Check> found = checks(a);
    assertThat(found).hasSize(1);
    Check c = found.get(0);
    assertThat(c.kind()).isEqualTo(CheckKind.TEMPORAL);
    assertThat(c.severity()).isEqualTo(Severity.ERROR);
    assertThat(covered(a, c)).isEqualTo("enters its seventh year");
    assertThat(c.message()).contains("2022-02-24").contains("4th year").contains("2014-02-20").contains("12th year");
    assertThat(c.evidence().facts()).extracting(ReferenceFact::id)
        .contains("start.full-scale-invasion", "start.conflict");
  }

  @Test
  void fourth_year_of_the_full_scale_invasion_in_2025_is_clean() {
    String text = "As Russia's full-scale invasion enters its fourth year, Kyiv asks for more air defence. "
        + "The war in Ukraine is now in its twelfth year, counting from the seizure of Crimea.";
    assertThat(checks(analysis(text, "2025-03-02"))).isEmpty();
  }

  @Test
  void a_year_ahead_of_the_anniversary_is_tolerated_but_not_two() {
    assertThat(checks(analysis("The full-scale invasion enters its fourth year next week.", "2025-02-17"))).isEmpty();
    assertThat(checks(analysis("The full-scale invasion enters its fifth year next week.", "2025-02-17"))).hasSize(1);
  }

  @Test
  void unrelated_ordinal_years_are_not_checked() {
    String text = "The harvest entered its seventh year of decline. Exports fell for the third year in a row.";
    assertThat(checks(analysis(text, "2025-06-10"))).isEmpty();
  }

  @Test
  void over_a_month_ago_must_agree_with_the_publication_date() {
    String text = "The incursion began over a month ago, on 6 August, when troops crossed near Sudzha.";
    Analysis wrong = analysis(text, "2024-08-20");
    List<Check> found = checks(wrong);
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.TEMPORAL);
      assertThat(c.severity()).isEqualTo(Severity.ERROR);
      assertThat(covered(wrong, c)).isEqualTo("over a month ago, on 6 August");
      assertThat(c.message()).contains("2024-08-06").contains("only 14 days");
      assertThat(c.evidence().otherText()).isEqualTo("6 August");
    });
    assertThat(checks(analysis(text, "2024-09-12"))).isEmpty();
  }

  @Test
  void the_time_layer_value_is_used_when_present() {
    String text = "It happened two weeks ago, on the sixth of the month.";
    int at = text.indexOf("the sixth of the month");
    TimeExpression t = new TimeExpression(at, at + "the sixth of the month".length(), "the sixth of the month",
        TimeType.DATE, "2024-08-06", Anchor.PUBLICATION);
    assertThat(checks(analysis(text, "2024-08-20", List.of(t), List.of()))).isEmpty();
    assertThat(checks(analysis(text, "2024-10-20", List.of(t), List.of()))).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("75 days had passed"));
  }

  @Test
  void a_date_after_publication_cannot_be_days_ago() {
    List<Check> found = checks(analysis("Three days ago, on 12 May 2025, the bridge was hit.", "2025-05-10"));
    assertThat(found).singleElement().satisfies(c -> assertThat(c.message()).contains("after publication"));
  }

  @Test
  void years_of_war_are_checked_against_the_start_dates() {
    assertThat(checks(analysis("After ten years of full-scale war, the front barely moves.", "2025-05-01")))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("2022-02-24"));
    assertThat(checks(analysis("After three years of full-scale war, the front barely moves.", "2025-05-01")))
        .isEmpty();
    assertThat(checks(analysis("For eight years of war in Donbas, the shelling never stopped.", "2022-02-21")))
        .isEmpty();
  }

  @Test
  void fighting_after_a_declared_completion_is_flagged() {
    String text = "The General Staff said the operation in Kursk was completed on 26 April. "
        + "Local residents said Ukrainian units were still fighting near Gornal in Kursk on 30 April.";
    Analysis a = analysis(text, "2025-05-02");
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.TEMPORAL);
      assertThat(c.message()).contains("2025-04-30").contains("2025-04-26").contains("Kursk");
      assertThat(c.evidence().other()).isNotNull();
    });
    String clean = "The General Staff said the operation in Kursk was completed on 26 April. "
        + "Local residents said Ukrainian units were still fighting near Gornal in Kursk on 20 April.";
    assertThat(checks(analysis(clean, "2025-05-02"))).isEmpty();
  }

  @Test
  void nothing_is_checked_against_a_missing_publication_date() {
    assertThat(checks(analysis("As the war in Ukraine enters its seventh year, nothing changes.", null))).isEmpty();
  }

  @Test
  void a_day_count_of_the_invasion_is_checked_against_the_publication_date() {
    String right = "The 24th day of Russia's full-scale invasion of Ukraine is over. We held.";
    assertThat(checks(analysis(right, "2022-03-19"))).isEmpty();
    assertThat(checks(analysis("Today is the 30th day of the full-scale invasion.", "2022-03-19")))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("24th day"));
    assertThat(checks(analysis("Twenty days of full-scale invasion, and the city stands.", "2022-03-15"))).isEmpty();
    assertThat(checks(analysis("Fifty days of full-scale invasion, and the city stands.", "2022-03-15"))).hasSize(1);
  }

  @Test
  void a_day_of_the_invasion_in_the_past_is_not_a_count_to_now() {
    String text = "From the first day of the full-scale invasion, he was on the front. She died on the second day "
        + "of a full-scale war. In the first 20 days of the full-scale invasion, a million left.";
    assertThat(checks(analysis(text, "2022-06-02"))).isEmpty();
  }

  /** The same analysis with the time layer's expressions that cover {@code phrase} removed. */
  private static Analysis without(Analysis a, String phrase) {
    int at = a.text().indexOf(phrase);
    List<TimeExpression> kept = a.items(TimeExpression.LAYER).stream()
        .filter(t -> t.end() <= at || t.start() >= at + phrase.length()).toList();
    return a.with(new dev.scrutiny.article.Layer<>(TimeExpression.LAYER, "test", kept, a.text().length()), 0);
  }

  @Test
  void durations_ago_and_ordinal_years_are_read_from_the_time_layer_not_rescanned() {
    Analysis ago = analysis("Three days ago, on 12 May 2025, the bridge was hit.", "2025-05-10");
    assertThat(checks(ago)).hasSize(1);
    assertThat(checks(without(ago, "Three days ago"))).isEmpty();
    Analysis year = analysis("As the war in Ukraine enters its seventh year, nothing changes.", "2025-03-01");
    assertThat(checks(year)).isNotEmpty();
    assertThat(checks(without(year, "seventh year"))).isEmpty();
  }

  @Test
  void the_temporal_family_is_skipped_without_a_time_layer() {
    String text = "Three days ago, on 12 May 2025, the bridge was hit.";
    Analysis a = dev.scrutiny.article.Analysis.of(dev.scrutiny.article.Article.builder("x", text)
        .published(dev.scrutiny.article.Published.parse("2025-05-10")).build());
    CheckAnalyzer.Run run = new CheckAnalyzer().run(a);
    assertThat(run.ran()).doesNotContain("temporal");
    assertThat(run.skipped()).anyMatch(s -> s.startsWith("temporal: skipped, layer times absent"));
  }

  @Test
  void a_qualifier_before_the_expression_counts() {
    // "just over" is read from the tokens before the tagged "a month ago"
    List<Check> found = checks(analysis("It began just over a month ago, on 6 August.", "2024-08-20"));
    assertThat(found).singleElement().satisfies(c -> assertThat(c.message()).contains("only 14 days had passed"));
  }
}
