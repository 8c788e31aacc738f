package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenAttributesTest {

  private static Token only(String text) {
    List<Token> tokens = Segmenter.tokens(text);
    assertThat(tokens).hasSize(1);
    return tokens.get(0);
  }

  @Test
  void words_carry_a_normalised_form_a_shape_and_a_snowball_lemma() {
    List<Token> t = Segmenter.tokens("NATO liberated Kyiv’s iPhone liberation");
    assertThat(t).extracting(Token::norm).containsExactly("nato", "liberated", "kyiv", "'s", "iphone", "liberation");
    assertThat(t).extracting(Token::shape).containsExactly(Token.Shape.UPPER, Token.Shape.LOWER,
        Token.Shape.CAPITALISED, Token.Shape.LOWER, Token.Shape.MIXED, Token.Shape.LOWER);
    assertThat(t.get(1).lemma()).isEqualTo("liber").isEqualTo(t.get(5).lemma());
  }

  @Test
  void cyrillic_words_get_the_russian_stemmer() {
    List<Token> t = Segmenter.tokens("освобождения освобождение");
    assertThat(t.get(0).lemma()).isEqualTo(t.get(1).lemma()).isEqualTo("освобожден");
  }

  @Test
  void numbers_carry_their_value_and_dates_none() {
    assertThat(only("1,006").value()).isEqualTo(1006.0);
    assertThat(only("12.5%").value()).isEqualTo(12.5);
    assertThat(only("50km").value()).isEqualTo(50.0);
    assertThat(only("3rd").value()).isEqualTo(3.0);
    assertThat(only("-5").value()).isEqualTo(-5.0);
    assertThat(only("2025-04-26").value()).isNull();
    assertThat(only("26.04.2025").value()).isNull();
    assertThat(only("10:30").value()).isNull();
    assertThat(only("12,5").value()).isNull();
    assertThat(only("1,006").shape()).isEqualTo(Token.Shape.NUMERIC);
    assertThat(only("Su-34").shape()).isEqualTo(Token.Shape.ALPHANUMERIC);
  }

  @Test
  void english_number_words_carry_their_value() {
    List<Token> t = Segmenter.tokens("seven twenty-one seventh Thirty-third dozen");
    assertThat(t).extracting(Token::value).containsExactly(7.0, 21.0, 7.0, 33.0, null);
  }

  @Test
  void marks_are_their_own_lemma() {
    Token comma = only(",");
    assertThat(comma.lemma()).isEqualTo(",");
    assertThat(comma.shape()).isEqualTo(Token.Shape.OTHER);
    assertThat(comma.value()).isNull();
  }
}
