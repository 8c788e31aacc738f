package dev.scrutiny.claims;

import static dev.scrutiny.claims.RuleFixture.parts;
import static dev.scrutiny.claims.RuleFixture.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRulesTest {

  @Test
  void quote_cue_takes_the_cue_and_speaker_after_the_quotation() {
    String t = "“The front is holding,” the commander said on Sunday.";
    Draft d = single(quotes(t));
    assertThat(d.rule()).isEqualTo(QuoteCueRule.RULE);
    assertThat(parts(t, d)).containsExactly("The front is holding");
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("the commander");
    assertThat(d.lemma()).isEqualTo("say");
    assertThat(d.kind()).isEqualTo(ClaimKind.DIRECT);
  }

  @Test
  void quote_cue_joins_a_quotation_split_by_its_cue() {
    String t = "“Everything,” he said, “is falling apart along the river.”";
    Draft d = single(quotes(t));
    assertThat(d.rule()).isEqualTo(QuoteCueRule.RULE);
    assertThat(parts(t, d)).containsExactly("Everything", "is falling apart along the river.");
  }

  @Test
  void quote_cue_leaves_a_quotation_that_ends_its_sentence() {
    String t = "“We saw nothing of the kind that night.” Then the sirens started again.";
    assertThat(quotes(t)).isEmpty();
  }

  @Test
  void a_quotation_as_the_next_sentence_continues_the_last_one() {
    String t = "“We hold the line,” he said. “Not one step back from the river.”";
    Draft d = single(quotes(t));
    assertThat(d.rule()).isEqualTo(QuoteCueRule.RULE);
    assertThat(parts(t, d)).containsExactly("We hold the line", "Not one step back from the river.");
  }

  @Test
  void quote_lead_takes_the_attribution_before_a_colon() {
    String t = "Kadyrov told Polish TV: “We will finish this soon enough.”";
    Draft d = single(quotes(t));
    assertThat(d.rule()).isEqualTo(LeadQuoteRule.RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("Kadyrov");
    assertThat(d.lemma()).isEqualTo("tell");
  }

  @Test
  void quote_headline_gives_the_headline_to_the_outlet() {
    String t = "TASS ran the story under the headline «Kiev regime shells Donetsk again».";
    Draft d = single(quotes(t));
    assertThat(d.rule()).isEqualTo(LeadQuoteRule.HEADLINE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("TASS");
    assertThat(parts(t, d)).containsExactly("Kiev regime shells Donetsk again");
  }

  @Test
  void a_scare_quote_is_no_speech() {
    String t = "The so-called “referendum” was held in September.";
    assertThat(quotes(t)).isEmpty();
  }

  private static Draft single(List<Draft> drafts) {
    assertThat(drafts).hasSize(1);
    return drafts.get(0);
  }
}
