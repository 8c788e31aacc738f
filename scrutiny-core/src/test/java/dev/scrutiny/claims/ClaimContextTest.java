package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimContextTest {

  @Test
  void tokens_in_parts_come_in_order_and_only_whole() {
    String text = "“Everything,” he said, “is falling apart.” Kyiv agreed.";
    ClaimContext doc = RuleFixture.context(text);
    Span first = new Span(1, 11);
    Span second = new Span(text.indexOf("is"), text.indexOf("apart.") + 6);
    assertThat(doc.tokensIn(List.of(first, second)).stream().map(Token::text))
        .containsExactly("Everything", "is", "falling", "apart", ".");
    assertThat(doc.tokensIn(List.of(new Span(2, text.indexOf(" he"))))).as("a token cut by the span is left out")
        .extracting(Token::text).containsExactly(",", "”");
    assertThat(doc.tokensIn(List.of())).isEmpty();
  }
}
