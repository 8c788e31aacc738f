package dev.scrutiny.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Layer;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Spanned;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  record Flag(int start, int end, String label) implements Spanned, Labelled {
    static final LayerKey<Flag> LAYER = LayerKey.of("flags", Flag.class, LayerKey.Order.SORTED);
  }

  static final String HOSTILE = "Officials said <script>alert('x')</script> nothing.\n\n"
      + "<img src=x onerror=\"alert(1)\"> and a \"quoted\" & 'single' claim.";

  private static Analysis analysed(Article a) {
    Analysis an = Pipeline.of(List.of(new ParagraphAnalyzer())).run(a);
    int s = a.text().indexOf("<img");
    return an.with(new Layer<>(Flag.LAYER, "test/1",
        List.of(new Flag(s, s + 10, "<b onmouseover=alert(2)>")), a.text().length()), 0);
  }

  @Test
  void hostile_article_renders_inert() {
    Article a = Article.builder("evil\"><script>", HOSTILE)
        .title("<script>alert('title')</script>").author("<img src=x onerror=alert(3)>")
        .url("javascript:alert(4)").source("<b>src</b>").build();
    String html = HtmlRenderer.defaults().render(List.of(analysed(a)), List.of(
        new JsonRenderer.Failure("bad<script>.html", "binary <b>file</b>")));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("b")).isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(attr -> assertThat(attr.getKey()).doesNotStartWith("on"));
      assertThat(e.attr("href")).doesNotStartWithIgnoringCase("javascript:");
    }
    // the hostile text is still shown to the reader, as text
    assertThat(doc.text()).contains("<script>alert('x')</script>").contains("<img src=x onerror=\"alert(1)\">");
    assertThat(html).contains("Content-Security-Policy");
  }

  @Test
  void labelled_layers_are_highlighted_with_their_label_and_listed() {
    Article a = Article.builder("a1", "Kyiv was shelled.\n\nKharkiv too.").title("Night").build();
    Analysis an = Pipeline.of(List.of(new ParagraphAnalyzer())).run(a)
        .with(new Layer<>(Flag.LAYER, "test/1", List.of(new Flag(0, 4, "CITY"), new Flag(19, 26, "CITY")), a.text().length()), 0);
    Document doc = Jsoup.parse(HtmlRenderer.defaults().render(List.of(an), List.of()));
    assertThat(doc.select("mark.L-flags")).extracting(Element::text).containsExactly("Kyiv", "Kharkiv");
    assertThat(doc.select("mark.L-flags").first().attr("title")).isEqualTo("flags: CITY");
    assertThat(doc.select("#article-1 .text p")).hasSize(2);
    assertThat(doc.select("#index a[href=#article-1]").text()).isEqualTo("Night");
    assertThat(doc.select("input.tg-flags")).hasSize(1);
  }

  @Test
  void the_genre_is_shown_as_an_estimate_with_its_evidence() {
    Article a = Article.builder("a1", "We must act now.").build();
    Analysis an = Analysis.of(a).with(new Layer<>(dev.scrutiny.persuasion.GenreLabel.LAYER, "test/1",
        List.of(new dev.scrutiny.persuasion.GenreLabel(dev.scrutiny.persuasion.Genre.OPINION, 0.8,
            List.of("style: first-person <i>"))), a.text().length()), 0);
    Document doc = Jsoup.parse(HtmlRenderer.defaults().render(List.of(an), List.of()));
    Element badge = doc.select(".overview .genre").first();
    assertThat(badge).isNotNull();
    assertThat(badge.attr("title")).isEqualTo("evidence: style: first-person <i>");
    Element caption = badge.previousElementSibling();
    assertThat(caption.text()).isEqualTo("Genre (estimate):");
    assertThat(caption.attr("title")).contains("weak estimate").contains("not the chance of being right");
  }

  @Test
  void overlapping_highlights_are_cut_into_nested_free_segments() {
    Article a = Article.builder("a1", "abcdefghij").build();
    Analysis an = Analysis.of(a).with(new Layer<>(Flag.LAYER, "t", List.of(new Flag(0, 6, "A"), new Flag(3, 9, "B")), 10), 0);
    Document doc = Jsoup.parse(HtmlRenderer.defaults().render(List.of(an), List.of()));
    assertThat(doc.select("mark")).extracting(Element::text).containsExactly("abc", "def", "ghi");
    assertThat(doc.select(".text").text()).isEqualTo("abcdefghij");
  }

  @Test
  void safe_href_only_allows_http_urls() {
    assertThat(Html.safeHref("https://example.org/a?b=1&c=2")).isEqualTo("https://example.org/a?b=1&amp;c=2");
    assertThat(Html.safeHref("javascript:alert(1)")).isNull();
    assertThat(Html.safeHref("data:text/html,hi")).isNull();
    assertThat(Html.safeHref("not a url")).isNull();
  }
}
