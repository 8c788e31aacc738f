package dev.scrutiny.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd of(String html, List<String> warnings) {
    return JsonLd.of(Jsoup.parse(html), warnings);
  }

  @Test
  void reads_the_first_article_node_of_a_graph_past_a_broken_block() {
    List<String> warnings = new ArrayList<>();
    JsonLd ld = of("""
        <html><head>
        <script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Desk"},
          {"@type":["Thing","NewsArticle"],"headline":" Talks resume ","datePublished":"2024-05-02",
           "author":[{"name":"A. Writer"},"B. Writer",{"name":"A. Writer"}],"publisher":{"name":"Desk"},
           "mainEntityOfPage":{"@id":"https://example.org/talks"},"inLanguage":"en-GB"}]}</script>
        </head><body></body></html>""", warnings);
    assertThat(ld.headline()).isEqualTo("Talks resume");
    assertThat(ld.datePublished()).isEqualTo("2024-05-02");
    assertThat(ld.author()).isEqualTo("A. Writer, B. Writer");
    assertThat(ld.publisher()).isEqualTo("Desk");
    assertThat(ld.url()).isEqualTo("https://example.org/talks");
    assertThat(ld.language()).isEqualTo("en-GB");
    assertThat(warnings).containsExactly("ignored a JSON-LD block that is not valid JSON");
  }

  @Test
  void a_page_without_an_article_node_gives_no_metadata() {
    List<String> warnings = new ArrayList<>();
    JsonLd ld = of("<script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"Desk\"}]</script>",
        warnings);
    assertThat(ld).isEqualTo(new JsonLd(null, null, null, null, null, null));
    assertThat(warnings).isEmpty();
  }
}
