package dev.scrutiny.markers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LemmatizerTest {

  @Test
  void inflected_and_derived_forms_share_one_key() {
    assertThat(Lemmatizer.lemma("liberated")).isEqualTo("liberat");
    assertThat(Lemmatizer.lemma("liberating")).isEqualTo("liberat");
    assertThat(Lemmatizer.lemma("Liberation")).isEqualTo("liberat");
    assertThat(Lemmatizer.lemma("liberates")).isEqualTo("liberat");
    assertThat(Lemmatizer.lemma("liberators")).isEqualTo("liberat");
    assertThat(Lemmatizer.lemma("regimes")).isEqualTo(Lemmatizer.lemma("regime"));
    assertThat(Lemmatizer.lemma("regime's")).isEqualTo(Lemmatizer.lemma("regime"));
    assertThat(Lemmatizer.lemma("occupied")).isEqualTo(Lemmatizer.lemma("occupies")).isEqualTo("occupy");
    assertThat(Lemmatizer.lemma("Neo-Nazis")).isEqualTo(Lemmatizer.lemma("neo-Nazi"));
    assertThat(Lemmatizer.lemma("proxies")).isEqualTo("proxy");
  }

  @Test
  void short_words_and_unrelated_words_stay_apart() {
    assertThat(Lemmatizer.lemma("is")).isEqualTo("is");
    assertThat(Lemmatizer.lemma("orcs")).isEqualTo("orc");
    assertThat(Lemmatizer.lemma("region")).isNotEqualTo(Lemmatizer.lemma("regime"));
    assertThat(Lemmatizer.lemma("during")).isEqualTo("during");
  }

  @Test
  void words_are_the_shared_tokens_with_clitics_folded_back() {
    String text = "Kiev’s regime, they don't say.";
    assertThat(Lemmatizer.words(text)).extracting(Lemmatizer.Word::lemma)
        .containsExactly("kiev", "regim", "they", "don't", "say");
    Lemmatizer.Word first = Lemmatizer.words(text).get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("Kiev’s");
  }

  @Test
  void the_key_keeps_apart_what_the_snowball_lemma_conflates() {
    java.util.List<dev.scrutiny.text.Token> t = dev.scrutiny.text.Segmenter.tokens("occupied occupier liberal liberate");
    assertThat(t.get(0).lemma()).isEqualTo(t.get(1).lemma());
    assertThat(t.get(2).lemma()).isEqualTo(t.get(3).lemma());
    assertThat(Lemmatizer.lemma("occupied")).isNotEqualTo(Lemmatizer.lemma("occupier"));
    assertThat(Lemmatizer.lemma("liberal")).isNotEqualTo(Lemmatizer.lemma("liberate"));
  }
}
