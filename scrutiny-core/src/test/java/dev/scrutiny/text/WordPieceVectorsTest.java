package dev.scrutiny.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Static word-piece vectors: BERT's cutting of words, the weighted mean, and the shipped table. */
class WordPieceVectorsTest {

  /** A table of 1,003 pieces: markers below 999, then "un", "##able", "able" and "!" with one-hot vectors. */
  private static WordPieceVectors tiny() throws IOException {
    return WordPieceVectors.read(new ByteArrayInputStream(tinyBytes()));
  }

  private static byte[] tinyBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x57505631);
    out.writeInt(1003);
    out.writeInt(4);
    for (int i = 0; i < 1003; i++) {
      out.writeUTF(switch (i) {
        case 999 -> "un";
        case 1000 -> "##able";
        case 1001 -> "able";
        case 1002 -> "!";
        default -> "[unused" + i + "]";
      });
      out.writeFloat(0.5f);
      byte[] v = new byte[4];
      if (i >= 999) {
        v[i - 999] = 2; // value 2 × 0.5 = 1 in the piece's own dimension
      }
      out.write(v);
    }
    return bytes.toByteArray();
  }

  private static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void a_word_is_cut_into_its_longest_known_pieces_and_rarer_pieces_weigh_more() throws IOException {
    float[] v = tiny().vector(List.of("Unable!"));
    // "un" (rank 999) + "##able" (1000) + "!" (1002), each weighted ln(1 + rank), then scaled to unit length
    double a = Math.log1p(999);
    double b = Math.log1p(1000);
    double c = Math.log1p(1002);
    double n = Math.sqrt(a * a + b * b + c * c);
    assertThat(v).containsExactly(new float[] {(float) (a / n), (float) (b / n), 0, (float) (c / n)},
        org.assertj.core.data.Offset.offset(1e-6f));
  }

  @Test
  void case_accents_and_spacing_do_not_change_a_vector() throws IOException {
    WordPieceVectors t = tiny();
    assertThat(t.vector(List.of("ÁBLE"))).containsExactly(t.vector(List.of("able")));
    assertThat(t.vector(List.of("un able"))).containsExactly(t.vector(List.of("un", "able")));
  }

  @Test
  void a_word_with_an_unknown_remainder_and_markers_count_for_nothing() throws IOException {
    WordPieceVectors t = tiny();
    assertThat(t.vector(List.of("unknown", "", "  "))).containsOnly(0f);
    assertThat(t.vector(List.of("[unused5]"))).containsOnly(0f); // cut at "[" and "]", and no such word either
    assertThat(t.vector(List.of("unable", "xyz"))).containsExactly(t.vector(List.of("unable")));
  }

  @Test
  void a_table_that_is_not_one_is_refused_by_name() {
    assertThatThrownBy(() -> WordPieceVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 0, 0, 0, 1})))
        .isInstanceOf(IOException.class).hasMessageContaining("word-piece vector table");
  }

  @Test
  void a_table_cut_short_is_refused_saying_so() throws IOException {
    byte[] whole = tinyBytes();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);
    assertThatThrownBy(() -> WordPieceVectors.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class).hasMessageContaining("ends early").hasMessageContaining("1003 pieces");
  }

  @Test
  void the_shipped_table_places_related_words_nearer_than_unrelated_ones() {
    WordPieceVectors s = WordPieceVectors.shipped();
    assertThat(s.size()).isEqualTo(30522);
    assertThat(s.dimension()).isEqualTo(128);
    float[] war = s.vector(List.of("war"));
    float[] invasion = s.vector(List.of("invasion"));
    float[] banana = s.vector(List.of("banana"));
    assertThat(cosine(war, invasion)).isGreaterThan(cosine(war, banana) + 0.1);
    float[] traitor = s.vector(List.of("the", "traitors", "betrayed", "us"));
    float[] weather = s.vector(List.of("light", "rain", "is", "expected", "tomorrow"));
    assertThat(cosine(traitor, s.vector(List.of("treason")))).isGreaterThan(cosine(weather, s.vector(List.of("treason"))));
  }

  @Property(tries = 300)
  void every_vector_is_unit_length_or_zero_and_the_same_whether_words_come_apart_or_together(
      @ForAll List<@net.jqwik.api.constraints.StringLength(max = 12) String> words) {
    WordPieceVectors s = WordPieceVectors.shipped();
    float[] v = s.vector(words);
    double norm = cosine(v, v);
    assertThat(norm == 0 || Math.abs(norm - 1) < 1e-4).as("squared norm %s", norm).isTrue();
    float[] joined = s.vector(List.of(String.join(" ", words)));
    for (int i = 0; i < v.length; i++) {
      assertThat(joined[i]).isCloseTo(v[i], org.assertj.core.data.Offset.offset(1e-5f));
    }
  }
}
