package dev.scrutiny.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerModelTest {

  private static final List<List<String>> DOC = List.of(
      List.of("Russian", "President", "Vladimir", "Putin", "visited", "Kursk", "on", "Monday", "."),
      List.of("NATO", "said", "Ukraine", "'s", "allies", "would", "meet", "in", "Brussels", "."));

  @Test
  void the_bundled_model_tags_a_plain_news_sentence() {
    List<List<String>> tags = NerModel.bundled().tag(DOC);
    assertThat(tags.get(0)).containsExactly("B-MISC", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O");
    assertThat(tags.get(1)).containsExactly("B-ORG", "O", "B-LOC", "O", "O", "O", "O", "O", "B-LOC", "O");
  }

  @Test
  void a_written_model_reads_back_and_tags_identically() throws IOException {
    NerModel model = NerModel.bundled();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    NerModel copy = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(copy.weightRows()).isEqualTo(model.weightRows());
    assertThat(copy.tag(DOC)).isEqualTo(model.tag(DOC));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    copy.write(again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void a_file_that_is_not_a_model_is_refused_with_its_magic_number() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("magic");
  }

  @Test
  void empty_documents_and_sentences_are_fine() {
    assertThat(NerModel.bundled().tag(List.of())).isEmpty();
    assertThat(NerModel.bundled().tag(List.of(List.of()))).containsExactly(List.of());
  }
}
