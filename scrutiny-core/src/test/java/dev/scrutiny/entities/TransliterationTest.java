package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

  @Test
  void zelensky_variants_share_one_key() {
    for (String v : new String[] {"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii", "ZELENSKYY", "Zelensky's"}) {
      assertThat(Transliteration.key(v)).as(v).isEqualTo("zelensky");
    }
  }

  @Test
  void ia_and_ya_spellings_share_one_key() {
    assertThat(Transliteration.key("Podoliak")).isEqualTo("podolyak");
    assertThat(Transliteration.key("Podolyak")).isEqualTo("podolyak");
    assertThat(Transliteration.key("Fiodor")).isEqualTo(Transliteration.key("Fyodor"));
  }

  @Test
  void yi_endings_kh_and_double_letters_normalise() {
    assertThat(Transliteration.key("Syrskyi")).isEqualTo(Transliteration.key("Syrsky"));
    assertThat(Transliteration.key("Zaluzhnyi")).isEqualTo(Transliteration.key("Zaluzhny"));
    assertThat(Transliteration.key("Mikhail")).isEqualTo(Transliteration.key("Mihail"));
    assertThat(Transliteration.key("Sergey")).isEqualTo(Transliteration.key("Sergei"));
    assertThat(Transliteration.key("Mariya")).isEqualTo(Transliteration.key("Maria"));
    assertThat(Transliteration.key("Yevgeniy")).isEqualTo(Transliteration.key("Yevgeny"));
  }

  @Test
  void diacritics_case_and_punctuation_are_dropped_and_words_joined_by_one_space() {
    assertThat(Transliteration.key("  Wagner   Group ")).isEqualTo("wagner group");
    assertThat(Transliteration.key("Erdoğan")).isEqualTo("erdogan");
    assertThat(Transliteration.key("al-Assad")).isEqualTo("al asad");
  }

  @Test
  void different_names_keep_different_keys() {
    assertThat(Transliteration.key("Putin")).isNotEqualTo(Transliteration.key("Peskov"));
    assertThat(Transliteration.key("Kadyrov")).isEqualTo("kadyrov");
    assertThat(Transliteration.key("Gerasimov")).isEqualTo("gerasimov");
  }

  @Test
  void plain_keys_keep_ordinary_spelling() {
    assertThat(Transliteration.plainKey("European Union")).isEqualTo("european union");
    assertThat(Transliteration.plainKey("Russia's")).isEqualTo("russia");
    assertThat(Transliteration.plainKey("  Wagner\u00a0Group ")).isEqualTo("wagner group");
    assertThat(Transliteration.plainKey("Zaporizhzhia")).isEqualTo("zaporizhzhia");
  }
}
