package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlParagraphsTest {

  @Test
  void cuts_at_block_boundaries_and_collapses_white_space() {
    var body = Jsoup.parse("<div>One <b>bold</b>\n  word<p>Two&nbsp;\u200Bparts</p><p> </p>tail<br>end</div>").body();
    assertThat(HtmlParagraphs.of(body)).containsExactly("One bold word", "Two parts", "tail", "end");
  }

  @Test
  void the_fallback_prefers_the_article_without_its_furniture() {
    var doc = Jsoup.parse("<body><nav>Home</nav><article><header>Menu</header><p>Body text.</p>"
        + "<figure>Caption</figure></article><footer>Contact</footer></body>");
    assertThat(HtmlParagraphs.fallback(doc)).containsExactly("Body text.");
  }

  @Test
  void the_fallback_keeps_furniture_when_nothing_else_is_there() {
    var doc = Jsoup.parse("<body><main><header>Only a header here</header></main></body>");
    assertThat(HtmlParagraphs.fallback(doc)).containsExactly("Only a header here");
  }
}
