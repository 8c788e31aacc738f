package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueSpanTest {

  private static final String TEXT = "Residents fled. The occupiers and their so-called governor are thugs, locals say.";
  private static final int[] SENTENCE = {TEXT.indexOf("The"), TEXT.length()};

  private static String covered(int[] span) {
    return TEXT.substring(span[0], span[1]);
  }

  @Test
  void a_lexicon_cue_highlights_the_matched_phrase() {
    assertThat(covered(PersuasionAnalyzer.cueSpan(TEXT, SENTENCE, List.of("x so_called")))).isEqualTo("so-called");
    assertThat(covered(PersuasionAnalyzer.cueSpan(TEXT, SENTENCE, List.of("x label")))).isEqualTo("thugs");
  }

  @Test
  void function_words_are_skipped_in_favour_of_content_cues() {
    int[] span = PersuasionAnalyzer.cueSpan(TEXT, SENTENCE, List.of("w the", "w their", "b the occupiers"));
    assertThat(covered(span)).isEqualTo("The occupiers");
  }

  @Test
  void without_a_usable_cue_the_sentence_is_highlighted() {
    assertThat(covered(PersuasionAnalyzer.cueSpan(TEXT, SENTENCE, List.of("w and", "s exclamation", "x fear"))))
        .isEqualTo(TEXT.substring(SENTENCE[0]));
  }

  @Test
  void evidence_names_the_phrases_behind_a_lexicon_category() {
    List<String> ev = PersuasionAnalyzer.evidence(TEXT, SENTENCE, List.of("x label", "w governor"), 4);
    assertThat(ev).containsExactly("lexicon label: \"thugs\"", "word \"governor\"");
  }
}
