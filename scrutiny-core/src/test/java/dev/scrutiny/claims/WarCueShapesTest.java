package dev.scrutiny.claims;

import static dev.scrutiny.claims.CueClaims.attributed;
import static dev.scrutiny.claims.CueClaims.byCue;
import static dev.scrutiny.claims.CueClaims.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attribution cues that war reporting uses: participles, report nouns, praise and blame, outlets, owned reports. */
class WarCueShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A commander of the unit, writing that the line held, asked for more shells.          | writing    | A commander of the unit | the line held
      The deputy mayor, noting that the water supply had failed, ordered an evacuation.    | noting     | The deputy mayor        | the water supply had failed
      The governor spoke to reporters on Monday, adding that two bridges were destroyed.   | adding     | The governor            | two bridges were destroyed
      The regional police chief visited the village, noting a 'wave of anger among the residents'. | noting | The regional police chief | a 'wave of anger among the residents'
      The general delivered a report to the minister confirming that the bridge had fallen. | confirming | The general             | the bridge had fallen
      The ministry issued a statement saying that the convoy was hit by drones.            | saying     | The ministry            | the convoy was hit by drones
      The governor posted a message on Telegram claiming that the fire was under control.  | claiming   | The governor            | the fire was under control
      Zelensky posted a video on Telegram saying the city would hold.                      | saying     | Zelensky                | the city would hold
      The mayor published a statement on Sunday adding that the metro would stay closed.   | adding     | The mayor               | the metro would stay closed
      Zelensky, writing that the line held, asked for more shells.                         | writing    | Zelensky                | the line held
      The regional governor, Vadym Filashkin, addressed residents, noting a 'wave of anger'. | noting    | The regional governor   | a 'wave of anger'
      The governor, Oleh Kiper, toured the port and said two cranes were hit.              | said       | The governor            | two cranes were hit
      """)
  void participles_after_the_subject_and_after_report_nouns(String sentence, String cue, String speaker,
                                                           String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  /** The statement {@code cue} makes in {@code sentence} has this speaker and content, word for word. */
  private static void assertStatement(String sentence, String cue, String speaker, String content) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ministry said no civilians were hurt in the strike.              | no civilians were hurt in the strike
      A senior official said no decision had been made on the tanks.      | no decision had been made on the tanks
      The governor said no one was killed.                                  | no one was killed
      """)
  void no_opening_a_clause_is_a_statement(String sentence, String content) {
    assertThat(text(sentence, byCue(sentence, "said").content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The minister said no, according to aides.
      The minister said no to the offer.
      """)
  void no_as_an_answer_is_no_statement_of_the_cue(String sentence) {
    assertThat(attributed(sentence)).noneMatch(c -> c.cue() != null && text(sentence, c.cue().span()).equals("said"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The senator decried the shelling of the hospital and demanded an inquiry.   | decried   | the shelling of the hospital
      Kasich offered the retired colonel a post and promised him a medal.          | offered   | the retired colonel a post
      The ministry said the troops advanced and captured the village.              | said      | the troops advanced and captured the village
      The governor denounced the armed groups and the organised gangs.             | denounced | the armed groups and the organised gangs
      """)
  void an_object_ends_before_a_second_verb_of_the_same_subject(String sentence, String cue, String content) {
    assertThat(text(sentence, byCue(sentence, cue).content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Later on Sunday, the governor posted a photo of the bridge, writing that the repairs had begun.  | writing    | the governor
      In Kharkiv, the regional governor released a statement saying that the school had been hit.     | saying     | the regional governor
      Then she toured the shelter, saying that the families would be moved by Friday.                  | saying     | she
      Instead, Mayor Oleh Syniehubov spoke to reporters, adding that the metro stations stayed open.   | adding     | Mayor Oleh Syniehubov
      When the minister finally took questions, he defended the decision, arguing that it saved lives. | arguing    | he
      """)
  void an_opening_adverbial_is_no_speaker_of_the_participle(String sentence, String cue, String speaker) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
  }

  @Test
  void a_participle_before_its_subject_gets_no_speaker_from_the_opening() {
    // the judge speaks, but after the report; the opening participle is not a name
    String t = "Having announced that the hearing would be postponed, Judge Kovalenko left the courtroom.";
    assertThat(attributed(t)).noneMatch(c -> c.speaker() != null && text(t, c.speaker()).startsWith("Having"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Dmitry Medvedev threatened to strike government buildings in Kyiv.        | threatened | Dmitry Medvedev          | to strike government buildings in Kyiv
      Zelensky vowed to retake every village in the region.                      | vowed      | Zelensky                 | to retake every village in the region
      A spokesman for the ministry declined to comment on the losses.            | declined   | A spokesman for the ministry | to comment on the losses
      The governor refused to say whether the evacuation would continue.         | refused    | The governor             | to say whether the evacuation would continue
      Moscow agreed to extend the grain corridor for another 60 days.            | agreed     | Moscow                   | to extend the grain corridor for another 60 days
      """)
  void a_commitment_threat_or_refusal_attributes_its_infinitive(String sentence, String cue, String speaker,
                                                                 String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hungary wants to block the new sanctions package.                          | wants      | Hungary                  | to block the new sanctions package
      The Kremlin sought to play down the losses near Avdiivka.                  | sought     | The Kremlin              | to play down the losses near Avdiivka
      Kyiv hopes to secure more air defence systems before the winter.           | hopes      | Kyiv                     | to secure more air defence systems before the winter
      """)
  void a_wish_attributes_its_infinitive(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The governor vowed to rebuild the bridge by spring, two officials said on Thursday.   | vowed      | to rebuild the bridge by spring
      The ministry said that the convoy was hit near the border, two officials added.       | said       | the convoy was hit near the border
      The army threatened to strike the depots, while Kyiv promised to retake the town.     | threatened | to strike the depots
      The army said that the bridge held, but again, officials reported that the road was cut. | said     | the bridge held
      The ministry said the town, residents reported, was empty.                           | said       | the town, residents reported, was empty
      The ministry said that Kyiv promised to retake the town.                              | said       | Kyiv promised to retake the town
      """)
  void a_statement_ends_before_another_speakers_attribution_after_a_comma(String sentence, String cue,
                                                                          String content) {
    assertThat(text(sentence, byCue(sentence, cue).content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Moscow sees the expansion of the alliance as a direct threat.              | sees       | Moscow                   | the expansion of the alliance as a direct threat
      The governor regards the evacuation of the villages as complete.           | regards    | The governor             | the evacuation of the villages as complete
      Most residents view the ceasefire and the talks as a trap.                 | view       | Most residents           | the ceasefire and the talks as a trap
      """)
  void a_view_with_an_object_and_as_attributes_both(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The governor saw the damage in Izium on Monday.
      We will see as the talks go on in Istanbul.
      The crews saw the convoy as soon as it left the bridge.
      """)
  void seeing_without_an_object_and_as_states_no_view(String sentence) {
    assertThat(attributed(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I want to thank the crews who restored power in the district.
      We would like to stress the role of the volunteers in the city.
      I want to specifically mention the engineers of the power plant.
      We want to make it clear to our partners in the region.
      What the rival commanders wanted to achieve never happened.
      The villages where the families want to live are still under fire.
      If anyone wants to reach the port, the road through the valley is open.
      """)
  void a_performative_or_a_named_wish_is_no_statement(String sentence) {
    assertThat(attributed(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Satellite images taken on Tuesday showed that the bridge had collapsed.                | showed | Satellite images taken on Tuesday | the bridge had collapsed
      Footage posted on Telegram shows that the tanks were moving west.                      | shows  | Footage posted on Telegram        | the tanks were moving west
      Data released by the UN on Monday show that 4,000 civilians were killed.               | show   | Data released by the UN on Monday | 4,000 civilians were killed
      A survey conducted by the Kyiv International Institute of Sociology showed that most rejected concessions. | showed | A survey conducted by the Kyiv International Institute of Sociology | most rejected concessions
      """)
  void a_source_of_evidence_described_by_a_participle_speaks_whole(String sentence, String cue, String speaker,
                                                                    String content) {
    assertStatement(sentence, cue, speaker, content);
    // the participle that describes the source reports nothing of its own ("posted … that the tanks …")
    assertThat(attributed(sentence)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The two sides agreed to a ceasefire along the river.
      The mayor offered to the families a place in the shelter.
      Kyiv refused to Russia any role in the talks.
      """)
  void to_before_a_noun_phrase_is_no_infinitive(String sentence) {
    assertThat(attributed(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The president publicly praised the crews as 'heroes' of the air defence.         | praised   | The president        | LOADED_OR_NEUTRAL
      The foreign ministry blamed Kyiv for the strike on the market.                   | blamed    | The foreign ministry | LOADED
      Moscow accused Ukraine of shelling the power plant overnight.                    | accused   | Moscow               | LOADED
      The mayor thanked the volunteers for restoring power in the district.            | thanked   | The mayor            | NEUTRAL
      The European Union condemned the attack on the hospital as a war crime.          | condemned | The European Union   | LOADED
      """)
  void praise_and_blame_attribute_their_object(String sentence, String cue, String speaker, String stance) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
    assertThat(text(sentence, c.content())).startsWith(sentence.substring(sentence.indexOf(cue) + cue.length() + 1,
        sentence.indexOf(cue) + cue.length() + 5));
    if (!stance.equals("LOADED_OR_NEUTRAL")) {
      assertThat(c.stance()).hasToString(stance);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      TASS reported that the village had been captured by noon.                  | reported     | TASS
      The shelling continued overnight, according to Reuters.                    | according to | Reuters
      The Kyiv Independent wrote that the dam had been mined weeks earlier.      | wrote        | Kyiv Independent
      A headline in Izvestia claimed that the offensive had stalled.             | claimed      | Izvestia
      A report by Ukrinform said that the ferry had been sunk.                   | said         | Ukrinform
      """)
  void outlets_speak_as_media(String sentence, String cue, String name) {
    Claim c = byCue(sentence, cue);
    assertThat(c.speakerType()).isEqualTo(SpeakerType.MEDIA);
    assertThat(c.speakerName()).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The governor's statement stressed that the evacuation would continue.          | stressed   | governor                  | the evacuation would continue
      The defence ministry's report noted that forty drones had been launched.       | noted      | defence ministry          | forty drones had been launched
      Zelensky's address emphasized the need for more air defence systems.           | emphasized | Zelensky                  | the need for more air defence systems
      """)
  void an_owned_report_is_spoken_by_its_owner(String sentence, String cue, String name, String content) {
    Claim c = byCue(sentence, cue);
    assertThat(c.speakerName()).containsIgnoringCase(name);
    assertThat(c.speakerName()).doesNotContain("statement").doesNotContain("report").doesNotContain("address");
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A headline in Izvestia read “Kursk is liberated from the enemy”.          | read  | Izvestia           | Kursk is liberated from the enemy
      The ministry's statement read: “The enemy retreated from the village.”    | read  | ministry           | The enemy retreated from the village.
      The banner on the town hall read “Glory to the defenders of the city”.    | read  | banner             | Glory to the defenders of the city
      The leaflets, dropped over Kherson, read “Surrender and you will live”.   | read  | leaflets           | Surrender and you will live
      “No entry beyond this point, by order of the commandant,” the sign read.  | read  | sign               | No entry beyond this point, by order of the commandant
      """)
  void a_text_reads_what_it_says(String sentence, String cue, String name, String content) {
    Claim c = byCue(sentence, cue);
    assertThat(c.speakerName()).containsIgnoringCase(name);
    assertThat(text(sentence, c.content()).replaceAll("^[“\"]|[”\"]$", "")).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      He read “War and Peace” twice during the siege.
      I read that the army had retreated from the river.
      As the judge read his decision, the defendant stayed silent.
      The commander read the order to the assembled troops.
      """)
  void a_person_reading_is_no_statement(String sentence) {
    assertThat(attributed(sentence)).noneMatch(c -> c.cue() != null && c.cue().lemma().equals("read"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The retreat did not surprise the military analyst Mykola Bielieskov: “The brigade had been stretched thin for weeks.” | Mykola Bielieskov | The brigade had been stretched thin for weeks.
      Kharkiv was hit again overnight, the latest word from Governor Oleh Syniehubov: “Stay in the shelters until the all-clear.” | Oleh Syniehubov | Stay in the shelters until the all-clear.
      """)
  void a_name_before_the_colon_of_a_quotation_speaks_it(String sentence, String name, String content) {
    List<Claim> found = withPerson(sentence, name).stream()
        .filter(x -> x.cue() != null && x.cue().lemma().equals(":")).toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).speakerName()).isEqualTo(name);
    assertThat(text(sentence, found.get(0).content())).isEqualTo(content);
  }

  /** The attributed statements of {@code sentence} when the entity layer names the person {@code name} in it. */
  private static List<Claim> withPerson(String sentence, String name) {
    return new ClaimAnalyzer().analyze(new Layers(sentence).entity("p1", EntityType.PERSON, name, List.of(), name)
        .analysis()).stream().filter(Claim::attributed).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The president sent a message to Joe Biden: “We need more air defence before the winter.”   | Joe Biden
      The minister wrote a letter to his colleague Radek Sikorski: “Open the border crossings again.” | Radek Sikorski
      """)
  void a_name_the_quotation_is_addressed_to_does_not_speak_it(String sentence, String name) {
    assertThat(withPerson(sentence, name)).noneMatch(c -> c.speakerName().equals(name));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Zelensky sent a message to the summit in Vilnius. The message read: “Ukraine needs a clear signal.”     | read | Zelensky
      The defence ministry issued a statement on Tuesday. The statement said that two brigades had withdrawn. | said | defence ministry
      The governor released a statement. Crews worked overnight. The statement said that power was restored.  | said | governor
      """)
  void the_statement_put_out_before_speaks_for_who_put_it_out(String text, String cue, String name) {
    assertThat(byCue(text, cue).speakerName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The statement said that two brigades had withdrawn to new positions.
      Zelensky spoke at the summit. The message said that Ukraine needs a clear signal.
      """)
  void a_statement_nobody_put_out_speaks_for_itself(String text) {
    assertThat(byCue(text, "said").speakerName()).isIn("statement", "message");
  }

  @Test
  void a_report_noun_as_object_is_no_statement_but_the_participle_after_it_is() {
    String t = "The mayor posted a video on Sunday, noting a 'wave of anger among the residents' after the shelling.";
    assertThat(attributed(t)).singleElement().satisfies(c -> {
      assertThat(text(t, c.cue().span())).isEqualTo("noting");
      assertThat(text(t, c.speaker())).isEqualTo("The mayor");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      TASS quoted Deputy Defence Minister Yunus-Bek Yevkurov as saying that the talks would continue. | Deputy Defence Minister Yunus-Bek Yevkurov | the talks would continue
      Russian state media quoted the ministry as saying the village had been taken.                  | the ministry                               | the village had been taken
      The mayor was quoted by Interfax as saying that the power plant was safe.                     | The mayor                                  | the power plant was safe
      The agency, quoting a source in the ministry, said the convoy had turned back.                 | The agency                                 | the convoy had turned back
      """)
  void whom_an_outlet_quotes_speaks(String sentence, String speaker, String content) {
    assertThat(attributed(sentence)).singleElement().satisfies(c -> {
      assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
      assertThat(text(sentence, c.content())).isEqualTo(content);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The governor told Reuters the convoy had turned back at the border.           | the convoy had turned back at the border
      Peskov told reporters the talks had stalled.                                   | the talks had stalled
      A commander told the BBC his unit had not been resupplied for weeks.           | his unit had not been resupplied for weeks
      The governor told local television the shelling had stopped by noon.          | the shelling had stopped by noon
      The officer told the court he had followed the orders of his commander.       | he had followed the orders of his commander
      The spokesman told me the bridge had been hit twice.                           | the bridge had been hit twice
      """)
  void the_listener_of_tell_is_no_part_of_what_was_said(String sentence, String content) {
    Claim c = byCue(sentence, "told");
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  @Test
  void a_listener_with_a_name_of_several_words_stays_whole() {
    String t = "The minister informed Mario Draghi about the plan to reopen the port.";
    assertThat(attributed(t)).noneMatch(c -> text(t, c.content()).startsWith("Draghi"));
  }

  @Test
  void a_statement_put_out_before_a_colon_speaks_for_the_subject() {
    String t = "The ministry released the following statement: “The strike hit a fuel depot near the port.”";
    assertThat(attributed(t)).singleElement().satisfies(c -> {
      assertThat(text(t, c.speaker())).isEqualTo("The ministry");
      assertThat(text(t, c.cue().span())).isEqualTo("released the following statement");
      assertThat(text(t, c.content())).isEqualTo("The strike hit a fuel depot near the port.");
      assertThat(c.rule()).isEqualTo(LeadQuoteRule.RULE);
    });
    // a statement that is the object of something else puts nothing out
    String other = "The reporters read the following statement: “The strike hit a fuel depot.”";
    assertThat(attributed(other)).noneMatch(c -> c.cue() != null && text(other, c.cue().span()).contains("statement"));
  }

  @Test
  void participles_that_report_nothing_stay_unattributed() {
    // a participle of a non-speaker subject, and a participle not after a comma or report noun
    assertThat(attributed("The strike destroyed the bridge, showing how exposed the crossing was.")).isEmpty();
    assertThat(attributed("Soldiers walking past the school saw the crater.")).isEmpty();
    // participles that are no reports, after a clause or a fronted phrase
    assertThat(attributed("On the northern island, defending it to the last, the garrison held out for a week."))
        .isEmpty();
    assertThat(attributed("It is better now, demanding an end to the war, to lose something than everything."))
        .isEmpty();
    assertThat(attributed("The region is important to us, considering that the river carries most of our grain."))
        .isEmpty();
    assertThat(attributed("The union keeps to its course, defending the interests of the farmers.")).isEmpty();
    // after a report noun and a phrase, a participle that is no verb of saying needs "that"
    assertThat(attributed("The general delivered a report to the minister confirming the new budget.")).isEmpty();
    // a report noun far from the participle, behind a comma, does not license it
    assertThat(attributed("The report arrived late, and the convoy kept moving, leaving the town at dawn.")).isEmpty();
  }
}
