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
  void lookup_tables_answer_as_the_model_file_and_are_tied_to_it() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    NerModel.bundled().write(file);
    byte[] modelFile = file.toByteArray();
    NerModel parsed = NerModel.read(new ByteArrayInputStream(modelFile));
    ByteArrayOutputStream tables = new ByteArrayOutputStream();
    parsed.writeTables(tables, modelFile);
    NerModel fromTables = NerModel.readTables(tables.toByteArray(), modelFile);
    assertThat(fromTables).isNotNull();
    assertThat(fromTables.weightRows()).isEqualTo(parsed.weightRows());
    assertThat(fromTables.tag(DOC)).isEqualTo(parsed.tag(DOC));
    // every gazetteer, case and cluster lookup the word lists define, and some they do not
    Lexicon a = parsed.lexicon();
    Lexicon b = fromTables.lexicon();
    assertThat(b.nameCount()).isEqualTo(a.nameCount());
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < 20_000; i++) {
      long h = r.nextLong();
      assertThat(b.gazetteer(h)).isEqualTo(a.gazetteer(h));
      assertThat(b.caseBin(h)).isEqualTo(a.caseBin(h));
      assertThat(b.cluster(h)).isEqualTo(a.cluster(h));
      assertThat(b.vocabularyCluster(h)).isEqualTo(a.vocabularyCluster(h));
    }
    for (String w : List.of("ukraine", "kyiv", "the", "said", "putin", "nato", "moscow", "zelensky")) {
      long h = FeatureHash.of(w);
      assertThat(b.caseBin(h)).isEqualTo(a.caseBin(h));
      assertThat(b.cluster(h)).isEqualTo(a.cluster(h));
      assertThat(b.vocabularyCluster(h)).isEqualTo(a.vocabularyCluster(h));
      long seq = Lexicon.seq(Lexicon.seqStart(), h);
      assertThat(b.gazetteer(seq)).isEqualTo(a.gazetteer(seq));
    }
    // tables of another model file are not used
    byte[] other = modelFile.clone();
    other[other.length - 1] ^= 1;
    assertThat(NerModel.readTables(tables.toByteArray(), other)).isNull();
  }

  @Test
  void the_bundled_model_writes_out_its_model_file_byte_for_byte() throws IOException {
    byte[] shipped;
    try (var in = NerModel.class.getResourceAsStream("/dev/scrutiny/entities/ner.bin")) {
      shipped = in.readAllBytes();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerModel.bundled().write(out);
    assertThat(out.toByteArray()).isEqualTo(shipped);
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

  @Test
  void a_model_without_vocabulary_clusters_keeps_the_first_format_and_one_with_them_the_second() throws IOException {
    float[] trans = new float[(NerLabels.COUNT + 1) * NerLabels.COUNT];
    NerModel before = new NerModel(12, new Lexicon().freeze(), new int[0], new short[0], 1f, trans);
    Lexicon lex = new Lexicon();
    lex.addVocabularyCluster("kyiv", 193, 15);
    NerModel with = new NerModel(12, lex.freeze(), new int[0], new short[0], 1f, trans);
    for (NerModel m : List.of(before, with)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.write(out);
      byte[] head;
      try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
        head = in.readNBytes(4);
      }
      assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(m == before ? "NER1" : "NER2");
      NerModel copy = NerModel.read(new ByteArrayInputStream(out.toByteArray()));
      assertThat(copy.lexicon().hasVocabulary()).isEqualTo(m == with);
      assertThat(copy.lexicon().vocabularyCluster(FeatureHash.of("kyiv"))).isEqualTo(m == with ? 193 | 15 << 10 : -1);
    }
    assertThat(NerModel.bundled().lexicon().vocabularyCluster(FeatureHash.of("siemens"))).isNotNegative();
  }
}
