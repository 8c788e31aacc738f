package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.scrutiny.text.FakeEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A technique model that mixes in a classifier on a fine-tuned encoder's vectors. */
class EncoderHeadTest {

  private static final FeatureConfig CONFIG = new FeatureConfig(10, true, false, 0, 0, 0, false, false);
  private static final String[] TECHNIQUES = Arrays.stream(Technique.values()).map(Technique::official)
      .toArray(String[]::new);

  private static LinearModel textModel(long seed) {
    Random r = new Random(seed);
    float[][] w = new float[TECHNIQUES.length][CONFIG.dim()];
    for (float[] row : w) {
      for (int i = 0; i < row.length; i++) {
        row[i] = (float) r.nextGaussian();
      }
    }
    double[] th = new double[TECHNIQUES.length];
    Arrays.fill(th, 0.4);
    return new LinearModel(TECHNIQUES, CONFIG, w, new float[TECHNIQUES.length], th);
  }

  private static EncoderHead head(String id, double share, long seed) {
    Random r = new Random(seed);
    float[][] w = new float[TECHNIQUES.length][4];
    float[] b = new float[TECHNIQUES.length];
    for (int l = 0; l < w.length; l++) {
      b[l] = (float) r.nextGaussian();
      for (int i = 0; i < 4; i++) {
        w[l][i] = (float) r.nextGaussian();
      }
    }
    return new EncoderHead(id, share, w, b);
  }

  /** A new folder {@code dir/name} holding {@code m} as its English technique model. */
  private static Path modelDir(Path dir, String name, LinearModel m) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    try (OutputStream out = Files.newOutputStream(folder.resolve("st3-en.bin"))) {
      m.save(out);
    }
    return folder;
  }

  private static byte[] bytes(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  @Test
  void the_mix_weighs_the_classifier_by_its_share() {
    EncoderHead h = new EncoderHead("tuned", 0.25, new float[][] {{2, 0}, {0, -1}}, new float[] {0, 1});
    double[] p = h.mix(new double[] {0.2, 0.8}, new float[] {1, 1});
    assertThat(p[0]).isCloseTo(0.75 * 0.2 + 0.25 * LinearModel.sigmoid(2), within(1e-12));
    assertThat(p[1]).isCloseTo(0.75 * 0.8 + 0.25 * LinearModel.sigmoid(0), within(1e-12));
    assertThat(h.withShare(0).mix(new double[] {0.2, 0.8}, new float[] {1, 1})).containsExactly(0.2, 0.8);
    assertThatThrownBy(() -> h.mix(new double[] {0.2, 0.8}, new float[] {1, 1, 1}))
        .hasMessageContaining("expected a vector of 2 values from encoder tuned, got 3");
    assertThatThrownBy(() -> h.withShare(1.5)).hasMessageContaining("share in [0, 1], got 1.5");
    assertThatThrownBy(() -> new EncoderHead("tuned", 1, new float[][] {{1, 2}, {3}}, new float[2]))
        .hasMessageContaining("expected 2 weights in every row, got 1");
  }

  @Test
  void a_model_with_a_classifier_reads_back_byte_identical_and_plain_files_keep_their_format() throws IOException {
    LinearModel plain = textModel(1);
    LinearModel mixed = plain.withPrecisionRule(new double[TECHNIQUES.length], new double[TECHNIQUES.length])
        .withHead(head("tuned", 0.5, 2));
    LinearModel read = LinearModel.load(new ByteArrayInputStream(bytes(mixed)));
    assertThat(read.head()).isNotNull();
    assertThat(read.head().encoderId()).isEqualTo("tuned");
    assertThat(read.head().share()).isEqualTo(0.5);
    assertThat(read.hasPrecisionRule()).isTrue();
    assertThat(read.encoder()).isNull();
    assertThat(bytes(read)).isEqualTo(bytes(mixed));
    LinearModel plainRead = LinearModel.load(new ByteArrayInputStream(bytes(plain)));
    assertThat(plainRead.head()).isNull();
    assertThat(plainRead.readsVectors()).isFalse();
    assertThat(bytes(plainRead)).isEqualTo(bytes(plain));
    // a model with both encoder features and a classifier keeps both
    LinearModel both = plain.withEncoder(new EncoderSpec("general", 4, 1)).withHead(head("tuned", 1, 3));
    LinearModel bothRead = LinearModel.load(new ByteArrayInputStream(bytes(both)));
    assertThat(bothRead.encoder()).isEqualTo(new EncoderSpec("general", 4, 1));
    assertThat(bothRead.head().encoderId()).isEqualTo("tuned");
    assertThat(bothRead.hasPrecisionRule()).isFalse();
  }

  @Test
  void a_model_and_the_same_model_with_a_classifier_share_their_text_part_and_other_weights_do_not() throws IOException {
    LinearModel plain = textModel(1);
    LinearModel read = LinearModel.load(new ByteArrayInputStream(bytes(plain))); // quantised weights, as shipped
    LinearModel readMixed = LinearModel.load(new ByteArrayInputStream(bytes(plain.withHead(head("tuned", 0.5, 2)))));
    assertThat(readMixed.sameText(read)).isTrue();
    assertThat(read.sameText(readMixed.withThresholds(new double[TECHNIQUES.length]))).isTrue();
    assertThat(read.sameText(LinearModel.load(new ByteArrayInputStream(bytes(textModel(2)))))).isFalse();
    assertThat(read.sameText(read.withEncoder(new EncoderSpec("general", 4, 1)))).isFalse();
  }

  @Test
  void techniques_score_the_mix_with_each_lines_vector(@TempDir Path dir) throws IOException {
    LinearModel plain = textModel(4);
    EncoderHead h = head("fake-tuned", 0.5, 5);
    Path plainDir = modelDir(dir, "plain", plain);
    Path mixedDir = modelDir(dir, "mixed", plain.withHead(h));
    String text = "The regime lies.\nEither we win or we perish.";
    List<int[]> lines = List.of(new int[] {0, 16}, new int[] {17, text.length()});
    FakeEncoder enc = new FakeEncoder("fake-tuned");
    PersuasionModels mixed = PersuasionModels.load(mixedDir, "en", enc);
    PersuasionModels text0 = PersuasionModels.load(plainDir, "en");
    TextLayers doc = TextLayers.of(text);
    FeatureExtractor.Context ctx = mixed.context(doc);
    for (int[] l : lines) {
      double[] want = h.mix(text0.techniqueProbabilities(doc, l[0], l[1], ctx, l[0], l[1]),
          enc.encode(List.of(text.substring(l[0], l[1])))[0]);
      assertThat(mixed.techniqueProbabilities(doc, l[0], l[1], ctx, l[0], l[1])).containsExactly(want, within(1e-12));
    }
    FakeEncoder counting = new FakeEncoder("fake-tuned");
    PersuasionModels.load(mixedDir, "en", counting).techniques(text, lines, false);
    assertThat(counting.asked()).containsExactly("The regime lies.", "Either we win or we perish.");
  }

  /** The format version a model is written in (after the magic number, inside the gzip stream). */
  private static int version(LinearModel m) throws IOException {
    try (java.io.DataInputStream in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(
        new ByteArrayInputStream(bytes(m))))) {
      in.readInt();
      return in.readInt();
    }
  }

  @Test
  void a_gated_classifier_encodes_only_the_lines_whose_text_probabilities_reach_the_gate(@TempDir Path dir)
      throws IOException {
    LinearModel plain = textModel(4);
    String text = "The regime lies.\nEither we win or we perish.\nThey met on Monday.";
    List<int[]> lines = List.of(new int[] {0, 16}, new int[] {17, 44}, new int[] {45, text.length()});
    PersuasionModels text0 = PersuasionModels.load(modelDir(dir, "plain", plain), "en");
    TextLayers doc = TextLayers.of(text);
    FeatureExtractor.Context ctx = text0.context(doc);
    double[] highest = lines.stream().mapToDouble(l -> Arrays.stream(
        text0.techniqueProbabilities(doc, l[0], l[1], ctx, l[0], l[1])).max().orElseThrow()).toArray();
    double[] sorted = highest.clone();
    Arrays.sort(sorted);
    assertThat(sorted[0]).isLessThan(sorted[2]); // the random model tells the lines apart
    double gate = (sorted[0] + sorted[1]) / 2; // every line but the weakest passes
    EncoderHead h = head("fake-tuned", 0.5, 5).withGate(gate);
    LinearModel gated = plain.withHead(h);
    assertThat(version(gated)).isEqualTo(7);
    assertThat(version(plain.withHead(h.withGate(0)))).isEqualTo(5); // an ungated classifier: written as before
    LinearModel read = LinearModel.load(new ByteArrayInputStream(bytes(gated)));
    assertThat(read.head().encodeFrom()).isEqualTo(gate);
    assertThat(bytes(read)).isEqualTo(bytes(gated));

    FakeEncoder enc = new FakeEncoder("fake-tuned");
    PersuasionModels mixed = PersuasionModels.load(modelDir(dir, "gated", gated), "en", enc);
    List<String> wanted = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int[] l = lines.get(i);
      double[] own = text0.techniqueProbabilities(doc, l[0], l[1], ctx, l[0], l[1]);
      boolean passes = highest[i] >= gate;
      double[] want = passes ? h.mix(own, enc.encode(List.of(text.substring(l[0], l[1])))[0]) : own;
      assertThat(mixed.techniqueProbabilities(doc, l[0], l[1], ctx, l[0], l[1])).containsExactly(want, within(1e-12));
      if (passes) {
        wanted.add(text.substring(l[0], l[1]));
      }
    }
    assertThat(wanted).hasSize(2);
    FakeEncoder counting = new FakeEncoder("fake-tuned");
    PersuasionModels.load(modelDir(dir, "counted", gated), "en", counting).techniques(text, lines, false);
    assertThat(counting.asked()).containsExactlyElementsOf(wanted);
    assertThatThrownBy(() -> h.withGate(1)).hasMessageContaining("gate of the classifier in [0, 1), got 1.0");
  }

  @Test
  void a_classifier_mixes_into_the_probabilities_of_a_model_that_also_reads_encoder_features(@TempDir Path dir)
      throws IOException {
    LinearModel withFeatures = textModel(8).withEncoder(new EncoderSpec("fake-tuned", 4, 1));
    EncoderHead h = head("fake-tuned", 0.5, 9);
    Path featuresDir = modelDir(dir, "features", withFeatures);
    Path bothDir = modelDir(dir, "both", withFeatures.withHead(h));
    String text = "The regime lies.";
    FakeEncoder enc = new FakeEncoder("fake-tuned");
    TextLayers doc = TextLayers.of(text);
    PersuasionModels features = PersuasionModels.load(featuresDir, "en", enc);
    PersuasionModels both = PersuasionModels.load(bothDir, "en", enc);
    FeatureExtractor.Context ctx = both.context(doc);
    double[] want = h.mix(features.techniqueProbabilities(doc, 0, text.length(), ctx, 0, text.length()),
        enc.encode(List.of(text))[0]);
    assertThat(both.techniqueProbabilities(doc, 0, text.length(), ctx, 0, text.length()))
        .containsExactly(want, within(1e-12));
  }

  @Test
  void a_classifier_on_an_encoder_that_is_not_installed_fails_naming_it(@TempDir Path dir) throws IOException {
    Path missing = modelDir(dir, "missing", textModel(6).withHead(head("missing-tuned", 1, 7)));
    assertThatThrownBy(() -> PersuasionModels.load(missing, "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("st3-en.bin mixes in a classifier on sentence encoder missing-tuned")
        .hasMessageContaining("not installed");
  }
}
