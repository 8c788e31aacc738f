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
}
