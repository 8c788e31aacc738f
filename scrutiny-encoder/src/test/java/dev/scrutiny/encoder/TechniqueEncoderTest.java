package dev.scrutiny.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.persuasion.PersuasionModels;
import dev.scrutiny.persuasion.Technique;
import dev.scrutiny.text.SentenceEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoder fine-tuned for persuasion techniques, and the technique model that mixes in its classifier. */
class TechniqueEncoderTest {

  private static final String TEXT = """
      Peace talks

      The criminal regime and its bloodthirsty thugs are destroying our beautiful country.
      The delegation arrived in Geneva on Tuesday and met for three hours.
      """;

  @Test
  void it_is_found_by_its_task_and_the_english_technique_model_reads_it() {
    SentenceEncoder tuned = SentenceEncoder.installedFor(PersuasionModels.TECHNIQUES_TASK).orElseThrow();
    assertThat(tuned.id()).isEqualTo(TechniqueEncoder.ID);
    assertThat(SentenceEncoder.installed()).get().extracting(SentenceEncoder::id).isEqualTo(MiniLmEncoder.ID);
    SentenceEncoder general = SentenceEncoder.installed(MiniLmEncoder.ID).orElseThrow();
    PersuasionModels en = PersuasionModels.forLanguage("en", general);
    assertThat(en.techniqueEncoderId()).isEqualTo(TechniqueEncoder.ID);
    assertThat(en.encoder().id()).isEqualTo(TechniqueEncoder.ID); // frames read it too
    assertThat(PersuasionModels.forLanguage("ru", general).techniqueEncoderId()).isNull();
    assertThat(PersuasionModels.forLanguage("en").techniqueEncoderId()).isNull(); // the default stays plain
  }

  @Test
  void loaded_language_is_found_in_the_loaded_line_and_nothing_in_the_plain_one() {
    PersuasionModels en = PersuasionModels.forLanguage("en", SentenceEncoder.installed(MiniLmEncoder.ID).orElseThrow());
    int loaded = TEXT.indexOf("The criminal");
    int plain = TEXT.indexOf("The delegation");
    List<int[]> lines = List.of(new int[] {loaded, TEXT.indexOf('\n', loaded)}, new int[] {plain, TEXT.indexOf('\n', plain)});
    List<PersuasionModels.SegmentTechniques> found = en.techniques(TEXT, lines, false);
    Map<Technique, Double> first = found.get(0).techniques();
    assertThat(first).containsKey(Technique.LOADED_LANGUAGE);
    assertThat(found.get(1).techniques()).doesNotContainKey(Technique.LOADED_LANGUAGE);
  }

  @Test
  void its_vectors_differ_from_the_published_and_the_check_worthiness_weights() {
    List<String> texts = List.of("The criminal regime lies again and again.");
    float[] t = new TechniqueEncoder().encode(texts)[0];
    float[] m = new MiniLmEncoder().encode(texts)[0];
    float[] c = new CheckWorthinessEncoder().encode(texts)[0];
    assertThat(dot(t, t)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(dot(t, m)).isLessThan(0.99);
    assertThat(dot(t, c)).isLessThan(0.99);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
