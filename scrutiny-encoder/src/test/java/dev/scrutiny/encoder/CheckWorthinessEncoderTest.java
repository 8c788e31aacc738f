package dev.scrutiny.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.claims.CheckWorthiness;
import dev.scrutiny.text.SentenceEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoder fine-tuned for check-worthiness: found by its task, its own vectors, and the model shipped with it. */
class CheckWorthinessEncoderTest {

  private static final List<String> CLAIMS = List.of(
      "Unemployment fell to 3.5 percent last year, the lowest rate in half a century.",
      "The city lost a third of its population between 2014 and 2022.",
      "Our opponent voted to cut the defence budget by twelve billion dollars.");

  private static final List<String> NOT_CLAIMS = List.of(
      "Thank you all so much for being here tonight.",
      "I want to ask you a question, and I hope you will answer it.",
      "Good evening, and welcome to the second debate.");

  @Test
  void the_general_encoder_stays_the_default_and_the_fine_tuned_one_is_found_by_its_task() {
    assertThat(SentenceEncoder.installed()).get().extracting(SentenceEncoder::id).isEqualTo(MiniLmEncoder.ID);
    SentenceEncoder tuned = SentenceEncoder.installedFor(CheckWorthiness.TASK).orElseThrow();
    assertThat(tuned.id()).isEqualTo(CheckWorthinessEncoder.ID);
    assertThat(SentenceEncoder.installed(CheckWorthinessEncoder.ID)).containsSame(tuned);
    assertThat(SentenceEncoder.installedFor("no-such-task")).isEmpty();
  }

  @Test
  void its_vectors_are_unit_length_and_differ_from_the_published_weights() {
    SentenceEncoder tuned = new CheckWorthinessEncoder();
    float[][] t = tuned.encode(CLAIMS);
    float[][] m = new MiniLmEncoder().encode(CLAIMS);
    for (int i = 0; i < t.length; i++) {
      assertThat(t[i]).hasSize(384);
      assertThat(dot(t[i], t[i])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(dot(t[i], m[i])).isLessThan(0.99);
    }
    assertThat(tuned.encode(List.of(" ... "))[0]).containsOnly(0f);
  }

  @Test
  void the_model_shipped_with_it_scores_with_its_classifier_and_ranks_claims_above_courtesies() {
    CheckWorthiness model = CheckWorthiness.forEncoder(new CheckWorthinessEncoder());
    assertThat(model.encoderId()).isEqualTo(CheckWorthinessEncoder.ID);
    double lowestClaim = CLAIMS.stream().mapToDouble(model::score).min().orElseThrow();
    double highestOther = NOT_CLAIMS.stream().mapToDouble(model::score).max().orElseThrow();
    assertThat(lowestClaim).isGreaterThan(highestOther);
    assertThat(CLAIMS).allSatisfy(c -> assertThat(model.isCheckworthy(c)).as(c).isTrue());
    assertThat(NOT_CLAIMS).allSatisfy(c -> assertThat(model.isCheckworthy(c)).as(c).isFalse());
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
