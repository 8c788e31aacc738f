package dev.scrutiny.claims;

import static dev.scrutiny.claims.RuleFixture.CUES;
import static dev.scrutiny.claims.RuleFixture.PHRASES;
import static dev.scrutiny.claims.RuleFixture.parts;
import static dev.scrutiny.claims.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceRulesTest {

  private static final ReportingCueRule CUE = new ReportingCueRule(CUES, PHRASES);

  @Test
  void colon_lead_gives_a_line_to_the_name_before_its_colon() {
    String t = "Zelensky: We will not give up our land.";
    Draft d = single(run(new ColonLeadRule(CUES), t));
    assertThat(d.rule()).isEqualTo(ColonLeadRule.RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("Zelensky");
    assertThat(parts(t, d)).containsExactly("We will not give up our land.");
  }

  @Test
  void colon_lead_skips_credits_and_datelines() {
    assertThat(run(new ColonLeadRule(CUES), "Photo: Reuters shows the bridge after the strike.")).isEmpty();
    // labels of bylines, teasers and interview transcripts are no speakers
    assertThat(run(new ColonLeadRule(CUES), "BYLINE: Olena Kovalenko and Max Berg.")).isEmpty();
    assertThat(run(new ColonLeadRule(CUES), "LOOK: Satellite images show the damaged airfield.")).isEmpty();
    // a list of names after a place is a roster, not a statement
    assertThat(run(new ColonLeadRule(CUES), "Kharkiv: Ivan Petrenko, Olha Marchenko, Taras Bondar, Iryna Koval."))
        .isEmpty();
    String t = "Kharkiv: The shelling lasted all night, Oleh Syniehubov, the governor, wrote.";
    assertThat(run(new ColonLeadRule(CUES), t)).hasSize(1);
  }

  @Test
  void a_name_list_has_three_or_more_short_capitalised_items() {
    assertThat(ColonLeadRule.isNameList("Ivan Petrenko, Olha Marchenko, and Taras Bondar.")).isTrue();
    assertThat(ColonLeadRule.isNameList("Ivan Petrenko, Olha Marchenko")).isFalse();
    assertThat(ColonLeadRule.isNameList("We will hold Kharkiv, Sumy, and Chernihiv")).isFalse();
  }

  @Test
  void pronoun_report_makes_the_possessive_pronoun_the_speaker() {
    String t = "He repeated his claim that the bridge was never hit.";
    Draft d = single(run(new PronounReportRule(), t));
    assertThat(d.rule()).isEqualTo(PronounReportRule.RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("his");
    assertThat(d.lemma()).isEqualTo("claim");
    assertThat(d.stance()).isEqualTo(Stance.LOADED);
    assertThat(parts(t, d)).containsExactly("the bridge was never hit");
  }

  @Test
  void possessive_report_makes_the_possessor_the_speaker() {
    String t = "The Defence Ministry's report confirming that 40 tanks were lost was leaked.";
    Draft d = single(run(new PossessiveReportRule(PHRASES), t));
    assertThat(d.rule()).isEqualTo(PossessiveReportRule.RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("The Defence Ministry");
    assertThat(d.lemma()).isEqualTo("report");
  }

  @Test
  void cue_forward_reads_speaker_cue_that_content() {
    String t = "The ministry said on Tuesday that 40 drones were shot down.";
    Draft d = single(run(CUE, t));
    assertThat(d.rule()).isEqualTo(ForwardReading.RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("The ministry");
    assertThat(parts(t, d)).containsExactly("40 drones were shot down");
  }

  @Test
  void cue_as_reads_as_speaker_put_it() {
    String t = "As Peskov put it, the talks are going nowhere at all.";
    Draft d = single(run(CUE, t));
    assertThat(d.rule()).isEqualTo(ForwardReading.AS_RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("Peskov");
    assertThat(parts(t, d)).containsExactly("the talks are going nowhere at all");
  }

  @Test
  void cue_inverted_reads_content_then_speaker_and_cue() {
    String t = "The bridge was hit twice overnight, the governor said.";
    Draft d = single(run(CUE, t));
    assertThat(d.rule()).isEqualTo(InvertedReading.RULE);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("the governor");
    assertThat(parts(t, d)).containsExactly("The bridge was hit twice overnight");
  }

  @Test
  void cue_interrupted_joins_the_content_around_the_attribution() {
    String t = "The bridge, the governor said, was hit twice overnight by missiles.";
    Draft d = single(run(CUE, t));
    assertThat(d.rule()).isEqualTo(InvertedReading.INTERRUPTED);
    assertThat(parts(t, d)).containsExactly("The bridge", "was hit twice overnight by missiles");
  }

  @Test
  void cue_named_after_takes_the_name_before_its_appositive() {
    String t = "The strike had been planned for weeks, said Rita Katz, the director of a monitoring group.";
    Draft d = single(run(CUE, t));
    assertThat(d.rule()).isEqualTo(InvertedReading.NAMED);
    assertThat(RuleFixture.text(t, d.speaker())).isEqualTo("Rita Katz");
    assertThat(parts(t, d)).containsExactly("The strike had been planned for weeks");
  }

  @Test
  void reporting_cues_skip_passives_nouns_and_hypothetical_questions() {
    assertThat(run(CUE, "It was reported that the bridge fell into the river.")).isEmpty();
    assertThat(run(CUE, "The reports that the bridge fell were never confirmed.")).isEmpty();
    assertThat(run(CUE, "Reporters should ask why the bridge fell into the river.")).isEmpty();
  }

  @Test
  void according_to_leading_and_trailing() {
    String lead = "According to the governor, 12 people were injured in the strike.";
    Draft d = single(run(new AccordingToRule(), lead));
    assertThat(d.rule()).isEqualTo(AccordingToRule.RULE);
    assertThat(RuleFixture.text(lead, d.speaker())).isEqualTo("the governor");
    assertThat(parts(lead, d)).containsExactly("12 people were injured in the strike");
    String trail = "Twelve people were injured in the strike, according to the governor.";
    Draft e = single(run(new AccordingToRule(), trail));
    assertThat(parts(trail, e)).containsExactly("Twelve people were injured in the strike");
    assertThat(RuleFixture.text(trail, e.speaker())).isEqualTo("the governor");
  }

  private static Draft single(List<Draft> drafts) {
    assertThat(drafts).hasSize(1);
    return drafts.get(0);
  }
}
