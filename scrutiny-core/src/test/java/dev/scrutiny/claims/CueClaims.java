package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Span;
import java.util.List;

/** The attributed statements the claim analyzer finds in one sentence, for tests of cue shapes. */
final class CueClaims {

  private CueClaims() {}

  static List<Claim> attributed(String sentence) {
    return new ClaimAnalyzer().analyze(new Layers(sentence).analysis()).stream().filter(Claim::attributed).toList();
  }

  /** The one statement whose cue is the text {@code cue}; fails the test unless there is exactly one. */
  static Claim byCue(String sentence, String cue) {
    List<Claim> found = attributed(sentence).stream()
        .filter(c -> c.cue() != null && text(sentence, c.cue().span()).equals(cue)).toList();
    assertThat(found).as("claims with cue '%s' in: %s", cue, sentence).hasSize(1);
    return found.get(0);
  }

  static String text(String sentence, Span s) {
    return sentence.substring(s.start(), s.end());
  }
}
