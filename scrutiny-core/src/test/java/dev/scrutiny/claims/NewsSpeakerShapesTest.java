package dev.scrutiny.claims;

import static dev.scrutiny.claims.CueClaims.assertStatement;
import static dev.scrutiny.claims.CueClaims.attributed;
import static dev.scrutiny.claims.CueClaims.byCue;
import static dev.scrutiny.claims.CueClaims.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speakers that wire copy names in ways the simpler readings missed: long appositives after a quotation,
 * anonymous sources after the cue or with a modifier, circumstances between subject and cue, listeners
 * after "told".
 */
class NewsSpeakerShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "The line is holding," Oleh Petrenko, the deputy commander of the eastern brigade, said.          | Oleh Petrenko      | The line is holding
      ''We wanted to keep the plant running,'' Iryna Bondar, the director of the regional grid, said on Monday. | Iryna Bondar | We wanted to keep the plant running
      "The convoy turned back at the border," said one Western official.                               | one Western official | The convoy turned back at the border
      "Nobody expected the dam to fail so quickly," said a Ukrainian engineer.                         | a Ukrainian engineer | Nobody expected the dam to fail so quickly
      "It is a war of drones now," says the film's narrator.                                           | film's narrator    | It is a war of drones now
      "The plant will close in May," a company executive tells employees.                              | a company executive | The plant will close in May
      "We will rebuild the school by autumn," a local tycoon tells the crowd.                          | a local tycoon     | We will rebuild the school by autumn
      """)
  void quotations_with_long_or_anonymous_speakers(String sentence, String speaker, String content) {
    Claim c = attributed(sentence).getFirst();
    assertThat(text(sentence, c.speaker())).endsWith(speaker);
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A person familiar with the talks said the ceasefire would start on Friday.         | said | A person familiar with the talks
      A source close to the negotiations says the exchange of prisoners has been postponed. | says | A source close to the negotiations
      People with direct knowledge of the deal said that the grain would ship in May.     | said | People with direct knowledge of the deal
      The governor, during a visit to Kherson, said the ferry would resume on Monday.     | said | The governor
      Zelensky, speaking to reporters in Kyiv, said the air defence had held overnight.  | said | Zelensky
      Oleh Syniehubov, the head of the regional administration, toured the site and said two schools were damaged. | said | Oleh Syniehubov
      """)
  void speakers_with_modifiers_and_circumstances(String sentence, String cue, String speaker) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bridge was closed for repairs, the mayor told reporters.         | the mayor     | The bridge was closed for repairs
      The shelling will not stop the harvest, several farmers said.       | several farmers | The shelling will not stop the harvest
      The strike hit a fuel depot near the port, said several witnesses.  | several witnesses | The strike hit a fuel depot near the port
      """)
  void content_before_the_speaker(String sentence, String speaker, String content) {
    assertSpeakerAndContent(sentence, attributed(sentence).getFirst(), speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The mayor thanked Olena Shulyak, who toured the site and said the bridge would reopen in May.        | said    | who
      Speaking at a rally in Lviv, Western Ukraine, Sadovyi went after the governor, calling him a coward. | calling | Sadovyi
      He's comparing the new decree to last year's order and says Kyiv is flouting the law.              | says    | He
      (Reuters) - Zelensky visited the front on Thursday and said the line was holding.                  | said    | Zelensky
      """)
  void the_subject_a_conjoined_cue_or_a_participle_shares(String sentence, String cue, String speaker) {
    // "who" is the speaker's span, as "he" is: resolution names its antecedent
    assertThat(text(sentence, byCue(sentence, cue).speaker())).isEqualTo(speaker);
  }

  @Test
  void an_infinitive_of_purpose_is_the_subjects_statement() {
    assertStatement("Zelensky took to Telegram to say the line was holding.", "say", "Zelensky",
        "the line was holding");
    assertStatement("The mayor used the briefing to warn that the dam could fail.", "warn", "The mayor",
        "the dam could fail");
    // a plan, a refusal, a judgement or someone else's act is no statement
    for (String s : List.of("Kyiv declined to say how many drones were shot down.",
        "The minister is expected to announce the package on Friday.",
        "It is too early to say whether the dam will hold.",
        "The envoy asked them to explain the delay.")) {
      assertThat(attributed(s)).as(s).noneMatch(c -> c.cue() != null && c.cue().span().start() > s.indexOf(" to "));
    }
  }

  @Test
  void a_cue_word_used_as_a_noun_before_a_participle_names_no_speaker() {
    Claim c = byCue("Kuleba came back to Lavrov's attacks, asking the envoys to explain the shortages.",
        "asking");
    assertThat(c.speakerName()).isEqualTo("Kuleba");
  }

  @Test
  void he_and_she_refer_to_the_last_person_named_of_their_gender() {
    assertThat(speakerOf("Olena Zelenska visited the school with Volodymyr Zelensky. She said the children needed "
        + "shelters.", "Olena Zelenska", "Volodymyr Zelensky")).isEqualTo("Olena Zelenska");
    // the honorific tells, though the other name comes later
    assertThat(speakerOf("Mr. Budanov spoke before Hanna Maliar. Later he said the drones had come from the south.",
        "Budanov", "Hanna Maliar")).isEqualTo("Budanov");
    // no gender known: the last person named
    assertThat(speakerOf("Budanov spoke before Maliar. Later he said the drones had come from the south.",
        "Budanov", "Maliar")).isEqualTo("Maliar");
  }

  /** The speaker name of the one statement cued by "said" in {@code text}, each of {@code people} a person. */
  private static String speakerOf(String text, String... people) {
    Layers layers = new Layers(text);
    for (int i = 0; i < people.length; i++) {
      layers.entity("e" + (i + 1), EntityType.PERSON, people[i], List.of(), people[i]);
    }
    List<Claim> said = new ClaimAnalyzer().analyze(layers.analysis()).stream()
        .filter(c -> c.cue() != null && text(text, c.cue().span()).equals("said")).toList();
    assertThat(said).hasSize(1);
    return said.get(0).speakerName();
  }

  @Test
  void a_short_continuation_after_an_interrupting_cue() {
    String t = "This winter, the minister said, is different.";
    Claim c = byCue(t, "said");
    assertThat(c.contentParts()).extracting(p -> text(t, p)).containsExactly("This winter", "is different");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Officials said more than 2,000 homes were without power after the strike. | said   | more than 2,000 homes were without power after the strike
      Moscow has repeatedly denied targeting civilians.                         | denied | targeting civilians
      """)
  void more_than_a_figure_and_a_denied_gerund_are_statements(String sentence, String cue, String content) {
    assertThat(text(sentence, byCue(sentence, cue).content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Before we turn to the agenda, I would like to say the following.                   | following
      The forecasts were wrong, to say the least.                                          | least
      You may not like some of these questions, and I may not be glad to ask some of them.  | some of them
      """)
  void infinitives_name_no_speaker_after_them(String sentence, String notSpeaker) {
    assertThat(attributed(sentence)).noneMatch(c -> c.speaker() != null
        && text(sentence, c.speaker()).equals(notSpeaker));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The envoy called the plan "a trap" but described the talks as "a step forward."              | the talks
      The mayor called the attack "barbaric" and said his city was ready for the winter.           | his city
      """)
  void an_object_after_a_verb_is_no_speaker(String sentence, String notSpeaker) {
    assertThat(attributed(sentence)).noneMatch(c -> c.speaker() != null
        && text(sentence, c.speaker()).startsWith(notSpeaker));
  }

  @Test
  void a_cue_in_a_clause_after_the_quotation_is_not_its_cue() {
    String t = "The commander admitted on television \"it will be very hard to hold the town\" if he continues to lose men.";
    assertThat(attributed(t)).noneMatch(c -> c.speaker() != null && text(t, c.speaker()).equals("he"));
  }

  @Test
  void two_names_joined_by_and_speak_together() {
    String t = "\"A cash grant would help families stay,\" Oleg Ustenko and Simon Johnson noted.";
    Claim c = byCue(t, "noted");
    assertThat(c.rule()).isEqualTo(QuoteCueRule.RULE);
    assertThat(text(t, c.content())).isEqualTo("A cash grant would help families stay");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      KYIV (Reuters) - President Zelensky met survivors of the strike and said the hospital would be rebuilt. | President Zelensky | the hospital would be rebuilt
      DONETSK, Ukraine — The separatist leader toured the plant and said it would reopen in spring.           | The separatist leader | it would reopen in spring
      More than six in 10 said they expected the war to last another year.                                    | More than six in 10 | they expected the war to last another year
      About 4 in 10 say the sanctions have hurt their families.                                                | About 4 in 10 | the sanctions have hurt their families
      The minister said that, despite the shelling, the grain corridor would stay open.                      | The minister | despite the shelling, the grain corridor would stay open
      The general says no matter how long the siege lasts, the garrison will hold.                            | The general | no matter how long the siege lasts, the garrison will hold
      The mayor said at least 12 people were killed in the strike on the market.                             | The mayor | at least 12 people were killed in the strike on the market
      """)
  void datelines_poll_shares_and_openings_of_the_content(String sentence, String speaker, String content) {
    assertSpeakerAndContent(sentence, attributed(sentence).getFirst(), speaker, content);
  }

  @Test
  void a_capitalised_opening_without_a_dash_is_the_subject_not_a_dateline() {
    String t = "NATO officials said the drills would go ahead in May.";
    assertThat(text(t, byCue(t, "said").speaker())).isEqualTo("NATO officials");
  }

  @Test
  void an_appositive_with_a_relative_clause_still_names_its_speaker() {
    String t = "Shane Fox, a drone expert who has studied the wreckage, said the engine was Iranian.";
    assertThat(text(t, byCue(t, "said").speaker())).isEqualTo("Shane Fox");
  }

  @Test
  void a_statement_ends_where_the_same_speakers_next_cue_begins() {
    String t = "The governor thanked the rescuers for their work and said the dam would be repaired by spring.";
    assertThat(text(t, byCue(t, "thanked").content())).isEqualTo("the rescuers for their work");
    assertThat(text(t, byCue(t, "said").content())).isEqualTo("the dam would be repaired by spring");
  }

  @Test
  void too_little_before_the_next_cue_leaves_only_the_later_statement() {
    String t = "The Kremlin rejected it, saying the conditions set by Kyiv were detached from reality.";
    assertThat(attributed(t)).extracting(c -> text(t, c.content()))
        .containsExactly("the conditions set by Kyiv were detached from reality");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Even if the depot burned, most of its fuel would be moved by rail, said Oleksiy Kuleba, who visited the site. | Oleksiy Kuleba | Even if the depot burned, most of its fuel would be moved by rail
      Three people were killed, the head of the regional military administration, Oleh Syniehubov, said.        | Oleh Syniehubov | Three people were killed
      """)
  void clauses_and_descriptions_around_a_name_after_the_statement(String sentence, String speaker, String content) {
    assertSpeakerAndContent(sentence, byCue(sentence, "said"), speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The bridge held for a week, a local commander wrote, adding that the shelling never stopped.   | The bridge held for a week
      Russian forces advanced west of the town, the ministry said, referring to it by its Soviet name. | Russian forces advanced west of the town
      The convoy reached the port, the agency reported, and the grain was unloaded the next day.     | The convoy reached the port
      """)
  void a_participle_or_and_after_the_cue_is_no_second_part(String sentence, String content) {
    Claim c = attributed(sentence).getFirst();
    assertThat(c.contentParts()).extracting(p -> text(sentence, p)).containsExactly(content);
  }

  @Test
  void a_circumstance_after_an_inverted_cue_is_no_statement() {
    String t = "\"Boots on the ground\" would be needed, the candidate said after the attacks.";
    assertThat(attributed(t)).isNotEmpty().extracting(c -> text(t, c.content()))
        .noneMatch(content -> content.startsWith("after"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      In a speech last July, the governor said the port would reopen by winter.   | In a speech last July
      Then, last week, the mayor called the strike a war crime.                    | Then, last week
      """)
  void an_opening_adverbial_is_no_statement_before_the_cue(String sentence, String adverbial) {
    assertThat(attributed(sentence)).extracting(c -> text(sentence, c.content())).doesNotContain(adverbial);
  }

  private static void assertSpeakerAndContent(String sentence, Claim c, String speaker, String content) {
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
    assertThat(text(sentence, c.content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The minister said on Tuesday, in a televised address, that the grain corridor would stay open. | the grain corridor would stay open
      He said, twice, that the bridge had been hit by the same battery.                            | the bridge had been hit by the same battery
      """)
  void that_after_a_phrase_set_off_by_commas(String sentence, String content) {
    assertThat(text(sentence, byCue(sentence, "said").content())).isEqualTo(content);
  }

  @Test
  void that_is_and_a_relative_that_open_no_statement() {
    String t = "I read their conversation, that went on for two hours, and said nothing.";
    assertThat(attributed(t)).extracting(c -> text(t, c.content())).noneMatch(c -> c.startsWith("went on"));
  }
}
