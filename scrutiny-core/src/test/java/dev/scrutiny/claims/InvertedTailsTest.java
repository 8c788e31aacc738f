package dev.scrutiny.claims;

import static dev.scrutiny.claims.CueClaims.attributed;
import static dev.scrutiny.claims.CueClaims.byCue;
import static dev.scrutiny.claims.CueClaims.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What follows the cue of a statement that came before it: a participle that adds a quotation, a circumstance of
 * time and place, a short clause with its verb; "as X noted" in the middle of a sentence; a second clause of the
 * author's after a comma and a conjunction, which is no attribution; and a second cue of the same subject after "and".
 */
class InvertedTailsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The two leaders will meet next week, the spokesman said, adding, "They need to sit down and talk."   | said | spokesman | The two leaders will meet next week
      The convoy turned back at the border, the spokesman said, noting: "Nobody was hurt."              | said | spokesman | The convoy turned back at the border
      The strikes on the port were sickening, the president said Tuesday in Paris.                       | said | president | The strikes on the port were sickening
      The strikes on the port were sickening, the president said Tuesday in Paris, noting the damage.   | said | president | The strikes on the port were sickening
      Losses were heavy, the commander said.                                                             | said | commander | Losses were heavy
      """)
  void the_content_before_the_cue(String sentence, String cue, String speakerHead, String content) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).endsWith(speakerHead);
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  @Test
  void the_added_quotation_is_what_the_participle_reports() {
    String s = "The two leaders will meet next week, the spokesman said, adding, \"They need to sit down and talk.\"";
    Claim quote = byCue(s, "adding");
    assertThat(quote.rule()).isEqualTo(LeadQuoteRule.RULE);
    assertThat(text(s, quote.content())).isEqualTo("They need to sit down and talk.");
    assertThat(text(s, quote.speaker())).isEqualTo("the spokesman");
    // the quotation is reported once, not also as what "said" introduced
    assertThat(attributed(s)).hasSize(2);
  }

  @Test
  void a_time_circumstance_after_the_cue_is_no_statement_but_a_clause_after_it_is() {
    String circumstance = "The strikes on the port were sickening, the president said Tuesday in Paris.";
    assertThat(attributed(circumstance)).noneSatisfy(c -> assertThat(text(circumstance, c.content()))
        .startsWith("Tuesday"));
    String clause = "As the agency noted in a report Thursday, the new line of defence held under heavy fire.";
    assertThat(attributed(clause)).anySatisfy(c -> assertThat(text(clause, c.content()))
        .contains("the new line of defence held under heavy fire"));
  }

  @Test
  void two_words_or_a_clause_without_a_verb_stay_too_short() {
    assertThat(attributed("Very sad, he said.")).isEmpty();
    assertThat(attributed("Quite a day, she said.")).isEmpty();
  }

  @Test
  void as_after_a_conjunction_opens_what_the_speaker_noted() {
    String s = "Officials can still face sanctions, and as the director noted, people involved in the case could lose "
        + "their clearance.";
    Claim c = byCue(s, "noted");
    assertThat(c.rule()).isEqualTo(ForwardReading.AS_RULE);
    assertThat(text(s, c.speaker())).isEqualTo("the director");
    assertThat(text(s, c.content())).isEqualTo("people involved in the case could lose their clearance");
    // "as" with a verb that reports nothing, or a clause joined after the comma, is no statement
    assertThat(attributed("The talks dragged on, and as the envoy continues to push for a truce, the front is quiet."))
        .isEmpty();
    assertThat(attributed("The talks dragged on, as the agency reported on Tuesday, and the front stayed quiet."))
        .noneSatisfy(c2 -> assertThat(c2.rule()).isEqualTo(ForwardReading.AS_RULE));
    assertThat(attributed("We can move the guns, as they say, or we can wait for the thaw and hold the line."))
        .noneSatisfy(c2 -> assertThat(c2.rule()).isEqualTo(ForwardReading.AS_RULE));
  }

  @Test
  void a_clause_after_a_comma_and_a_conjunction_is_the_authors() {
    assertThat(attributed("Voters are angry, and I agree with them.")).isEmpty();
    assertThat(attributed("The offensive has stalled near the river, but they insist on the opposite.")).isEmpty();
  }

  @Test
  void a_second_finite_cue_after_and_shares_the_subject_that_spoke_before_it() {
    String s = "The senator criticized the governor over the delays and praised the work of the rescue crews.";
    Claim praised = byCue(s, "praised");
    assertThat(text(s, praised.speaker())).isEqualTo("The senator");
    assertThat(text(s, praised.content())).isEqualTo("the work of the rescue crews");
    assertThat(text(s, byCue(s, "criticized").content())).isEqualTo("the governor over the delays");
    // a verb of seeing or showing after "and" reports nothing of its own
    String showed = "The minister said the bridge over the river was closed and showed the damage to reporters.";
    assertThat(attributed(showed)).singleElement().satisfies(c -> assertThat(text(showed, c.cue().span())).isEqualTo("said"));
    // without an earlier statement of the subject, only a verb of speech or "that" reports after "and"
    assertThat(attributed("The two presidents held a frank and detailed exchange on the war.")).isEmpty();
  }
}
