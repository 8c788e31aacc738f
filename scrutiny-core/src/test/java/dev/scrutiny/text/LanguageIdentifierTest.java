package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Article;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  static final String EN = "Russian forces shelled the outskirts of Kharkiv overnight, the regional governor "
      + "said on Tuesday. Two civilians were wounded and a school was damaged.";
  static final String UK = "Російські війська вночі обстріляли околиці Харкова, повідомив у вівторок голова "
      + "обласної адміністрації. Двоє цивільних поранені, пошкоджено школу.";
  static final String RU = "Российские войска ночью обстреляли окрестности Харькова, сообщил во вторник "
      + "губернатор области. Двое мирных жителей ранены, повреждена школа.";
  static final String FR = "Les forces russes ont bombardé la périphérie de Kharkiv pendant la nuit, a déclaré "
      + "mardi le gouverneur régional. Deux civils ont été blessés.";
  static final String DE = "Russische Truppen haben in der Nacht die Außenbezirke von Charkiw beschossen, teilte "
      + "der Gouverneur am Dienstag mit. Zwei Zivilisten wurden verletzt.";

  @Test
  void identifies_english_russian_ukrainian_french_german() {
    assertThat(LanguageIdentifier.languageOf(EN)).isEqualTo("en");
    assertThat(LanguageIdentifier.languageOf(UK)).isEqualTo("uk");
    assertThat(LanguageIdentifier.languageOf(RU)).isEqualTo("ru");
    assertThat(LanguageIdentifier.languageOf(FR)).isEqualTo("fr");
    assertThat(LanguageIdentifier.languageOf(DE)).isEqualTo("de");
  }

  @Test
  void bulgarian_is_left_to_the_model_not_taken_for_russian() {
    // Bulgarian has ъ but neither ы э ё nor і ї є ґ: the spelling rule must stay out of it
    String bg = "Руските войски обстрелваха покрайнините на Харков през нощта, съобщи губернаторът на "
        + "областта във вторник. Двама цивилни са ранени, повредено е училище.";
    assertThat(LanguageIdentifier.languageOf(bg)).isEqualTo("bg");
    assertThat(LanguageIdentifier.identify(EN + " " + EN)).hasValueSatisfying(g -> {
      assertThat(g.code()).isEqualTo("en");
      assertThat(g.confidence()).isBetween(LanguageIdentifier.MIN_CONFIDENCE, 1.0);
    });
  }

  @Test
  void short_or_empty_text_is_unknown() {
    assertThat(LanguageIdentifier.identify("")).isEmpty();
    assertThat(LanguageIdentifier.identify("Kyiv")).isEmpty();
    assertThat(LanguageIdentifier.identify("12:30 — 26.04.2025 !!! ???")).isEmpty();
    assertThat(LanguageIdentifier.languageOf("   ")).isNull();
  }

  @Test
  void maps_model_codes_to_iso_639_1() {
    assertThat(LanguageIdentifier.toIso6391("eng")).isEqualTo("en");
    assertThat(LanguageIdentifier.toIso6391("rus")).isEqualTo("ru");
    assertThat(LanguageIdentifier.toIso6391("ukr")).isEqualTo("uk");
    assertThat(LanguageIdentifier.toIso6391("deu")).isEqualTo("de");
    assertThat(LanguageIdentifier.toIso6391("cmn")).isEqualTo("zh");
    assertThat(LanguageIdentifier.toIso6391("ceb")).isEqualTo("ceb");
  }

  @Test
  void is_safe_to_call_from_many_threads() throws Exception {
    try (var pool = Executors.newFixedThreadPool(4)) {
      List<Future<String>> f = List.of(EN, UK, RU, FR, DE, EN, UK, RU).stream()
          .map(t -> pool.submit(() -> LanguageIdentifier.languageOf(t))).toList();
      assertThat(f.stream().map(x -> {
        try {
          return x.get();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      })).containsExactly("en", "uk", "ru", "fr", "de", "en", "uk", "ru");
    }
  }

  @Test
  void scrutiny_fills_a_missing_language_and_keeps_a_given_one() {
    assertThat(Scrutiny.analyze(Article.builder("a", UK).build()).article().language()).isEqualTo("uk");
    assertThat(Scrutiny.analyze(Article.builder("b", UK).language("ru").build()).article().language())
        .isEqualTo("ru");
    assertThat(Scrutiny.analyze(Article.builder("c", "Ok.").build()).article().language()).isNull();
  }

  /** Written for these tests: a short English news paragraph, plainly English by its function words. */
  static final String EN_PARAGRAPH = "The governor said that the strikes had hit two power stations in the region, "
      + "and that repairs would take weeks. Officials from the energy ministry, who visited the sites on Friday, "
      + "said they had not been able to estimate the damage, which they described as the worst this year.";

  @Test
  void plainly_english_text_is_decided_by_its_function_words_and_agrees_with_the_model() {
    assertThat(LanguageIdentifier.plainlyEnglish(EN_PARAGRAPH)).isTrue();
    assertThat(LanguageIdentifier.languageOf(EN_PARAGRAPH)).isEqualTo("en");
    assertThat(LanguageIdentifier.identify(EN_PARAGRAPH)).hasValueSatisfying(g -> assertThat(g.code()).isEqualTo("en"));
  }

  @Test
  void short_or_foreign_or_mixed_text_is_left_to_the_model() {
    // 23 words with five distinct function words: English, but too little for the shortcut
    assertThat(LanguageIdentifier.plainlyEnglish(EN)).isFalse();
    assertThat(LanguageIdentifier.languageOf(EN)).isEqualTo("en");
    for (String foreign : List.of(FR, DE, UK, RU, FR + " " + DE + " " + FR)) {
      assertThat(LanguageIdentifier.plainlyEnglish(foreign)).as(foreign).isFalse();
    }
    // an English frame around a long Ukrainian quotation: more than one letter in fifty outside ASCII
    assertThat(LanguageIdentifier.plainlyEnglish(EN_PARAGRAPH + " " + UK)).isFalse();
    // English function words scattered through a list of names are a small share of the words
    String names = "the Kyiv Kharkiv Odesa Dnipro Lviv Poltava and Sumy Chernihiv Zhytomyr Rivne Lutsk of Uzhhorod "
        + "that Ternopil Khmelnytskyi Vinnytsia with Cherkasy Kropyvnytskyi Mykolaiv which Kherson Zaporizhzhia it "
        + "Donetsk Luhansk Mariupol Berdiansk Melitopol Enerhodar Nikopol Marhanets Kramatorsk Sloviansk Bakhmut "
        + "Avdiivka Vuhledar Pokrovsk Kupiansk Izium Lyman Siversk Toretsk Chasiv Yar Kurakhove Marinka Huliaipole";
    assertThat(LanguageIdentifier.plainlyEnglish(names)).isFalse();
  }

  @Test
  void the_shortcut_counts_whole_words_only() {
    // "other", "within", "theory" contain function words but are not them
    String lookalikes = "Other theory within thesaurus whichever therein itself aboutface aftermath hadron "
        + "notable theirs wither fromage andante ofttimes these those theme thence thereby thicket";
    assertThat(LanguageIdentifier.plainlyEnglish(lookalikes)).isFalse();
  }
}
