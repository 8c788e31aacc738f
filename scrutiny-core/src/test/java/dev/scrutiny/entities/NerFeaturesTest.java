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

  @Test
  void a_word_of_the_encoders_vocabulary_gets_the_features_of_its_cluster() {
    Lexicon lex = new Lexicon();
    lex.addVocabularyCluster("siemens", 49, 5);
    lex.addVocabularyCluster("bosch", 49, 5);
    lex.addVocabularyCluster("kyiv", 193, 15);
    NerFeatures f = new NerFeatures(lex.freeze(), 20);
    NerFeatures plain = new NerFeatures(new Lexicon().freeze(), 20);
    java.util.Set<Integer> siemens = added(f, plain, "Siemens");
    assertThat(siemens).hasSize(4).isEqualTo(added(f, plain, "Bosch")); // same cluster, same shape
    assertThat(added(f, plain, "Kyiv")).hasSize(4).doesNotContainAnyElementsOf(siemens);
    assertThat(added(f, plain, "SIEMENS")).hasSize(4).isNotEqualTo(siemens); // the case is part of two of them
    assertThat(added(f, plain, "Zorblat")).isEmpty();
    assertThat(new Lexicon().freeze().hasVocabulary()).isFalse();
  }

  @Test
  void vocabulary_cluster_ids_out_of_range_are_refused_with_the_word() {
    Lexicon lex = new Lexicon();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> lex.addVocabularyCluster("kyiv", 1024, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kyiv'").hasMessageContaining("1024");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> lex.addVocabularyCluster("kyiv", 3, 64))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coarse 64");
  }

  /** The feature ids of a one-word document with {@code f} that {@code plain} does not give it. */
  private static java.util.Set<Integer> added(NerFeatures f, NerFeatures plain, String word) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int id : f.document(List.<String[]>of(new String[] {word})).features()[0][0]) {
      out.add(id);
    }
    for (int id : plain.document(List.<String[]>of(new String[] {word})).features()[0][0]) {
      out.remove(id);
    }
    return out;
  }
}
