package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {

  @Test
  void shapes_collapse_runs() {
    assertThat(NerFeatures.shape("Putin")).isEqualTo("Xx");
    assertThat(NerFeatures.shape("U.S.")).isEqualTo("X.X.");
    assertThat(NerFeatures.shape("1996-08-22")).isEqualTo("d-d-d");
    assertThat(NerFeatures.shape("HIMARS")).isEqualTo("X");
    assertThat(NerFeatures.shape("Su-34")).isEqualTo("Xx-d");
  }

  @Test
  void typographic_quotes_and_dashes_fold_to_ascii() {
    assertThat(NerFeatures.normalise("Russia\u2019s")).isEqualTo("Russia's");
    assertThat(NerFeatures.normalise("\u201cWe")).isEqualTo("\"We");
    assertThat(NerFeatures.normalise("pro\u2013Russian")).isEqualTo("pro-Russian");
    assertThat(NerFeatures.digitsToZero("f-16s")).isEqualTo("f-00s");
  }

  @Test
  void gazetteer_matches_and_document_evidence_change_the_features() {
    Lexicon lex = new Lexicon();
    lex.addName("Kursk Oblast", Lexicon.LOC | Lexicon.REGION);
    lex.addName("Kursk", Lexicon.LOC);
    lex.freeze();
    NerFeatures f = new NerFeatures(lex, 20);
    int[][] inList = f.document(List.<String[]>of(new String[] {"in", "Kursk", "Oblast"})).features()[0];
    NerFeatures plain = new NerFeatures(new Lexicon().freeze(), 20);
    int[][] notInList = plain.document(List.<String[]>of(new String[] {"in", "Kursk", "Oblast"})).features()[0];
    assertThat(inList[1].length).isGreaterThan(notInList[1].length);
    assertThat(inList[2].length).isGreaterThan(notInList[2].length);
    assertThat(inList[0].length).isGreaterThan(notInList[0].length); // right neighbour is a place
    // same word, capitalised elsewhere in the document: a different document feature
    int[][] alone = plain.document(List.<String[]>of(new String[] {"BAKHMUT", "FALLS"})).features()[0];
    int[][] withEvidence = plain.document(List.<String[]>of(new String[] {"BAKHMUT", "FALLS"},
        new String[] {"Troops", "left", "Bakhmut", "."})).features()[0];
    assertThat(withEvidence[0]).isNotEqualTo(alone[0]);
  }

  @Test
  void every_feature_id_fits_the_hash_space() {
    NerFeatures f = new NerFeatures(new Lexicon().freeze(), 12);
    for (int[] token : f.document(List.<String[]>of(new String[] {"Gen.", "Valery", "Gerasimov", "said", "."})).features()[0]) {
      for (int id : token) {
        assertThat(id).isBetween(0, (1 << 12) - 1);
      }
    }
  }
}
