package dev.scrutiny.claims;

import static dev.scrutiny.claims.CueClaims.assertStatement;
import static dev.scrutiny.claims.CueClaims.attributed;
import static dev.scrutiny.claims.CueClaims.byCue;
import static dev.scrutiny.claims.CueClaims.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speakers that news reports wrap in relative clauses, commas and dashes, circumstances between a cue and its
 * content, shares of a poll, and the phrases that keep a source unnamed without stating anything.
 */
class SubjectShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A diplomat who requested anonymity said the talks had stalled.                                        | said  | A diplomat                | the talks had stalled
      Voters who have listened to his speeches said he had less magnetism now.                              | said  | Voters                    | he had less magnetism now
      Some voters who heard him, on television or at small rallies, said he had less magnetism now.         | said  | Some voters               | he had less magnetism now
      Several commanders, including Syrskyi, said the line held overnight.                                  | said  | Several commanders        | the line held overnight
      Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he was paid overtime.   | said  | Paul Porter               | he was paid overtime
      Oleh Petrenko, now 81 and retired in Lviv, Ukraine, said by telephone that he had been arrested twice. | said | Oleh Petrenko             | he had been arrested twice
      The Supreme Court justice -- who has been in a scuffle with the nominee -- said she regretted her remarks. | said | The Supreme Court justice | she regretted her remarks
      The governor - who previously said the city would hold - said at a briefing that the metro was closed. | said | The governor | the metro was closed
      Sen. Roy Blunt (R-Mo.), facing a stiff reelection challenge, noted that the campaign manager is from the state. | noted | Sen. Roy Blunt | the campaign manager is from the state
      A Ukrainian soldier who gave only his call sign, Grizzly, said the unit had run out of shells.      | said  | A Ukrainian soldier       | the unit had run out of shells
      A senior defence official, briefing reporters on condition of anonymity, said the depot was hit.  | said  | A senior defence official | the depot was hit
      10:45 a.m. Ukraine's air force said it shot down 40 drones overnight.                               | said  | Ukraine's air force       | it shot down 40 drones overnight
      Two officials familiar with the talks, speaking on condition of anonymity, said the offer was refused. | said | Two officials familiar with the talks | the offer was refused
      Western officials familiar with the intelligence, who spoke on condition of anonymity because they were not authorised to discuss it, said the strike had killed a general. | said | Western officials familiar with the intelligence | the strike had killed a general
      People close to the negotiations, speaking on condition of anonymity, said a deal was near.          | said  | People close to the negotiations | a deal was near
      People close to the president said the decision was final.                                        | said  | People close to the president | the decision was final
      Officials familiar with the Kremlin's thinking said the offer would be rejected.                   | said  | Officials familiar with the Kremlin's thinking | the offer would be rejected
      A source close to the ministry said the talks had stalled.                                        | said  | A source close to the ministry | the talks had stalled
      The mayor (pictured), said the shelters were full.                                                  | said  | The mayor                 | the shelters were full
      Sen. Jack Reed (D-R.I.), said after a briefing that he had not read the plan.                      | said  | Sen. Jack Reed            | he had not read the plan
      """)
  void subjects_with_relative_clauses_appositives_and_dashes(String sentence, String cue, String speaker,
                                                               String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Separatists backed by Russia said the ceasefire had collapsed.                   | said    | Separatists backed by Russia          | the ceasefire had collapsed
      Fighters loyal to Kadyrov claimed that the village was taken.                   | claimed | Fighters loyal to Kadyrov             | the village was taken
      Local authorities installed by Moscow reported that 12 people had been killed.  | reported | Local authorities installed by Moscow | 12 people had been killed
      """)
  void a_patron_named_in_the_subject_does_not_speak(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
    Claim c = byCue(sentence, cue);
    assertThat(c.speakerName()).isEqualTo(speaker);
    assertThat(c.speakerType()).isIn(SpeakerType.ANONYMOUS, SpeakerType.GOVERNMENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Satellite images reviewed by the Associated Press showed at least 20 destroyed aircraft.  | showed | Satellite images reviewed by the Associated Press
      A survey conducted by a Kyiv institute for the BBC found most respondents rejected any concessions. | found | A survey conducted by a Kyiv institute for the BBC
      """)
  void who_examined_or_ordered_the_evidence_does_not_speak(String sentence, String cue, String speaker) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
    assertThat(c.speakerName()).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Adelson said earlier on Friday during a news conference that he may wait until February.          | said | Adelson           | he may wait until February
      United Gun Group said in a statement Thursday night they pulled the listing from the site.        | said | United Gun Group  | they pulled the listing from the site
      The ministry said on Telegram the strike hit an ammunition depot near Donetsk.                    | said | The ministry      | the strike hit an ammunition depot near Donetsk
      Ina Kirsch told the AP her group never worked with the lobbyists.                                 | told | Ina Kirsch        | her group never worked with the lobbyists
      In an interview, Trump doubled down on his comments and said the judge had a conflict of interest. | said | Trump            | the judge had a conflict of interest
      An earlier report in a New Hampshire paper said that the senator had used the images of pastors.  | said | An earlier report in a New Hampshire paper | the senator had used the images of pastors
      """)
  void circumstances_and_listeners_between_cue_and_content(String sentence, String cue, String speaker,
                                                             String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The offensive, a commander told reporters, had stalled near the river.  | told  | a commander   | The offensive \u2016 had stalled near the river
      The offensive, the commander told them, had stalled near the river.     | told  | the commander | The offensive \u2016 had stalled near the river
      He added, though, that the front had held.                              | added | He            | the front had held
      Citing “obligations at home,” the spokeswoman told reporters that Gore plans to skip the festivities. | told | the spokeswoman | Gore plans to skip the festivities
      """)
  void listeners_and_asides_around_the_cue(String sentence, String cue, String speaker, String content) {
    Claim c = byCue(sentence, cue);
    assertThat(text(sentence, c.speaker())).isEqualTo(speaker);
    assertThat(String.join(" \u2016 ", c.contentParts().stream().map(p -> text(sentence, p)).toList()))
        .isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Support slipped, with 30 percent of voters saying they have a positive view of him.      | saying | 30 percent of voters | they have a positive view of him
      Most shrugged it off, with three in 10 saying the choice would not change their vote.    | saying | three in 10          | the choice would not change their vote
      According to early results of exit polls conducted for The Associated Press and television networks, nearly half of the voters were black. | According to | early results of exit polls conducted for The Associated Press and television networks | nearly half of the voters were black
      The strike drew condemnation, with the foreign ministry saying it violated the ceasefire. | saying | the foreign ministry | it violated the ceasefire
      Santorum turned on Cruz, with the campaign of the former senator from Pennsylvania saying Cruz was no conservative. | saying | the campaign of the former senator from Pennsylvania | Cruz was no conservative
      As reported by Reuters, the convoy turned back at the border.                            | As reported by | Reuters | the convoy turned back at the border
      As first reported by the Kyiv Independent, two bridges were destroyed overnight.         | As first reported by | the Kyiv Independent | two bridges were destroyed overnight
      Noting that the policy lets the group profit from oil, Trump said the president had failed. | Noting | Trump | the policy lets the group profit from oil
      In a survey by the Kyiv institute of sociology, most respondents rejected any concessions. | In | a survey by the Kyiv institute of sociology | most respondents rejected any concessions
      Footage from the scene shows that the bridge had collapsed.                                | shows | Footage from the scene | the bridge had collapsed
      A poll from the Rating group released Wednesday found support for the talks falling.       | found | A poll from the Rating group released Wednesday | support for the talks falling
      Officials at the scene said the building had been hit twice.                               | said  | Officials at the scene | the building had been hit twice
      """)
  void shares_sources_and_openings(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Zelensky's approval fell to 52 percent in the latest KIIS survey.                                     | latest KIIS survey | Zelensky's approval fell to 52 percent
      Trump leads Cruz by roughly 9 percentage points, 42%-32.7%, in the RealClearPolitics average of recent polls. | RealClearPolitics average of recent polls | Trump leads Cruz by roughly 9 percentage points, 42%-32.7%
      KYIV — Last spring, the mayor held a 20-point lead over his rival in a city poll.                   | a city poll | the mayor held a 20-point lead over his rival
      She trails the governor in the average of regional polls by nearly 9 points.                          | average of regional polls | She trails the governor \u2016 by nearly 9 points
      Fifteen percent of voters in the poll were undecided about the race.                                  | poll     | Fifteen percent of voters \u2016 were undecided about the race
      Analysts were surprised that the mayor is leading in the polls.                                       | polls     | the mayor is leading
      """)
  void a_standing_stated_in_a_poll_is_the_polls(String sentence, String source, String content) {
    Claim c = attributed(sentence).stream().filter(x -> x.rule().equals(AccordingToRule.RULE)).findFirst()
        .orElseThrow(() -> new AssertionError("no statement sourced to a poll in: " + sentence));
    assertThat(c.speakerName()).isEqualTo(source);
    assertThat(String.join(" \u2016 ", c.contentParts().stream().map(p -> text(sentence, p)).toList()))
        .isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The party, which leads in most polls, held a rally.
      Officials said the governor leads in the polls.
      The rally was held in the square where polls had opened at seven.
      The governor spoke in a hall in the town where the polls were printed.
      """)
  void no_poll_source_for_a_relative_clause_a_place_or_a_statement_with_a_speaker(String sentence) {
    assertThat(attributed(sentence)).noneMatch(c -> c.rule().equals(AccordingToRule.RULE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A military source, who declined to be identified, said the convoy had turned back.                    | the convoy had turned back
      One resident, who asked not to be named for fear of reprisals, said soldiers had searched every house. | soldiers had searched every house
      """)
  void keeping_a_source_unnamed_states_nothing(String sentence, String only) {
    assertThat(attributed(sentence)).extracting(c -> text(sentence, c.content())).containsExactly(only);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      I want to touch on some of the issues that the President of Belarus mentioned.             | the President of Belarus mentioned
      The president urged displaced people to join in developing a mechanism that could simplify the procedure. | could simplify the procedure
      """)
  void a_relative_that_after_circumstances_opens_no_content(String sentence, String notContent) {
    assertThat(attributed(sentence)).extracting(c -> text(sentence, c.content())).doesNotContain(notContent);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      This award honors world leaders who leave an inspiring legacy, showed heroism and influenced cultures. | world leaders
      You can also become the people who choose to defend freedom and put an end to tyranny.                 | the people
      The network censured his report after the interview aired.                                              | The network
      """)
  void a_relative_clause_outside_the_subject_lends_no_speaker(String sentence, String notIn) {
    assertThat(attributed(sentence)).noneMatch(c -> c.speaker() != null && text(sentence, c.speaker()).contains(notIn));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Please understand that I do not intend to declare great concepts at this forum.  | Please
      Finally, I would like to thank the president for taking part, wishing the forum success. | Finally
      Much credit for this goes to the current president of the federation.            | Much
      """)
  void a_word_capitalised_at_the_start_is_no_speaker(String sentence, String notSpeaker) {
    assertThat(attributed(sentence))
        .noneMatch(c -> c.speaker() != null && text(sentence, c.speaker()).equals(notSpeaker));
  }

}
