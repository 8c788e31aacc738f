package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyClustersTest {

  @Test
  void the_bundled_table_holds_the_encoders_whole_words_with_clusters_in_range() {
    VocabularyClusters v = VocabularyClusters.bundled();
    assertThat(v.size()).isEqualTo(22_501);
    Lexicon lex = new Lexicon();
    v.addTo(lex);
    lex.freeze();
    // the encoder's embeddings group names by kind: companies, football clubs, European cities
    int siemens = lex.vocabularyCluster(FeatureHash.of("siemens"));
    assertThat(siemens).isNotNegative();
    assertThat(lex.vocabularyCluster(FeatureHash.of("cisco"))).isEqualTo(siemens);
    int juventus = lex.vocabularyCluster(FeatureHash.of("juventus"));
    assertThat(lex.vocabularyCluster(FeatureHash.of("everton"))).isEqualTo(juventus).isNotEqualTo(siemens);
    assertThat(lex.vocabularyCluster(FeatureHash.of("kyiv"))).isEqualTo(lex.vocabularyCluster(FeatureHash.of("krakow")))
        .isNotEqualTo(siemens).isNotEqualTo(juventus);
    assertThat(lex.vocabularyCluster(FeatureHash.of("Siemens"))).isEqualTo(-1); // keys are lower-cased words
  }

  @Test
  void a_table_file_is_read_and_bad_lines_are_named(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.tsv");
    Files.writeString(good, "kyiv\t3\t1\nlviv\t3\t1\n\n");
    assertThat(VocabularyClusters.read(good).size()).isEqualTo(2);
    assertThat(VocabularyClusters.read(good).source()).isEqualTo(good.toString());
    assertThatThrownBy(() -> VocabularyClusters.parse("t.tsv", "kyiv\t3\t1\nLviv\t3\t1\n"))
        .hasMessageContaining("t.tsv line 2").hasMessageContaining("lower-case");
    assertThatThrownBy(() -> VocabularyClusters.parse("t.tsv", "kyiv 3 1\n"))
        .hasMessageContaining("t.tsv line 1").hasMessageContaining("word<TAB>fine<TAB>coarse");
    assertThatThrownBy(() -> VocabularyClusters.parse("t.tsv", "kyiv\t3\t64\n"))
        .hasMessageContaining("t.tsv line 1").hasMessageContaining("got 3 and 64");
    assertThatThrownBy(() -> VocabularyClusters.parse("t.tsv", "\n"))
        .hasMessageContaining("t.tsv: no words");
    assertThatThrownBy(() -> VocabularyClusters.read(dir.resolve("missing.tsv")))
        .hasMessageContaining("missing.tsv");
  }
}
