package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  private static List<ConllDocument> read(String s) throws Exception {
    return ConllReader.read(new BufferedReader(new StringReader(s)), "test");
  }

  @Test
  void iob1_chunks_become_iob2_and_documents_split_at_docstart() throws Exception {
    String data = """
        -DOCSTART- -X- O O

        Kyiv NNP I-NP I-LOC
        and CC O O
        Kharkiv NNP I-NP I-LOC
        I-LOC-follows NNP I-NP I-LOC

        -DOCSTART- -X- O O

        Oleksandr NNP I-NP I-PER
        Syrskyi NNP I-NP I-PER
        Vladimir NNP I-NP B-PER
        """;
    List<ConllDocument> docs = read(data);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences().get(0).tags()).containsExactly("B-LOC", "O", "B-LOC", "I-LOC");
    assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("B-PER", "I-PER", "B-PER");
    assertThat(docs.get(1).tokenCount()).isEqualTo(3);
  }

  @Test
  void a_line_without_a_tag_column_names_its_line_number() {
    assertThatThrownBy(() -> read("Kyiv NNP I-NP I-LOC\nlonely\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test:2");
  }

  @Test
  void conlleval_chunks_start_at_a_stray_inside_tag() {
    assertThat(Chunk.fromIob2(List.of("I-PER", "I-PER", "O", "B-LOC", "I-ORG")))
        .containsExactly(new Chunk("PER", 0, 2), new Chunk("LOC", 3, 4), new Chunk("ORG", 4, 5));
  }
}
