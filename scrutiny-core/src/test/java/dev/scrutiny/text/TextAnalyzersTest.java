package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzersTest {

  @Test
  void default_pipeline_runs_paragraphs_then_sentences_then_tokens() {
    assertThat(Scrutiny.defaultPipeline().produces())
        .containsSubsequence(Paragraph.LAYER, Sentence.LAYER, Token.LAYER);
  }

  @Test
  void article_gets_sentences_and_tokens_with_offsets() {
    String text = "Kyiv, 6 August. The offensive began, Gen. Syrskyi said.\n\n“It’s over,” he said.";
    Analysis a = Scrutiny.analyze(Article.builder("a1", text).language("en").build());
    Article article = a.article();
    List<String> sentences = a.items(Sentence.LAYER).stream().map(article::text).toList();
    assertThat(sentences).containsExactly("Kyiv, 6 August.", "The offensive began, Gen. Syrskyi said.",
        "“It’s over,” he said.");
    assertThat(a.items(Token.LAYER).stream().map(article::text).toList()).containsSubsequence(
        "Gen.", "Syrskyi", "said", ".", "“", "It", "’s", "over", ",", "”");
    assertThat(a.require(Token.LAYER).producer()).isEqualTo("tokens/2");
    assertThat(a.require(Sentence.LAYER).producer()).isEqualTo("sentences/1");
  }
}
