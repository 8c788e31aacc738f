package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssertionRuleTest {

  private final AssertionRule rule = new AssertionRule(CheckWorthiness.standard());

  @Test
  void a_checkable_sentence_in_the_authors_voice_is_an_assertion() {
    String t = "Russia lost 1,200 tanks in 2023, more than in any year since 1945. What a day.";
    List<Claim> found = rule.find(RuleFixture.context(t), List.of());
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(AssertionRule.RULE);
      assertThat(c.kind()).isEqualTo(ClaimKind.ASSERTION);
      assertThat(c.side()).isEqualTo(SpeakerSide.OTHER);
      assertThat(t.substring(c.content().start(), c.content().end())).startsWith("Russia lost 1,200 tanks");
    });
  }

  @Test
  void a_sentence_holding_an_attributed_claim_is_no_assertion() {
    String t = "The ministry said that Russia lost 1,200 tanks in 2023, more than in any year since 1945.";
    ClaimContext doc = RuleFixture.context(t);
    for (var s : doc.sentences) {
      new ReportingCueRule(RuleFixture.CUES, RuleFixture.PHRASES).apply(doc, s);
    }
    Draft d = doc.drafts.get(0);
    Claim attributed = new Claim(d.envelope(), d.parts(), d.speaker(), null, "ministry", SpeakerType.GOVERNMENT,
        SpeakerSide.OTHER, new Cue(d.lemma(), d.cue(), d.stance()), d.kind(), null, false, null, d.stance(), 0.5,
        d.rule());
    assertThat(rule.find(doc, List.of(attributed))).isEmpty();
  }
}
