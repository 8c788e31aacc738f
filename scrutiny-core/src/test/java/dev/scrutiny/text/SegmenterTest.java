package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static List<String> tokens(String text) {
    return Segmenter.tokens(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
  }

  private static List<String> sentences(String text) {
    return Segmenter.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static TokenKind kindOf(String text, String surface) {
    return Segmenter.tokens(text).stream().filter(t -> text.substring(t.start(), t.end()).equals(surface))
        .findFirst().orElseThrow(() -> new AssertionError("no token " + surface + " in " + tokens(text))).kind();
  }

  @Test
  void titles_and_initials_do_not_end_sentences() {
    String text = "Lt. Col. V. Petrov met Gen. Smith and Mr. Jones on Feb. 3. They spoke for an hour.";
    assertThat(sentences(text)).containsExactly(
        "Lt. Col. V. Petrov met Gen. Smith and Mr. Jones on Feb. 3.", "They spoke for an hour.");
    assertThat(tokens("Lt. Col. V. Petrov, Ph.D.")).containsExactly("Lt.", "Col.", "V.", "Petrov", ",", "Ph.D.");
    assertThat(sentences("They cited Roe v. Wade in court. It failed.")).containsExactly(
        "They cited Roe v. Wade in court.", "It failed.");
  }

  @Test
  void acronyms_end_a_sentence_only_before_a_sentence_opener() {
    assertThat(sentences("Aid came from the U.S. The convoy left at 9 a.m. It arrived."))
        .containsExactly("Aid came from the U.S.", "The convoy left at 9 a.m.", "It arrived.");
    assertThat(sentences("The U.S. State Department said so. U.S. officials agreed."))
        .containsExactly("The U.S. State Department said so.", "U.S. officials agreed.");
  }

  @Test
  void sentence_ending_inside_closing_quote_keeps_the_quote() {
    assertThat(sentences("“We will not give up. They are tearing us apart.” He said it twice."))
        .containsExactly("“We will not give up.", "They are tearing us apart.”", "He said it twice.");
    assertThat(sentences("\"Is it over?\" he asked. «Нет.» Он ушёл."))
        .containsExactly("\"Is it over?\" he asked.", "«Нет.»", "Он ушёл.");
    assertThat(sentences("«Нет!» — и ушёл. — Да? — Да.")).containsExactly("«Нет!» — и ушёл.", "— Да?", "— Да.");
  }

  @Test
  void numbers_keep_decimals_separators_percent_and_units() {
    String text = "Turnout was 0.0058823529% of 1,006 km² and 17.1 million; 155mm shells hit 50km away "
        + "on 26.04.2025 (2025-04-26) at 10:30, -5 degrees.";
    assertThat(tokens(text)).containsSubsequence("0.0058823529%", "of", "1,006", "km²", "and", "17.1",
        "million", ";", "155mm", "shells", "hit", "50km", "on", "26.04.2025", "(", "2025-04-26", ")", "at",
        "10:30", ",", "-5", "degrees", ".");
    assertThat(kindOf(text, "0.0058823529%")).isEqualTo(TokenKind.NUMBER);
    assertThat(kindOf(text, "50km")).isEqualTo(TokenKind.NUMBER);
    assertThat(sentences(text)).hasSize(1);
  }

  @Test
  void links_emails_and_handles_are_one_token() {
    String text = "See https://example.org/a_(b)?q=1, t.me/rybar and www.bbc.co.uk. Write to press@mod.gov.ua "
        + "or @DefenceU #StandWithUkraine.";
    assertThat(tokens(text)).containsSubsequence("See", "https://example.org/a_(b)?q=1", ",", "t.me/rybar",
        "and", "www.bbc.co.uk", ".", "Write", "to", "press@mod.gov.ua", "or", "@DefenceU",
        "#StandWithUkraine", ".");
    assertThat(kindOf(text, "press@mod.gov.ua")).isEqualTo(TokenKind.LINK);
    assertThat(kindOf(text, "t.me/rybar")).isEqualTo(TokenKind.LINK);
  }

  @Test
  void hyphenated_names_stay_whole_and_clitics_split() {
    assertThat(tokens("Nagorno-Karabakh, al-Assad's Su-34 and Russia’s forces don't can't O'Brien"))
        .containsExactly("Nagorno-Karabakh", ",", "al-Assad", "'s", "Su-34", "and", "Russia", "’s", "forces",
            "do", "n't", "ca", "n't", "O'Brien");
    assertThat(tokens("soldiers' families")).containsExactly("soldiers", "'", "families");
  }

  @Test
  void cyrillic_words_and_ukrainian_apostrophes() {
    assertThat(tokens("Під Бахмутом п’ять бригад ЗСУ, сказав В.В. Путін."))
        .containsExactly("Під", "Бахмутом", "п’ять", "бригад", "ЗСУ", ",", "сказав", "В.В.", "Путін", ".");
  }

  @Test
  void russian_abbreviations_end_a_sentence_only_before_an_opener() {
    assertThat(sentences("Завод построен в 1954 г. В 2024 г. Москва его закрыла."))
        .containsExactly("Завод построен в 1954 г.", "В 2024 г. Москва его закрыла.");
    assertThat(tokens("ул. Ленина, 5 тыс. чел.")).containsExactly("ул.", "Ленина", ",", "5", "тыс.", "чел.");
  }

  @Test
  void ellipses_dashes_and_emoji() {
    String text = "Wait... what — again?! 🇺🇦👍🏽 👨‍👩‍👧 ok…";
    assertThat(tokens(text)).containsExactly("Wait", "...", "what", "—", "again", "?!", "🇺🇦", "👍🏽", "👨‍👩‍👧",
        "ok", "…");
    assertThat(kindOf(text, "👍🏽")).isEqualTo(TokenKind.SYMBOL);
  }

  @Test
  void sentences_never_cross_paragraphs() {
    String text = "First paragraph without a stop\n\nSecond one. Third";
    assertThat(sentences(text)).containsExactly("First paragraph without a stop", "Second one.", "Third");
  }

  @Test
  void a_line_break_ends_a_line_without_a_full_stop_unless_the_sentence_wraps() {
    assertThat(sentences("Kyiv under fire\nRussian drones hit the capital overnight.\r\ntake our poll - story continues below\nOfficials said, \nat dawn, that Gen.\nSmith left."))
        .containsExactly("Kyiv under fire", "Russian drones hit the capital overnight.",
            "take our poll - story continues below", "Officials said, \nat dawn, that Gen.\nSmith left.");
  }

  @Test
  void no_before_digit_only() {
    assertThat(sentences("Brigade No. 5 left. He said no. We stayed."))
        .containsExactly("Brigade No. 5 left.", "He said no.", "We stayed.");
  }

  @Test
  void lower_case_after_a_full_stop_continues() {
    assertThat(sentences("Prices rose, etc. and more. Then it ended.")).containsExactly(
        "Prices rose, etc. and more.", "Then it ended.");
    assertThat(sentences("Fuel, food, etc. Will it last?")).containsExactly("Fuel, food, etc.", "Will it last?");
  }

  @Test
  void segment_equals_separate_calls() {
    String text = "Kyiv, 6 August. The offensive began, officials said.\n\n“It’s over,” he said. Yes.";
    Segmenter.Segmentation seg = Segmenter.segment(text);
    assertThat(seg.sentences()).isEqualTo(Segmenter.sentences(text));
    assertThat(seg.tokens()).isEqualTo(seg.sentences().stream()
        .flatMap(s -> Segmenter.tokens(text, s.start(), s.end()).stream()).toList());
  }

  @Test
  void bad_range_names_both_offsets() {
    assertThatThrownBy(() -> Segmenter.tokens("abc", 2, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from=2").hasMessageContaining("to=5");
  }
}
