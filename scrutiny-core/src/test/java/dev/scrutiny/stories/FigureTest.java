package dev.scrutiny.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.stories.Figure.Bound;
import org.junit.jupiter.api.Test;

class FigureTest {

  private static Figure f(double v, Bound b) {
    return new Figure(0, 1, 0, 1, v, b, "people", "killed", false, null);
  }

  @Test
  void ranges_decide_whether_two_figures_can_both_hold() {
    assertThat(f(12, Bound.EXACT).compatible(f(12, Bound.EXACT))).isTrue();
    assertThat(f(12, Bound.EXACT).compatible(f(13, Bound.EXACT))).isFalse();
    assertThat(f(10, Bound.AT_LEAST).compatible(f(14, Bound.EXACT))).isTrue();
    assertThat(f(10, Bound.AT_LEAST).compatible(f(8, Bound.EXACT))).isFalse();
    assertThat(f(50, Bound.ABOUT).compatible(f(54, Bound.EXACT))).isTrue();
    assertThat(f(50, Bound.ABOUT).compatible(f(80, Bound.EXACT))).isFalse();
    assertThat(f(5, Bound.AT_MOST).compatible(f(10, Bound.AT_LEAST))).isFalse();
  }

  @Test
  void number_words_and_scales_are_read() {
    assertThat(FigureExtractor.value("eighty-four", null)).isEqualTo(84);
    assertThat(FigureExtractor.value("1,250", null)).isEqualTo(1250);
    assertThat(FigureExtractor.value("4.1", "million")).isCloseTo(4_100_000, org.assertj.core.data.Offset.offset(1e-6));
  }
}
