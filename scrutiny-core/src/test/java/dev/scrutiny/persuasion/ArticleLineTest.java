package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLineTest {

  @Test
  void linesAreNumberedOverAllLinesAndBlankOnesAreLeftOut() {
    String text = "Title\n\nFirst paragraph.\r\n   \nSecond one.";
    List<ArticleLine> lines = ArticleLine.split(text);
    assertThat(lines).extracting(ArticleLine::number).containsExactly(1, 3, 5);
    assertThat(lines).extracting(l -> text.substring(l.start(), l.end()))
        .containsExactly("Title", "First paragraph.", "Second one.");
  }

  @Test
  void emptyAndBlankTextHaveNoLines() {
    assertThat(ArticleLine.split("")).isEmpty();
    assertThat(ArticleLine.split("\n \n\r\n")).isEmpty();
  }

  @Test
  void aTrailingLineBreakAddsNoLine() {
    assertThat(ArticleLine.split("One.\nTwo.\n")).extracting(ArticleLine::number).containsExactly(1, 2);
  }
}
