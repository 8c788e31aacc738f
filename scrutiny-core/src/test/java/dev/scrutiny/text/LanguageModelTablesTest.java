package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageModelTablesTest {

  static LanguageDetectorModel original;

  @BeforeAll
  static void loadOriginal() {
    original = LanguageIdentifier.Model.original();
  }

  /** Texts in several scripts and languages, and random mixtures of their words and letters. */
  static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(LanguageIdentifierTest.EN, LanguageIdentifierTest.UK,
        LanguageIdentifierTest.RU, LanguageIdentifierTest.FR, LanguageIdentifierTest.DE,
        "Ukraine", "", "12 34 56", "Οι ρωσικές δυνάμεις βομβάρδισαν το Χάρκοβο.", "قصفت القوات الروسية خاركيف",
        "Rosyjskie wojska ostrzelały w nocy przedmieścia Charkowa."));
    Random r = new Random(7);
    String pool = String.join(" ", texts);
    String[] words = pool.split(" ");
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(40);
      for (int k = 0; k < n; k++) {
        if (r.nextInt(10) == 0) {
          b.append(pool.charAt(r.nextInt(pool.length())));
        } else {
          b.append(words[r.nextInt(words.length)]).append(' ');
        }
      }
      texts.add(b.toString());
    }
    return texts;
  }

  static void assertSamePredictions(LanguageDetectorModel a, LanguageDetectorModel b) {
    LanguageDetectorME da = new LanguageDetectorME(a);
    LanguageDetectorME db = new LanguageDetectorME(b);
    for (String t : texts()) {
      Language[] x = da.predictLanguages(t);
      Language[] y = db.predictLanguages(t);
      assertThat(y).as(t).hasSameSizeAs(x);
      for (int i = 0; i < x.length; i++) {
        assertThat(y[i].getLang()).as(t).isEqualTo(x[i].getLang());
        assertThat(Double.doubleToRawLongBits(y[i].getConfidence())).as(t)
            .isEqualTo(Double.doubleToRawLongBits(x[i].getConfidence()));
      }
    }
  }

  @Test
  void the_tables_predict_exactly_as_the_original_model() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LanguageModelTables.write((AbstractModel) original.getMaxentModel(), out);
    assertSamePredictions(original, LanguageModelTables.read(out.toByteArray()));
  }

  @Test
  void the_model_the_identifier_uses_predicts_exactly_as_the_original() {
    assertSamePredictions(original, LanguageIdentifier.Model.MODEL);
  }

  @Test
  void writing_is_reproducible() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    LanguageModelTables.write((AbstractModel) original.getMaxentModel(), a);
    LanguageModelTables.write((AbstractModel) LanguageIdentifier.Model.MODEL.getMaxentModel(), b);
    assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
  }

  @Test
  void other_bytes_are_refused() {
    assertThatThrownBy(() -> LanguageModelTables.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
        .isInstanceOf(IOException.class).hasMessageContaining("magic");
  }
}
