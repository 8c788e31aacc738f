package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingLexiconTest {

  final ReportingLexicon lex = ReportingLexicon.standard();

  @Test
  void shipped_lexicon_holds_some_hundreds_of_cues() {
    assertThat(lex.lemmaCount()).isGreaterThanOrEqualTo(250);
  }

  @Test
  void regular_inflections_are_generated() {
    assertThat(ReportingLexicon.inflect("state")).containsExactly("state", "states", "stated", "stating");
    assertThat(ReportingLexicon.inflect("deny")).containsExactly("deny", "denies", "denied", "denying");
    assertThat(ReportingLexicon.inflect("stress")).containsExactly("stress", "stresses", "stressed", "stressing");
    assertThat(ReportingLexicon.inflect("point out")).containsExactly("point out", "points out", "pointed out",
        "pointing out");
  }

  @Test
  void irregular_and_multiword_forms_map_to_their_lemma() {
    assertThat(lex.lookup("told").orElseThrow().lemma()).isEqualTo("tell");
    assertThat(lex.lookup("wrote").orElseThrow().lemma()).isEqualTo("write");
    assertThat(lex.lookup(List.of("made", "clear")).orElseThrow().lemma()).isEqualTo("make clear");
    assertThat(lex.lookup(List.of("expressed", "hope")).orElseThrow().lemma()).isEqualTo("express hope");
    assertThat(lex.lookup(List.of("Pointed", "Out")).orElseThrow().lemma()).isEqualTo("point out");
    assertThat(lex.lookup("reiterated").orElseThrow().lemma()).isEqualTo("reiterate");
    assertThat(lex.lookup("speculated").orElseThrow().lemma()).isEqualTo("speculate");
    assertThat(lex.lookup("lauded").orElseThrow().lemma()).isEqualTo("laud");
  }

  @Test
  void stance_separates_neutral_from_loaded_cues() {
    for (String neutral : List.of("said", "stated", "told", "wrote", "reported", "noted")) {
      assertThat(lex.lookup(neutral).orElseThrow().stance()).as(neutral).isEqualTo(Stance.NEUTRAL);
    }
    for (String loaded : List.of("claimed", "admitted", "boasted", "insisted", "conceded", "alleged")) {
      assertThat(lex.lookup(loaded).orElseThrow().stance()).as(loaded).isEqualTo(Stance.LOADED);
    }
  }

  @Test
  void unknown_words_are_not_cues() {
    assertThat(lex.lookup("tank")).isEmpty();
    assertThat(lex.lookup(List.of("made", "tea"))).isEmpty();
  }

  @Test
  void malformed_lines_are_rejected_with_their_line_number() {
    assertThatThrownBy(() -> read("# comment\nlemma\tstance\tforms\tstrict\nsay\tCALM\t\t\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cues.tsv:3").hasMessageContaining("CALM");
    assertThatThrownBy(() -> read("lemma\tstance\tforms\tstrict\nsay\tNEUTRAL\t\tloose\n"))
        .hasMessageContaining("cues.tsv:2").hasMessageContaining("loose");
    assertThatThrownBy(() -> read("lemma\tstance\tforms\tstrict\nsay\tNEUTRAL\n"))
        .hasMessageContaining("cues.tsv:2").hasMessageContaining("columns");
    assertThatThrownBy(() -> read("say\tNEUTRAL\t\t\n")).hasMessageContaining("header");
  }

  @Test
  void strict_flag_and_explicit_forms_are_read() {
    ReportingLexicon l = read("lemma\tstance\tforms\tstrict\nsee\tNEUTRAL\tsee,saw,seen\tstrict\nsay\tNEUTRAL\t\t\n");
    assertThat(l.lookup("saw").orElseThrow().strict()).isTrue();
    assertThat(l.lookup("sees")).as("explicit forms replace generated ones").isEmpty();
    assertThat(l.lookup("says").orElseThrow().strict()).isFalse();
  }

  private static ReportingLexicon read(String table) {
    return ReportingLexicon.read("cues.tsv", new StringReader(table));
  }
}
