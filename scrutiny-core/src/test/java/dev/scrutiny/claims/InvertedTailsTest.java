package dev.scrutiny.claims;

import static dev.scrutiny.claims.CueClaims.assertStatement;
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
      The two leaders will meet next week, the spokesman said, adding, "They need to sit down and talk."   | said | the spokesman | The two leaders will meet next week
      The convoy turned back at the border, the spokesman said, noting: "Nobody was hurt."              | said | the spokesman | The convoy turned back at the border
      The strikes on the port were sickening, the president said Tuesday in Paris.                       | said | the president | The strikes on the port were sickening
      The strikes on the port were sickening, the president said Tuesday in Paris, noting the damage.   | said | the president | The strikes on the port were sickening
      Losses were heavy, the commander said.                                                             | said | the commander | Losses were heavy
      The front is holding, the commander told reporters as he toured the trenches.                      | told | the commander | The front is holding
      The minister told reporters after the meeting that the talks would resume.                         | told | The minister  | the talks would resume
      The bridge will reopen in spring, the governor said in a statement to the regional council.       | said | the governor  | The bridge will reopen in spring
      The bridge will reopen in spring, the governor said in a statement to the council in May.         | said | the governor  | The bridge will reopen in spring
      We can only wonder whether the plan will work, the group said Friday in a statement.              | said | the group     | We can only wonder whether the plan will work
      The council ordered a legal review of the contract last month, first reported by the Kyiv Independent. | reported | the Kyiv Independent | The council ordered a legal review of the contract last month
      """)
  void the_content_before_the_cue(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @Test
  void the_added_quotation_is_what_the_participle_reports() {
    String s = "The two leaders will meet next week, the spokesman said, adding, \"They need to sit down and talk.\"";
    assertThat(byCue(s, "adding").rule()).isEqualTo(LeadQuoteRule.RULE);
    assertStatement(s, "adding", "the spokesman", "They need to sit down and talk.");
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Very sad, he said.
      Quite a day, she said.
      Voters are angry, and I agree with them.
      The offensive has stalled near the river, but they insist on the opposite.
      """)
  void too_short_or_a_second_clause_of_the_authors_attributes_nothing(String sentence) {
    // two words, or three without a verb, are too short; after a comma and a conjunction the author goes on
    assertThat(attributed(sentence)).isEmpty();
  }

  @Test
  void as_after_a_conjunction_opens_what_the_speaker_noted() {
    String s = "Officials can still face sanctions, and as the director noted, people involved in the case could lose "
        + "their clearance.";
    assertThat(byCue(s, "noted").rule()).isEqualTo(ForwardReading.AS_RULE);
    assertStatement(s, "noted", "the director", "people involved in the case could lose their clearance");
    // "as" with a verb that reports nothing, or a clause joined after the comma, is no statement
    assertThat(attributed("The talks dragged on, and as the envoy continues to push for a truce, the front is quiet."))
        .isEmpty();
    assertThat(attributed("The talks dragged on, as the agency reported on Tuesday, and the front stayed quiet."))
        .noneSatisfy(c2 -> assertThat(c2.rule()).isEqualTo(ForwardReading.AS_RULE));
    assertThat(attributed("We can move the guns, as they say, or we can wait for the thaw and hold the line."))
        .noneSatisfy(c2 -> assertThat(c2.rule()).isEqualTo(ForwardReading.AS_RULE));
  }

  @Test
  void a_second_finite_cue_after_and_shares_the_subject_that_spoke_before_it() {
    String s = "The senator criticized the governor over the delays and praised the work of the rescue crews.";
    assertStatement(s, "praised", "The senator", "the work of the rescue crews");
    assertStatement(s, "criticized", "The senator", "the governor over the delays");
    // a verb of seeing or showing after "and" reports nothing of its own
    String showed = "The minister said the bridge over the river was closed and showed the damage to reporters.";
    assertThat(attributed(showed)).singleElement()
        .satisfies(c -> assertThat(text(showed, c.cue().span())).isEqualTo("said"));
    // without an earlier statement of the subject, only a verb of speech or "that" reports after "and"
    assertThat(attributed("The two presidents held a frank and detailed exchange on the war.")).isEmpty();
  }
}
