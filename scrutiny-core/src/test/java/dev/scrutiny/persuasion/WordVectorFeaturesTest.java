package dev.scrutiny.persuasion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models that read the static word-piece vectors: their features, their evidence and their file format. */
class WordVectorFeaturesTest {

  private static final FeatureConfig PLAIN = new FeatureConfig(10, true, false, 0, 0, 0, false, false);
  private static final FeatureConfig VECTORS = PLAIN.withWordVectors(true);
  private static final String[] LABELS = {"a", "b"};

  private static byte[] bytes(LinearModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  private static int version(byte[] saved) throws IOException {
    try (var in = new java.io.DataInputStream(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(saved)))) {
      in.readInt();
      return in.readInt();
    }
  }

  private static LinearModel model(FeatureConfig config) {
    float[][] w = new float[LABELS.length][config.dim()];
    for (int i = 0; i < config.dim(); i++) {
      w[0][i] = (i % 7) / 7f;
      w[1][i] = -(i % 5) / 5f;
    }
    return new LinearModel(LABELS, config, w, new float[] {0.1f, -0.1f}, new double[] {0.5, 0.4});
  }

  @Test
  void a_line_gets_one_feature_per_dimension_of_a_unit_vector_and_none_without_the_option() {
    TextLayers doc = TextLayers.of("The regime's criminal gang shelled Kharkiv again.");
    Map<String, Double> with = new FeatureExtractor(VECTORS).named(doc, 0, doc.text().length(),
        FeatureExtractor.Context.NONE);
    Map<String, Double> without = new FeatureExtractor(PLAIN).named(doc, 0, doc.text().length(),
        FeatureExtractor.Context.NONE);

    double norm = with.entrySet().stream().filter(e -> e.getKey().startsWith(FeatureExtractor.VECTOR))
        .mapToDouble(e -> e.getValue() * e.getValue()).sum();
    assertThat(with.keySet().stream().filter(k -> k.startsWith(FeatureExtractor.VECTOR)).count()).isBetween(100L, 128L);
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(without.keySet()).noneMatch(k -> k.startsWith(FeatureExtractor.VECTOR));
    // the text features are the same either way
    assertThat(with).containsAllEntriesOf(without);
  }

  @Test
  void vector_dimensions_are_never_among_the_features_that_explain_a_label() {
    LinearModel m = model(VECTORS);
    FeatureExtractor fx = new FeatureExtractor(VECTORS);
    TextLayers doc = TextLayers.of("A catastrophic, shameful betrayal by the puppet regime.");
    Map<String, Double> named = fx.named(doc, 0, doc.text().length(), FeatureExtractor.Context.NONE);

    assertThat(m.topFeatures(named, fx, 0, 50)).isNotEmpty().noneMatch(f -> f.startsWith(FeatureExtractor.VECTOR));
  }

  @Test
  void a_model_reading_word_vectors_is_written_as_version_6_and_reads_back_the_same() throws IOException {
    LinearModel m = model(VECTORS).withPrecisionRule(new double[] {0.7, 1.01}, new double[] {0.5, 0.6});
    byte[] saved = bytes(m);
    LinearModel read = LinearModel.load(new ByteArrayInputStream(saved));

    assertThat(version(saved)).isEqualTo(6);
    assertThat(read.config().wordVectors()).isTrue();
    assertThat(read.hasPrecisionRule()).isTrue();
    assertThat(read.precisionThreshold(0)).isEqualTo(0.7);
    assertThat(read.encoder()).isNull();
    assertThat(read.head()).isNull();
    assertThat(bytes(read)).isEqualTo(saved);
  }

  @Test
  void a_model_without_word_vectors_keeps_its_earlier_version() throws IOException {
    assertThat(version(bytes(model(PLAIN)))).isEqualTo(2);
    assertThat(version(bytes(model(PLAIN).withPrecisionRule(new double[2], new double[2])))).isEqualTo(3);
    assertThat(LinearModel.load(new ByteArrayInputStream(bytes(model(PLAIN)))).config().wordVectors()).isFalse();
  }

  @Test
  void word_vectors_go_together_with_an_encoder_and_a_mixed_in_classifier() throws IOException {
    LinearModel m = model(VECTORS).withEncoder(new EncoderSpec("general", 4, 1))
        .withHead(new EncoderHead("tuned", 0.5, new float[][] {{1, 0, 0}, {0, 1, 0}}, new float[] {0, 0}));
    byte[] saved = bytes(m);
    LinearModel read = LinearModel.load(new ByteArrayInputStream(saved));

    assertThat(version(saved)).isEqualTo(6);
    assertThat(read.config().wordVectors()).isTrue();
    assertThat(read.encoder()).isEqualTo(new EncoderSpec("general", 4, 1));
    assertThat(read.head().encoderId()).isEqualTo("tuned");
    assertThat(bytes(read)).isEqualTo(saved);
  }
}
