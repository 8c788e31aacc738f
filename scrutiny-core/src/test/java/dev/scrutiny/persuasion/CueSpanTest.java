package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueSpanTest {

  private static final String TEXT = "Residents fled. The occupiers and their so-called governor are thugs, locals say.";
  private static final int FROM = TEXT.indexOf("The");
  private static final List<Token> WORDS = Segmenter.tokens(TEXT, FROM, TEXT.length());
  private static final List<Lexicon.Hit> HITS = Lexicon.standard().find(WORDS);

  private static String covered(int[] span) {
    return span == null ? null : TEXT.substring(span[0], span[1]);
  }

  private static String phrase(List<Token> words, CuePhrases.Cue c) {
    return CuePhrases.phrase(words, c.from(), c.to());
  }

  @Test
  void name_calling_cues_are_the_labels_of_the_lexicon() {
    List<CuePhrases.Cue> cues = CuePhrases.find(WORDS, HITS, Technique.NAME_CALLING_LABELING);
    assertThat(cues).extracting(c -> phrase(WORDS, c)).containsExactly("so-called", "thugs");
  }

  @Test
  void function_words_are_skipped_in_favour_of_content_cues() {
    int[] span = Highlights.contentSpan(TEXT, WORDS, List.of("w the", "w their", "b the occupiers"));
    assertThat(covered(span)).isEqualTo("The occupiers");
  }

  @Test
  void a_lone_function_word_or_discourse_adverb_is_never_a_highlight() {
    String text = "Overall, this was indeed a war who – finally – never ends.";
    List<Token> words = Segmenter.tokens(text);
    assertThat(Highlights.contentSpan(text, words,
        List.of("w overall", "w indeed", "w a", "b who –", "w finally", "w never", "s exclamation"))).isNull();
    assertThat(Highlights.contentSpan(text, words, List.of("w indeed", "w ends"))).isNotNull();
  }

  @Test
  void either_is_a_false_dilemma_cue_only_when_an_or_answers_it() {
    String dilemma = "Either we stop them now or we lose the whole country.";
    String plain = "Neither side said anything. He did not either.";
    assertThat(CuePhrases.find(Segmenter.tokens(dilemma), Technique.FALSE_DILEMMA_NO_CHOICE))
        .singleElement().satisfies(c -> assertThat(c.to() - c.from()).isGreaterThan(2));
    assertThat(CuePhrases.find(Segmenter.tokens(plain), Technique.FALSE_DILEMMA_NO_CHOICE)).isEmpty();
  }

  @Test
  void popularity_and_conversation_killer_cues_are_found() {
    String text = "Everyone knows the truth. End of story.";
    List<Token> words = Segmenter.tokens(text);
    assertThat(CuePhrases.find(words, Technique.APPEAL_TO_POPULARITY)).extracting(c -> phrase(words, c))
        .containsExactly("everyone knows");
    assertThat(CuePhrases.find(words, Technique.CONVERSATION_KILLER)).extracting(c -> phrase(words, c))
        .containsExactly("end of story");
  }

  @Test
  void a_slogan_that_opens_with_a_call_takes_its_object_up_to_punctuation() {
    String text = "We will rebuild every town. Glory to Ukraine! Слава Україні. We stand with Kharkiv and its people, always.";
    List<Token> words = Segmenter.tokens(text);
    assertThat(CuePhrases.find(words, Technique.SLOGANS)).extracting(c -> covered(words, text, c))
        .containsExactly("Glory to Ukraine", "Слава Україні", "stand with Kharkiv and its people");
    String cut = "Glory to the brave defenders of the southern front";
    List<Token> w = Segmenter.tokens(cut);
    assertThat(CuePhrases.find(w, Technique.SLOGANS)).extracting(c -> covered(w, cut, c))
        .containsExactly("Glory to the brave defenders of");
    // other slogans keep their own words
    String other = "Enough is enough, they chanted.";
    List<Token> o = Segmenter.tokens(other);
    assertThat(CuePhrases.find(o, Technique.SLOGANS)).extracting(c -> covered(o, other, c)).containsExactly("Enough is enough");
  }

  private static String covered(List<Token> words, String text, CuePhrases.Cue c) {
    return text.substring(words.get(c.from()).start(), words.get(c.to() - 1).end());
  }

  @Test
  void evidence_is_words_of_the_text_and_named_cues_never_feature_names() {
    List<CuePhrases.Cue> cues = CuePhrases.find(WORDS, HITS, Technique.NAME_CALLING_LABELING);
    List<String> ev = Highlights.evidence(TEXT, WORDS, HITS, cues,
        List.of("x label", "w governor", "w their", "c upie", "s length 3", "r article 2"), 8);
    assertThat(ev).containsExactly("lexicon: distancing label \"so-called\"", "lexicon: label \"thugs\"",
        "word \"governor\"", "word \"occupiers\"");
    assertThat(ev).noneMatch(e -> e.contains("letters") || e.contains("length") || e.contains("their"));
  }
}
