package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.text.FakeEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models trained with a sentence encoder's vectors: the file names the encoder, and scoring reads its vectors. */
class EncoderModelTest {

  private static final FeatureConfig CONFIG = new FeatureConfig(10, true, false, 0, 0, 0, false, false);
  private static final String[] FRAMES = java.util.Arrays.stream(Frame.values()).map(Frame::official)
      .toArray(String[]::new);

  private static LinearModel model(String[] labels, long seed) {
    Random r = new Random(seed);
    float[][] w = new float[labels.length][CONFIG.dim()];
    for (float[] row : w) {
      for (int i = 0; i < row.length; i++) {
        row[i] = (float) r.nextGaussian();
      }
    }
    double[] th = new double[labels.length];
    java.util.Arrays.fill(th, 0.5);
    return new LinearModel(labels, CONFIG, w, new float[labels.length], th);
  }

  private static byte[] bytes(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  @Test
  void a_model_file_names_its_encoder_and_reads_back_byte_identical() throws IOException {
    LinearModel plain = model(FRAMES, 1);
    LinearModel withEncoder = plain.withEncoder(new EncoderSpec("fake-encoder", 4, 1.5));
    LinearModel read = LinearModel.load(new ByteArrayInputStream(bytes(withEncoder)));
    assertThat(read.encoder()).isEqualTo(new EncoderSpec("fake-encoder", 4, 1.5));
    assertThat(bytes(read)).isEqualTo(bytes(withEncoder));
    assertThat(LinearModel.load(new ByteArrayInputStream(bytes(plain))).encoder()).isNull();
    // a model without an encoder keeps the format it had (version 2 here)
    assertThat(bytes(plain)).isNotEqualTo(bytes(withEncoder));
  }

  @Test
  void encoder_features_are_the_renormalised_mean_times_the_weight() {
    Map<String, Double> named = new LinkedHashMap<>();
    new EncoderSpec("x", 2, 2).add(named, List.of(new float[] {1, 0}, new float[] {0, 1}));
    assertThat(named.get("e 0")).isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(named.get("e 1")).isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-9));
    Map<String, Double> none = new LinkedHashMap<>();
    new EncoderSpec("x", 2, 2).add(none, List.of(new float[2]));
    assertThat(none).isEmpty();
    assertThatThrownBy(() -> new EncoderSpec("x", 2, 2).add(none, List.of(new float[3])))
        .hasMessageContaining("expected vectors of 2 dimensions from x");
  }

  @Test
  void loading_a_model_that_needs_an_encoder_without_it_fails_naming_the_encoder(@TempDir Path dir) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve("st2-en.bin"))) {
      model(FRAMES, 2).withEncoder(new EncoderSpec("fake-encoder", 4, 1)).save(out);
    }
    assertThatThrownBy(() -> PersuasionModels.load(dir, "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("st2-en.bin").hasMessageContaining("fake-encoder (4 dimensions)")
        .hasMessageContaining("not installed");
    assertThatThrownBy(() -> PersuasionModels.load(dir, "en", new FakeEncoder("other-encoder")))
        .hasMessageContaining("fake-encoder (4 dimensions), got other-encoder");
    PersuasionModels m = PersuasionModels.load(dir, "en", new FakeEncoder("fake-encoder"));
    assertThat(m.encoder().id()).isEqualTo("fake-encoder");
  }

  @Test
  void frames_read_the_mean_vector_of_the_articles_lines_and_explanations_show_no_vector_dimension(@TempDir Path dir)
      throws IOException {
    LinearModel base = model(FRAMES, 3);
    try (OutputStream out = Files.newOutputStream(dir.resolve("st2-en.bin"))) {
      base.withEncoder(new EncoderSpec("fake-encoder", 4, 3)).save(out);
    }
    FakeEncoder enc = new FakeEncoder("fake-encoder");
    PersuasionModels m = PersuasionModels.load(dir, "en", enc);
    String text = "Sanctions bite\n\nThe economy shrank sharply.\nPrices rose everywhere.";
    List<FrameLabel> frames = m.frames(text);
    assertThat(enc.asked()).containsExactly("Sanctions bite", "The economy shrank sharply.", "Prices rose everywhere.");
    assertThat(frames).allSatisfy(f -> assertThat(f.evidence()).noneMatch(c -> c.startsWith("e ")));
    // the vectors change the scores: the same weights without them give other confidences
    Path plainDir = Files.createDirectories(dir.resolve("plain"));
    try (OutputStream out = Files.newOutputStream(plainDir.resolve("st2-en.bin"))) {
      base.save(out);
    }
    List<FrameLabel> plain = PersuasionModels.load(plainDir, "en").frames(text);
    assertThat(frames.stream().map(FrameLabel::confidence).toList())
        .isNotEqualTo(plain.stream().map(FrameLabel::confidence).toList());
  }
}
