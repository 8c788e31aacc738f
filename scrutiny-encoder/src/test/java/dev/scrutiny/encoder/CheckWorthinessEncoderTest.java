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
  void its_vectors_are_unit_length_and_tell_sentences_apart() {
    SentenceEncoder tuned = new CheckWorthinessEncoder();
    float[][] t = tuned.encode(CLAIMS);
    for (int i = 0; i < t.length; i++) {
      assertThat(t[i]).hasSize(384);
      assertThat(dot(t[i], t[i])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(dot(t[i], t[(i + 1) % t.length])).as("claims %d and %d", i, (i + 1) % t.length).isLessThan(0.99);
    }
    // the same text twice, alone and in a batch, gives the same vector
    assertThat(tuned.encode(List.of(CLAIMS.get(1)))[0]).containsExactly(t[1]);
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

  @Test
  void the_default_analyzers_read_it_only_for_the_statements_the_hashed_words_leave_unsure() {
    assertThat(dev.scrutiny.Scrutiny.defaultAnalyzers()).extracting(dev.scrutiny.pipeline.Analyzer::name)
        .contains("claims/1+" + CheckWorthinessEncoder.ID);
    assertThat(dev.scrutiny.Scrutiny.analyzersWithoutEncoder(dev.scrutiny.checks.ReferenceFacts.defaults(),
        dev.scrutiny.markers.Lexicon.defaults())).extracting(dev.scrutiny.pipeline.Analyzer::name)
        .contains("claims/1").noneMatch(n -> n.contains("minilm") || n.contains(CheckWorthinessEncoder.ID));
    // a caching encoder counts the texts it had to encode (each sentence here is new to it)
    dev.scrutiny.text.CachingEncoder counted =
        (dev.scrutiny.text.CachingEncoder) dev.scrutiny.text.CachingEncoder.of(new CheckWorthinessEncoder());
    CheckWorthiness banded = CheckWorthiness.forEncoder(counted);
    CheckWorthiness all = banded.encodingAll();
    List<String> sentences = new java.util.ArrayList<>(CLAIMS);
    sentences.addAll(NOT_CLAIMS);
    int skipped = 0;
    for (String s : sentences) {
      long before = counted.encoded() + counted.hits();
      double score = banded.score(s);
      if (counted.encoded() + counted.hits() == before) {
        skipped++; // scored by the hashed words alone, and on the same side of the threshold as the full mix here
        assertThat(score >= banded.threshold()).as(s).isEqualTo(all.score(s) >= all.threshold());
      } else {
        assertThat(score).as(s).isEqualTo(all.score(s));
      }
    }
    assertThat(skipped).isPositive().isLessThan(sentences.size());
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
