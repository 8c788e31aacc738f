package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GenreStyleTest {

  private static final String REPORT = """
      Ministry says convoy reached Kherson on Tuesday

      KYIV, Ukraine (Reuters) - A convoy of 42 trucks reached Kherson on Tuesday, the ministry said in a statement.

      "The road was shelled twice overnight," regional governor Oleh Marchenko told reporters.

      According to the ministry, 1,200 tonnes of food were delivered by September 14.
      """;

  private static final String OPINION = """
      Why do we keep pretending this war will end by itself?

      I have watched this war for three years. Do you really believe the talks will change anything?

      We should stop lying to ourselves! My neighbours know it, and so do you.
      """;

  @Test
  void reporting_style_shows_attribution_dateline_and_numbers() {
    Map<String, Double> report = GenreStyle.of(TextLayers.of(REPORT));
    Map<String, Double> opinion = GenreStyle.of(TextLayers.of(OPINION));
    assertThat(report.get("d dateline")).isEqualTo(1.0);
    assertThat(opinion.get("d dateline")).isEqualTo(0.0);
    assertThat(report.get("d say-sentences")).isGreaterThan(opinion.get("d say-sentences"));
    assertThat(report.get("d numbers")).isGreaterThan(opinion.get("d numbers"));
    assertThat(report.get("d dates")).isGreaterThan(opinion.get("d dates"));
    assertThat(report.get("d agency")).isGreaterThan(0.0);
  }

  @Test
  void opinion_style_shows_first_and_second_person_and_questions() {
    Map<String, Double> report = GenreStyle.of(TextLayers.of(REPORT));
    Map<String, Double> opinion = GenreStyle.of(TextLayers.of(OPINION));
    assertThat(opinion.get("d first-person")).isGreaterThan(report.get("d first-person"));
    assertThat(opinion.get("d you")).isGreaterThan(report.get("d you"));
    assertThat(opinion.get("d questions")).isGreaterThan(report.get("d questions"));
    assertThat(opinion.get("d exclamations")).isGreaterThan(0.0);
    assertThat(opinion.get("d title-question")).isEqualTo(1.0);
    assertThat(report.get("d title-question")).isEqualTo(0.0);
  }

  @Test
  void every_value_lies_between_zero_and_one_even_for_odd_text() {
    for (String text : new String[] {"", "\n\n", "!!!???", "\"\"\"\n\n\"", "A\n\n1 2 3 4 5 6 7 8 9 10", REPORT, OPINION}) {
      assertThat(GenreStyle.of(TextLayers.of(text)).values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Test
  void lower_case_i_is_the_italian_article_not_first_person() {
    String italian = "Titolo\n\ni soldati e i civili hanno lasciato la città.";
    String english = "Title\n\nI left the city. I saw the soldiers.";
    assertThat(GenreStyle.of(TextLayers.of(italian)).get("d first-person")).isEqualTo(0.0);
    assertThat(GenreStyle.of(TextLayers.of(english)).get("d first-person")).isGreaterThan(0.0);
  }

  @Test
  void genre_features_include_the_dense_style_rates_only_when_configured() {
    FeatureExtractor with = new FeatureExtractor(SemevalTrainer.featureConfig(1));
    FeatureExtractor without = new FeatureExtractor(SemevalTrainer.featureConfig(2));
    assertThat(with.named(TextLayers.of(REPORT), 0, REPORT.length(), FeatureExtractor.Context.NONE)).containsKey("d dateline");
    assertThat(without.named(TextLayers.of(REPORT), 0, REPORT.length(), FeatureExtractor.Context.NONE)).doesNotContainKey("d dateline");
  }
}
