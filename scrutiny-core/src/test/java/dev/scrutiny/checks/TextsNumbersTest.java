package dev.scrutiny.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers the checks read from the token layer: {@link Texts#numbers} and {@link Texts#count}. */
class TextsNumbersTest {

  private static List<Texts.Num> numbers(String text) {
    return Texts.numbers(Segmenter.tokens(text));
  }

  private static String covered(String text, Texts.Num n) {
    return text.substring(n.start(), n.end());
  }

  @Test
  void digits_with_separators_decimals_and_multipliers() {
    String text = "It cost 1,006 lives, 1.5 million dollars and 5bn roubles.";
    List<Texts.Num> found = numbers(text);
    assertThat(found).extracting(Texts.Num::value).containsExactly(1006.0, 1.5e6, 5e9);
    assertThat(found).extracting(n -> covered(text, n)).containsExactly("1,006", "1.5 million", "5bn");
    assertThat(found).extracting(Texts.Num::digits).containsExactly("1006", "1.5", "5");
    assertThat(found).noneMatch(Texts.Num::percent);
  }

  @Test
  void percent_signs_and_words_glued_or_one_space_away() {
    String text = "Up 12.5%, then 30 per cent, 7 percent and 4 %, but 9  % is too far.";
    List<Texts.Num> found = numbers(text);
    assertThat(found).extracting(n -> covered(text, n)).containsExactly("12.5%", "30 per cent", "7 percent", "4 %", "9");
    assertThat(found).extracting(Texts.Num::percent).containsExactly(true, true, true, true, false);
  }

  @Test
  void a_glued_unit_ends_the_number_and_a_sign_is_left_out() {
    String text = "Pokrovsk lies 50km away; the temperature fell to -5 degrees.";
    List<Texts.Num> found = numbers(text);
    assertThat(found).extracting(n -> covered(text, n)).containsExactly("50", "5");
    assertThat(found).extracting(Texts.Num::value).containsExactly(50.0, 5.0);
  }

  @Test
  void dates_times_compounds_and_words_are_not_numbers_in_digits() {
    assertThat(numbers("On 2025-04-26 at 10:30 a 34-year-old man and seven others left.")).isEmpty();
  }

  @Test
  void significant_digits_ignore_leading_and_trailing_zeros() {
    assertThat(numbers("0.0058823529% and 400.000 and 1,200,000")).extracting(Texts.Num::significantDigits)
        .containsExactly(8, 1, 2);
  }

  private static int[] count(String text, int token) {
    return Texts.count(Segmenter.tokens(text), token);
  }

  @Test
  void counts_are_whole_numbers_number_words_and_a_dozen() {
    assertThat(count("1,006 killed", 0)).containsExactly(1006, 0);
    assertThat(count("twenty-one killed", 0)).containsExactly(21, 0);
    assertThat(count("A dozen killed", 0)).containsExactly(12, 1);
    assertThat(count("one killed", 0)).isNull();
    assertThat(count("12% killed", 0)).isNull();
    assertThat(count("1.5 killed", 0)).isNull();
    assertThat(count("5th killed", 0)).isNull();
    assertThat(count("1234567890 killed", 0)).isNull();
  }
}
