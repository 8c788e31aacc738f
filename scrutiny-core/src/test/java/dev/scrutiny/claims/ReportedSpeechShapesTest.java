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
 * Shapes of reported speech found missing on the PolNeAR train split: any subject of a speech verb, "who"
 * without a comma, a second verb after "and", a participle after "by"/"after", mixed quotation marks,
 * quoted titles, a speaker with a modifier after the cue, and an object pronoun that a naming verb or "as" names.
 */
class ReportedSpeechShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The magazine said the offensive had stalled near the river.                      | said     | The magazine           | the offensive had stalled near the river
      The Republican incumbent said her position on the aid package was genuine.        | said     | The Republican incumbent | her position on the aid package was genuine
      One in three said the party did not care about the region.                        | said     | One in three           | the party did not care about the region
      The governor led among voters who said the economy mattered most.                 | said     | who                    | the economy mattered most
      The governor toured the damaged site and said two bridges were destroyed.         | said     | The governor           | two bridges were destroyed
      The minister ended the briefing by saying the talks would resume next week.       | saying   | The minister           | the talks would resume next week
      The ministry said Tuesday that the convoy had crossed the border.                 | said     | The ministry           | the convoy had crossed the border
      The governor said on Friday he met the commanders of the brigade.                 | said     | The governor           | he met the commanders of the brigade
      The mayor said last week the bridge was closed to all traffic.                     | said     | The mayor              | the bridge was closed to all traffic
      The general staff said on Saturday night the drones had been shot down.            | said     | The general staff      | the drones had been shot down
      Rep. Adam Smith (D-Wash.), the committee's ranking member, said that the aid package would pass. | said | Rep. Adam Smith | the aid package would pass
      Exit polling showed that the mayor won every district of the city.                 | showed   | Exit polling           | the mayor won every district of the city
      Governor Ivanov went after the mayor, calling him a total failure.                  | calling  | Governor Ivanov        | him a total failure
      The commander praised them as the heroes of the Kharkiv front.                     | praised  | The commander          | them as the heroes of the Kharkiv front
      The ministry branded them traitors in a statement on Monday.                        | branded  | The ministry           | them traitors in a statement on Monday
      """)
  void subjects_and_verbs_of_speech(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The governor changed his plan on the spot – saying the convoy would leave at dawn instead.       | saying | The governor | the convoy would leave at dawn instead
      While saying that he respects the mayor, he questioned the mayor's handling of the evacuation.  | saying | he           | he respects the mayor
      The envoy gave a grim account of the talks, while saying that a ceasefire was still possible.  | saying | The envoy    | a ceasefire was still possible
      """)
  void participles_set_off_by_a_dash_or_opened_by_while(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The general toured the front on Tuesday and called the defence line “unbreakable.”              | called  | The general                   | the defence line “unbreakable
      The mayor has been touring the shelters, calling the evacuation plan a failure.                 | calling | The mayor                     | the evacuation plan a failure
      The candidates went further, with former Defence Minister Oleh Petrenko calling the deal a trap. | calling | former Defence Minister Oleh Petrenko | the deal a trap
      """)
  void naming_verbs_report_what_the_speaker_called_something(String sentence, String cue, String speaker,
                                                             String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @Test
  void a_known_name_right_before_a_reporting_participle_speaks() {
    String s = "The panel will be asked about Pope Francis calling the truce a duty of every Christian.";
    Layers layers = new Layers(s).entity("e1", dev.scrutiny.entities.EntityType.PERSON, "Pope Francis",
        java.util.List.of(), "Pope Francis");
    java.util.List<Claim> claims = new ClaimAnalyzer().analyze(layers.analysis()).stream().filter(Claim::attributed)
        .toList();
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(text(s, c.speaker())).isEqualTo("Pope Francis");
      assertThat(text(s, c.content())).isEqualTo("the truce a duty of every Christian");
    });
    // a capitalised phrase the entity layer does not know as a person or organisation is no speaker
    assertThat(attributed(s)).isEmpty();
  }

  @Test
  void a_participle_after_and_continues_the_participle_before_it() {
    String s = "The governor opened the briefing with a warning, calling the strikes deliberate and vowing to rebuild "
        + "the bridge by spring.";
    assertStatement(s, "calling", "The governor", "the strikes deliberate");
    assertStatement(s, "vowing", "The governor", "to rebuild the bridge by spring");
    // "called off" names nothing
    assertThat(attributed("The general visited the troops and called off the parade for the second time."))
        .isEmpty();
  }

  @Test
  void a_subject_that_cannot_speak_needs_a_verb_of_speech() {
    assertThat(attributed("The map showed the front had moved ten kilometres west.")).isEmpty();
    assertThat(attributed("Much of the debate about the budget said little about the war.")).isEmpty();
  }

  @Test
  void a_cue_word_after_neither_either_each_or_every_is_a_noun() {
    assertThat(attributed("Neither claim could be independently verified by reporters.")).isEmpty();
    assertThat(attributed("Each report could not be confirmed by the agency.")).isEmpty();
    assertThat(attributed("Every comment was removed from the page within an hour.")).isEmpty();
  }

  @Test
  void state_and_states_are_verbs_only_before_that_a_colon_a_quotation_or_the_end() {
    assertThat(attributed("In the Baltic states, the ministry is counting on new air defences.")).isEmpty();
    assertThat(attributed("The coalition has won several states: Bavaria, Saxony and Hesse.")).isEmpty();
    // the noun after a quotation or before another noun is no cue of the quote rules either
    assertThat(attributed("The \"quick response\" of the state emergency service saved the bridge.")).isEmpty();
    assertThat(attributed("The decree, \"to protect the grid,\" covers many state workers in Odesa.")).isEmpty();
    assertThat(attributed("Kyiv pressed member states to adopt the \"tenth package\" before June.")).isEmpty();
    assertStatement("The ministry states that no troops may cross the river.", "states", "The ministry",
        "no troops may cross the river");
    String aside = "The Executive Order states, in part, that no exports may pass the border.";
    assertThat(attributed(aside))
        .anySatisfy(c -> assertThat(text(aside, c.content())).isEqualTo("no exports may pass the border"));
  }

  @Test
  void a_cue_word_after_a_name_used_as_a_modifier_is_a_noun() {
    assertThat(attributed("He spoke on the MSNBC show “Morning Joe” about the war.")).isEmpty();
    assertThat(attributed("In a Telegram post on Friday the mayor listed the streets without power.")).isEmpty();
  }

  @Test
  void called_after_an_indefinite_noun_gives_its_name() {
    assertThat(attributed("A new volunteer group called Mothers for Peace is collecting supplies for the front."))
        .isEmpty();
    assertStatement("The minister called Kyiv's proposal a provocation.", "called", "The minister",
        "Kyiv's proposal a provocation");
  }

  @Test
  void said_in_set_phrases_reports_nothing() {
    assertThat(attributed("Ending the war is easier said than done in the current climate.")).isEmpty();
    assertThat(attributed("Having said that, the talks will continue next week.")).isEmpty();
  }

  @Test
  void finding_oneself_somewhere_finds_nothing_out() {
    assertThat(attributed("The minister found himself at the centre of the procurement scandal.")).isEmpty();
    assertStatement("The inspectors found the shelter had no ventilation.", "found", "The inspectors",
        "the shelter had no ventilation");
  }

  @Test
  void an_object_pronoun_after_other_verbs_is_whom_it_was_said_to() {
    assertThat(attributed("The governor told him about the convoy before noon.")).isEmpty();
    assertThat(attributed("The governor asked them about the convoy before noon.")).isEmpty();
  }

  /** Attributed statements of the whole default pipeline, whose entities resolve pronouns to speakers. */
  private static java.util.List<Claim> pipelineClaims(String text) {
    return dev.scrutiny.Scrutiny.defaultPipeline()
        .run(dev.scrutiny.article.Article.builder("t", text).language("en").build())
        .items(Claim.LAYER).stream().filter(Claim::attributed).toList();
  }

  @Test
  void a_place_after_a_preposition_is_where_the_speaker_is_not_who_speaks() {
    assertThat(pipelineClaims("Officials in Kharkiv said the shelling continued until dawn.")).singleElement()
        .satisfies(c -> {
          assertThat(c.speakerName()).isEqualTo("Officials in Kharkiv");
          assertThat(c.speakerEntityId()).isNull();
          assertThat(c.speakerType()).isEqualTo(SpeakerType.ANONYMOUS);
        });
    assertThat(pipelineClaims("The President of Romania said the border crossing would stay open.")).singleElement()
        .satisfies(c -> {
          assertThat(c.speakerName()).isEqualTo("President of Romania");
          assertThat(c.speakerType()).isEqualTo(SpeakerType.PERSON);
        });
    // a place that is the speaker itself still resolves
    assertThat(pipelineClaims("Kharkiv said the shelling continued until dawn.")).singleElement()
        .satisfies(c -> assertThat(c.speakerEntityId()).isNotNull());
  }

  @Test
  void a_speaker_s_belief_inside_their_own_statement_is_not_a_second_statement() {
    String own = "Dmytro Kuleba said on Monday that he believes the talks will resume next week.";
    assertThat(pipelineClaims(own)).singleElement().satisfies(c -> {
      assertThat(text(own, c.cue().span())).isEqualTo("said");
      assertThat(text(own, c.content())).isEqualTo("he believes the talks will resume next week");
    });
    // another speaker's belief inside a statement stays a statement of its own
    String other = "Dmytro Kuleba said on Monday that Antony Blinken believes the talks will resume next week.";
    assertThat(pipelineClaims(other)).extracting(c -> text(other, c.cue().span()))
        .containsExactlyInAnyOrder("said", "believes");
  }

  @Test
  void only_a_verb_of_saying_puts_its_speaker_after_it() {
    String said = "Two bridges over the river were destroyed overnight, said the regional governor.";
    assertThat(text(said, byCue(said, "said").speaker())).isEqualTo("the regional governor");
    String wrote = "The convoy reached the city before dawn, wrote the newspaper's correspondent.";
    assertThat(text(wrote, byCue(wrote, "wrote").speaker())).isEqualTo("the newspaper's correspondent");
    // after other cues the phrase is their object, not a speaker
    assertThat(attributed("The former candidate Anna Petrenko, who on Tuesday endorsed the mayor.")).isEmpty();
    assertThat(attributed("The general staff met on Monday, a week after the summit, and criticized the plan."))
        .noneMatch(c -> c.speaker() != null && text("The general staff met on Monday, a week after the summit, "
            + "and criticized the plan.", c.speaker()).equals("the plan"));
  }

  @Test
  void a_second_verb_after_and_attributes_only_as_a_verb_of_speech_or_with_that() {
    assertThat(attributed("The two leaders held a frank and detailed exchange on the grain corridor.")).isEmpty();
    assertThat(attributed("The delegations met in Minsk and showed their readiness for a ceasefire.")).isEmpty();
    String s = "The delegates met in Minsk and agreed that the corridor would reopen.";
    assertThat(text(s, byCue(s, "agreed").speaker())).isEqualTo("The delegates");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Unfortunately, we cannot say that the talks made progress this week. | we
      No one has ever said that the bridge could be rebuilt in a month.    | No one
      """)
  void modals_and_adverbs_are_no_part_of_the_subject(String sentence, String speaker) {
    assertThat(attributed(sentence)).allSatisfy(c -> assertThat(text(sentence, c.speaker())).isEqualTo(speaker));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      “The line held through the night," the commander said.               | The line held through the night | the commander
      "The line held through the night,” the commander said.               | The line held through the night | the commander
      “The bridge is gone for good,” said a person close to the governor.  | The bridge is gone for good     | a person
      """)
  void quotations_with_mixed_marks_and_modified_speakers(String sentence, String content, String speaker) {
    Claim c = byCue(sentence, "said");
    assertThat(text(sentence, c.content())).isEqualTo(content);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
  }

  @Test
  void a_quoted_title_is_no_quotation_and_leaves_the_cue_to_the_sentence() {
    String s = "On Rossiya 1’s “Evening News,” the presenter said the strikes would go on all winter.";
    Claim c = byCue(s, "said");
    assertThat(text(s, c.speaker())).isEqualTo("the presenter");
    assertThat(text(s, c.content())).isEqualTo("the strikes would go on all winter");
  }
}
