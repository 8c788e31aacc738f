package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayersTest {

  private static final Pipeline TEXT = Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(),
      new TokenAnalyzer()));

  @Test
  void tokens_of_a_range_are_those_lying_inside_it() {
    String text = "Shells hit Kherson. Nobody was hurt, officials said.";
    TextLayers doc = TextLayers.of(text);
    int second = text.indexOf("Nobody");
    assertThat(doc.tokens(second, text.length())).extracting(Token::text)
        .containsExactly("Nobody", "was", "hurt", ",", "officials", "said", ".");
    assertThat(doc.tokens(0, second)).extracting(Token::text).containsExactly("Shells", "hit", "Kherson", ".");
    assertThat(doc.tokens(2, 5)).isEmpty();
    assertThat(doc.sentences(second + 2, second + 3)).extracting(Sentence::start).containsExactly(second);
  }

  @Test
  void the_article_layers_are_read_and_the_title_is_put_before_them() {
    String body = "Troops left Bakhmut.\n\nThe “regime” denied it.";
    Analysis in = TEXT.run(Article.builder("a", body).title("Retreat?").build());
    TextLayers own = TextLayers.of(in);
    assertThat(own.tokens()).isEqualTo(in.items(Token.LAYER));

    TextLayers whole = TextLayers.withTitle(in);
    String expected = "Retreat?\n\n" + body;
    assertThat(whole.text()).isEqualTo(expected);
    assertThat(whole.tokens()).extracting(Token::text)
        .isEqualTo(TextLayers.of(expected).tokens().stream().map(Token::text).toList());
    assertThat(whole.tokens()).extracting(Token::start)
        .isEqualTo(TextLayers.of(expected).tokens().stream().map(Token::start).toList());
    assertThat(whole.sentences(0, expected.length())).hasSize(3);
  }

  @Test
  void an_article_without_a_title_is_its_own_layers() {
    Analysis in = TEXT.run(Article.builder("a", "Quiet night in Odesa.").build());
    assertThat(TextLayers.withTitle(in).tokens()).isEqualTo(in.items(Token.LAYER));
  }

  @Test
  void numbers_have_one_form_and_words_their_normalised_one() {
    List<Token> tokens = TextLayers.of("NATO’s 1,006 shells").tokens();
    assertThat(tokens).extracting(TextLayers::form).containsExactly("nato", "'s", "0", "shells");
    assertThat(TextLayers.allCaps(tokens.get(0))).isTrue();
    assertThat(TextLayers.allCaps(tokens.get(3))).isFalse();
  }
}
