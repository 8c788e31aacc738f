package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void words_follow_the_token_layer_with_clitics_kept_on_their_host() {
    String t = "Russia’s army didn't say 42% of U.S. troops left.";
    List<Word> words = Words.of(t, Segmenter.tokens(t));
    assertThat(words).extracting(Word::text)
        .containsExactly("Russia’s", "army", "didn't", "say", "42%", "of", "U.S.", "troops", "left", ".");
    assertThat(words.get(0).lower()).isEqualTo("russia's");
    assertThat(words).allSatisfy(w -> assertThat(t.substring(w.start(), w.end())).isEqualTo(w.text()));
  }
}
