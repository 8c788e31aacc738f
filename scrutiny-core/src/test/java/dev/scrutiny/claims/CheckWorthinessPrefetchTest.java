package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.text.CachingEncoder;
import dev.scrutiny.text.FakeEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With a caching encoder, an article's statements and its assertions are each encoded in one call. */
class CheckWorthinessPrefetchTest {

  private static final String TEXT = """
      The governor said that 14 people were wounded in the strike on Tuesday. "We will rebuild every house," \
      the mayor told reporters. Officials added that the power plant had been hit twice since March. \
      The city lost a third of its electricity supply in two weeks. Prices of bread rose by 40 percent in the \
      region last month. It rained.""";

  private static CheckWorthiness model(dev.scrutiny.text.SentenceEncoder encoder) {
    float[] w = new float[1 << 10];
    for (int i = 0; i < w.length; i++) {
      w[i] = (i % 7) * 0.2f - 0.5f;
    }
    return new CheckWorthiness(10, w, 0.1f, 0.3f).withVectors(new CheckWorthinessVectors("fake",
        new double[] {0.5, -0.25, 1, 0.1}, -0.3, encoder));
  }

  @Test
  void statements_and_assertions_are_encoded_in_one_call_each_and_score_as_one_by_one() {
    FakeEncoder counted = new FakeEncoder("fake");
    List<Claim> batched = new ClaimAnalyzer(model(CachingEncoder.of(counted))).analyze(new Layers(TEXT).analysis());
    FakeEncoder alone = new FakeEncoder("fake");
    List<Claim> oneByOne = new ClaimAnalyzer(model(alone)).analyze(new Layers(TEXT).analysis());
    assertThat(batched).isEqualTo(oneByOne);
    assertThat(batched.stream().filter(Claim::attributed)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(batched.stream().filter(c -> !c.attributed())).isNotEmpty();
    // without a cache every text is its own call; with one, the statements and the assertion candidates are two
    assertThat(alone.calls()).isEqualTo(alone.asked().size()).isGreaterThan(2);
    assertThat(counted.calls()).isEqualTo(2);
    assertThat(counted.asked()).containsExactlyInAnyOrderElementsOf(alone.asked().stream().distinct().toList());
  }
}
