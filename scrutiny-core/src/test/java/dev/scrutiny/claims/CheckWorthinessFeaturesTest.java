package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CheckWorthinessFeaturesTest {

  private static final int BITS = 20;

  private static int[] features(String sentence) {
    int[] f = CheckWorthinessFeatures.of(Segmenter.tokens(sentence), BITS);
    Arrays.sort(f);
    return f;
  }

  private static boolean has(String sentence, String feature) {
    return Arrays.stream(features(sentence)).anyMatch(i -> i == CheckWorthinessFeatures.index(feature, BITS));
  }

  @Test
  void words_and_bigrams_are_lower_cased_and_numbers_bucketed() {
    assertThat(has("Kyiv reported 1,250 drones.", "w=kyiv")).isTrue();
    assertThat(has("Kyiv reported 1,250 drones.", "b=<s>_kyiv")).isTrue();
    assertThat(has("Kyiv reported 1,250 drones.", "b=reported_<num4>")).isTrue();
    assertThat(has("Kyiv reported 1,250 drones.", "b=drones_</s>")).as("the full stop is not a word").isTrue();
    assertThat(has("They fired 7 shells.", "w=<num1>")).isTrue();
  }

  @Test
  void punctuation_other_than_marks_is_left_out() {
    assertThat(features("Kyiv, they said, reported 40 drones.")).isEqualTo(features("Kyiv they said reported 40 drones"));
    assertThat(features("Kyiv reported 40 drones?")).isNotEqualTo(features("Kyiv reported 40 drones"));
  }

  @Test
  void a_percentage_reads_as_a_number_and_a_percent_sign() {
    assertThat(features("Prices rose 12% in a year")).isEqualTo(features("Prices rose 12 % in a year"));
    assertThat(has("Prices rose 12% in a year", "b=<num2>_%")).isTrue();
  }

  @Test
  void years_months_and_names_set_their_flags() {
    assertThat(has("The plant closed in March 2022.", "year")).isTrue();
    assertThat(has("The plant closed on 2022-03-04.", "year")).isTrue();
    assertThat(has("The plant closed in March 2022.", "month")).isTrue();
    assertThat(has("March on, they said.", "month")).as("a capital that opens the sentence").isFalse();
    assertThat(has("Troops march on.", "month")).isFalse();
    assertThat(has("Kyiv lost 40 tanks.", "number+name")).isFalse();
    assertThat(has("They say Kyiv lost 40 tanks.", "number+name")).isTrue();
    assertThat(has("This is the deadliest attack.", "superlative")).isTrue();
    assertThat(has("Exports fell sharply.", "causal")).isTrue();
  }

  @Test
  void every_feature_counts_and_lies_in_the_hash_space() {
    int[] f = features("Russia lost 1,200 tanks in 2023.");
    // six words and six bigrams, the closing bigram, numbers, caps and length, and the year flag
    assertThat(f).hasSize(6 + 6 + 1 + 3 + 1);
    assertThat(Arrays.stream(f).allMatch(i -> i >= 0 && i < 1 << BITS)).isTrue();
  }
}
