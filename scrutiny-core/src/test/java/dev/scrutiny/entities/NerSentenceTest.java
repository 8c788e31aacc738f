package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerSentenceTest {

  private static Lexicon lexicon() {
    Lexicon lex = new Lexicon();
    lex.addName("New York", Lexicon.LOC);
    lex.addName("New York Times", Lexicon.ORG);
    return lex.freeze();
  }

  @Test
  void gazetteer_matches_carry_type_and_bilou_position_for_every_covered_token() {
    NerSentence p = NerSentence.of(new String[] {"the", "New", "York", "Times", "said"}, lexicon());
    assertThat(p.gazPos).containsExactly(0, 2, 2, 1, 0);
    // "New": begins both names; "York": last of "New York", inside "New York Times"; "Times": last
    assertThat(p.gaz[NerSentence.MAX_MATCHES]).isEqualTo(Lexicon.LOC << 2);
    assertThat(p.gaz[NerSentence.MAX_MATCHES + 1]).isEqualTo(Lexicon.ORG << 2);
    assertThat(p.gaz[2 * NerSentence.MAX_MATCHES]).isEqualTo(Lexicon.LOC << 2 | 2);
    assertThat(p.gaz[2 * NerSentence.MAX_MATCHES + 1]).isEqualTo(Lexicon.ORG << 2 | 1);
    assertThat(p.gaz[3 * NerSentence.MAX_MATCHES]).isEqualTo(Lexicon.ORG << 2 | 2);
  }

  @Test
  void words_are_normalised_and_flagged() {
    NerSentence p = NerSentence.of(new String[] {"\u201cNATO", "F-16s", "Kyiv"}, lexicon());
    assertThat(p.word[0]).isEqualTo("\"NATO");
    assertThat(p.lower[1]).isEqualTo("f-00s");
    assertThat(p.allCaps[0]).isTrue();
    assertThat(p.cap).containsExactly(false, true, true);
    assertThat(p.capitalisedWord(2)).isTrue();
    assertThat(p.startsWithLetter(0)).isFalse();
  }

  @Test
  void neighbours_outside_the_sentence_read_as_the_boundary_values() {
    NerSentence p = NerSentence.of(new String[] {"a", "b"}, lexicon());
    assertThat(p.lowerAt(-1, NerSentence.BEFORE)).isEqualTo(NerSentence.BEFORE);
    assertThat(p.lowerAt(2, NerSentence.AFTER)).isEqualTo(NerSentence.AFTER);
    assertThat(p.lowerAt(1, NerSentence.AFTER)).isEqualTo(p.hLower[1]);
    p.number = 3;
    assertThat(p.tokenId(1)).isNotEqualTo(NerSentence.of(new String[] {"a", "b"}, lexicon()).tokenId(1));
  }
}
