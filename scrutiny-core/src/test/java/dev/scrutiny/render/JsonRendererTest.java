package dev.scrutiny.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.places.Convention;
import dev.scrutiny.text.ParagraphAnalyzer;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void tokens_are_written_with_their_attributes_only_when_asked() throws Exception {
    Article a = Article.builder("a1", "NATO spent 1,006 liberated.").language("en").build();
    Analysis an = Pipeline.of(List.of(new ParagraphAnalyzer(), new dev.scrutiny.text.SentenceAnalyzer(),
        new dev.scrutiny.text.TokenAnalyzer())).run(a);
    assertThat(mapper.readTree(JsonRenderer.defaults().toJson(an)).has("tokens")).isFalse();
    JsonNode tokens = mapper.readTree(JsonRenderer.defaults().withTokens(true).toJson(an)).get("tokens");
    assertThat(tokens.get(0).get("norm").asText()).isEqualTo("nato");
    assertThat(tokens.get(0).get("shape").asText()).isEqualTo("UPPER");
    assertThat(tokens.get(0).has("value")).isFalse();
    assertThat(tokens.get(0).has("source")).as("the text is not repeated per token").isFalse();
    assertThat(tokens.get(2).get("value").asDouble()).isEqualTo(1006.0);
    assertThat(tokens.get(3).get("lemma").asText()).isEqualTo("liber");
  }

  @Test
  void writes_article_fields_text_and_one_array_per_layer() throws Exception {
    Article a = Article.builder("a1", "One.\n\nTwo.").title("T").published(Published.parse("2025-04-26"))
        .language("en").build();
    Analysis an = Pipeline.of(List.of(new ParagraphAnalyzer())).run(a);
    JsonNode n = mapper.readTree(JsonRenderer.defaults().withTimings(false).toJson(an));
    assertThat(n.get("schemaVersion").asText()).isEqualTo(JsonRenderer.SCHEMA_VERSION);
    assertThat(n.get("id").asText()).isEqualTo("a1");
    assertThat(n.get("published").asText()).isEqualTo("2025-04-26");
    assertThat(n.has("author")).isFalse();
    assertThat(n.get("text").asText()).isEqualTo("One.\n\nTwo.");
    assertThat(n.get("paragraphs")).hasSize(2);
    assertThat(n.get("paragraphs").get(1).get("start").asInt()).isEqualTo(6);
    assertThat(n.get("paragraphs").get(1).get("end").asInt()).isEqualTo(10);
    assertThat(n.get("paragraphs").get(1).size()).as("only the record components").isEqualTo(2);
    assertThat(n.get("producers").get("paragraphs").asText()).isEqualTo("paragraphs/1");
    assertThat(n.has("timingsMs")).isFalse();
  }

  @Test
  void enums_are_written_by_their_json_name() throws Exception {
    assertThat(JsonRenderer.write(Convention.RU_STYLE)).isEqualTo("\"ru-style\"");
  }

  @Test
  void batch_document_lists_articles_and_failures() throws Exception {
    Article a = Article.builder("a1", "Text.").build();
    StringWriter w = new StringWriter();
    JsonRenderer.defaults().writeDocument(List.of(Analysis.of(a)), List.of(new JsonRenderer.Failure("x.bin", "binary")), w);
    JsonNode n = mapper.readTree(w.toString());
    assertThat(n.get("articles")).hasSize(1);
    assertThat(n.get("failures").get(0).get("input").asText()).isEqualTo("x.bin");
  }
}
