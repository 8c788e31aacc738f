package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.text.CachingEncoder;
import dev.scrutiny.text.FakeEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A model that reads its encoder only where the hashed words are unsure: outside the band the score is the
 * hashed-word probability and nothing is encoded; inside it, the mix; the band is stored in the model file.
 */
class CheckWorthinessBandTest {

  private static final List<String> SENTENCES = List.of(
      "Russia lost 1,200 tanks in 2023.",
      "The governor said that 14 people were wounded in the strike on Tuesday.",
      "It rained.",
      "Prices of bread rose by 40 percent in the region last month.",
      "Thank you all for coming tonight.",
      "The city lost a third of its electricity supply in two weeks.",
      "We will rebuild every house.",
      "Unemployment fell to 3.5 percent, the lowest in fifty years.");

  private static final double SHARE = 0.75;

  private static CheckWorthiness words() {
    float[] w = new float[1 << 10];
    for (int i = 0; i < w.length; i++) {
      w[i] = (i % 9) * 0.45f - 1.8f;
    }
    return new CheckWorthiness(10, w, 0.1f, 0.35f);
  }

  private static CheckWorthinessVectors vectors(dev.scrutiny.text.SentenceEncoder e) {
    return new CheckWorthinessVectors("fake", new double[] {0.5, -0.25, 1, 0.1}, -0.3, SHARE, e);
  }

  /** The band from the 3rd to the 6th lowest hashed-word probability of the sentences: some in, some out. */
  private static CheckWorthinessVectors.Band middle() {
    List<Double> p = new ArrayList<>(SENTENCES.stream().map(s -> words().score(s)).sorted().toList());
    return new CheckWorthinessVectors.Band(p.get(2), p.get(5));
  }

  @Test
  void outside_the_band_the_score_is_the_hashed_words_alone_and_nothing_is_encoded() {
    FakeEncoder counted = new FakeEncoder("fake");
    CheckWorthinessVectors.Band band = middle();
    CheckWorthiness banded = words().withVectors(vectors(counted)).withBand(band);
    CheckWorthiness all = words().withVectors(vectors(new FakeEncoder("fake")));
    int inside = 0;
    for (String s : SENTENCES) {
      double w = words().score(s);
      if (band.contains(w)) {
        inside++;
        assertThat(banded.score(s)).isEqualTo(all.score(s));
      } else {
        assertThat(banded.score(s)).isEqualTo(w);
        assertThat(all.score(s)).isNotCloseTo(w, Offset.offset(1e-9));
      }
    }
    assertThat(inside).isEqualTo(4).isLessThan(SENTENCES.size());
    assertThat(counted.asked()).hasSize(inside)
        .allSatisfy(s -> assertThat(band.contains(words().score(s))).isTrue());
  }

  @Test
  void encoding_all_restores_every_sentence_to_the_mix() {
    CheckWorthiness all = words().withVectors(vectors(new FakeEncoder("fake")));
    CheckWorthiness banded = all.withBand(middle());
    for (String s : SENTENCES) {
      assertThat(banded.encodingAll().score(s)).isEqualTo(all.score(s));
    }
    assertThat(all.encodingAll()).isSameAs(all);
    CheckWorthiness plain = words();
    assertThat(plain.encodingAll()).isSameAs(plain);
  }

  @Test
  void the_band_is_written_and_read_back_and_a_model_without_one_keeps_the_earlier_format() throws IOException {
    CheckWorthiness banded = words().withVectors(vectors(new FakeEncoder("fake"))).withBand(middle());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    banded.write(out);
    CheckWorthiness read = CheckWorthiness.read(new ByteArrayInputStream(out.toByteArray()), new FakeEncoder("fake"));
    assertThat(read.band()).isEqualTo(middle());
    for (String s : SENTENCES) {
      assertThat(read.score(s)).isEqualTo(banded.score(s));
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    read.write(again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());

    ByteArrayOutputStream unbanded = new ByteArrayOutputStream();
    banded.encodingAll().write(unbanded);
    ByteArrayOutputStream earlier = new ByteArrayOutputStream();
    words().withVectors(vectors(new FakeEncoder("fake"))).write(earlier);
    assertThat(unbanded.toByteArray()).isEqualTo(earlier.toByteArray());
    assertThat(CheckWorthiness.read(new ByteArrayInputStream(earlier.toByteArray()), new FakeEncoder("fake")).band())
        .isEqualTo(CheckWorthinessVectors.Band.ALL);
  }

  @Test
  void a_band_outside_zero_to_one_or_upside_down_is_refused_with_its_ends() {
    assertThatThrownBy(() -> new CheckWorthinessVectors.Band(0.7, 0.15))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.7").hasMessageContaining("0.15");
    assertThatThrownBy(() -> new CheckWorthinessVectors.Band(-0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckWorthinessVectors.Band(0.1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> words().withBand(middle())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_article_prefetches_only_the_statements_inside_the_band() {
    String text = String.join(" ", SENTENCES);
    FakeEncoder counted = new FakeEncoder("fake");
    CheckWorthiness banded = words().withVectors(vectors(CachingEncoder.of(counted))).withBand(middle());
    List<Claim> claims = new ClaimAnalyzer(banded).analyze(new Layers(text).analysis());
    FakeEncoder all = new FakeEncoder("fake");
    new ClaimAnalyzer(words().withVectors(vectors(CachingEncoder.of(all)))).analyze(new Layers(text).analysis());
    assertThat(claims).isNotEmpty();
    assertThat(counted.asked()).isNotEmpty().hasSizeLessThan(all.asked().size())
        .allSatisfy(s -> assertThat(middle().contains(words().score(s))).as(s).isTrue());
  }
}
