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

  /** The statement {@code cue} makes in {@code sentence} has this speaker and content, word for word. */
  static void assertStatement(String sentence, String cue, String speaker, String content) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  static String text(String sentence, Span s) {
    return sentence.substring(s.start(), s.end());
  }
}
