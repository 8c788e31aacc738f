package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speaker noun phrases that reported speech takes in war and politics reporting. */
class ClaimSpeakerPatternsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Organizers of the push to boycott the speech said they are worried about legitimacy. | Organizers of the push to boycott the speech | they are worried about legitimacy
      Members of the regional council in Kherson said the shelling had resumed overnight.  | Members of the regional council in Kherson   | the shelling had resumed overnight
      Another delegate on the slate, Jim Poolman, said he was only leaning toward the senator. | Jim Poolman | he was only leaning toward the senator
      A third said that the senator was unfit to serve.                                      | A third                                      | the senator was unfit to serve
      In the survey, 42 percent say they are liberal and want change.                        | 42 percent                                   | they are liberal and want change
      Nearly 42% say the war has gone on too long.                                          | 42%                                          | the war has gone on too long
      The budget office said about half of the adjustment reflected revenue losses.         | The budget office                            | about half of the adjustment reflected revenue losses
      Forbes said her net worth was being marked down to zero.                              | Forbes                                       | her net worth was being marked down to zero
      The businessman said the port would reopen within a month.                            | The businessman                              | the port would reopen within a month
      Lance Beebe, 49, a Navy veteran, said the convoy should have turned back.             | Lance Beebe                                  | the convoy should have turned back
      The convoy turned back near the border, forcing aid groups to wait, said Rita Katz, the director of a monitoring group. | Rita Katz | The convoy turned back near the border, forcing aid groups to wait
      “We will not retreat from the city,” he continued.                                    | he                                           | We will not retreat from the city
      The bridge was hit twice, a regional official told The Associated Press.              | a regional official                          | The bridge was hit twice
      “It is great fun watching the dogfight,” one user wrote.                              | one user                                     | It is great fun watching the dogfight
      As another study from 2011 noted, most of the displaced had returned within a year.   | another study                                | most of the displaced had returned within a year
      The depot was repaired twice since the summer, said a former spokesman for the regional railway, Ivan Petrenko. | Ivan Petrenko | The depot was repaired twice since the summer
      The brigade is short of at least 400 drones a month, said former deputy defence minister Olha Marchenko, who now chairs a fund. | former deputy defence minister Olha Marchenko | The brigade is short of at least 400 drones a month
      Moscow was warned not to strike the dam again, said a European official who was briefed on the talks and spoke anonymously. | a European official | Moscow was warned not to strike the dam again
      The talks had stalled over the grain corridor, said a senior diplomat in the delegation of the host country. | a senior diplomat | The talks had stalled over the grain corridor
      “Moscow wants to play the tough guy today,” Zelensky shot back.                        | Zelensky                                     | Moscow wants to play the tough guy today
      “Not a single step back,” the general snapped.                                        | the general                                  | Not a single step back
      Zelensky said the strike was deliberate and thanked the firefighters.                 | Zelensky                                     | the strike was deliberate
      Zelensky accused Moscow of lying and called for new sanctions.                        | Zelensky                                     | Moscow of lying
      Zelensky accused Moscow of “waging war on the grain corridor” and thanked the crews.  | Zelensky                                     | Moscow of “waging war on the grain corridor”
      Tanden wrote that Soros “said he was impressed and said he had never met the President.” | Tanden                                    | Soros “said he was impressed and said he had never met the President
      The colonel said the troops advanced and captured the village.                        | The colonel                                  | the troops advanced and captured the village
      The ministry, in a statement posted on Telegram, claimed its forces had struck a depot. | The ministry                               | its forces had struck a depot
      Western media, citing sources in the Pentagon, admitted that the offensive had stalled. | Western media                              | the offensive had stalled
      Western officials, citing intelligence reports, said that the offensive had stalled.  | Western officials                            | the offensive had stalled
      """)
  void speaker_and_content(String sentence, String speaker, String content) {
    List<Claim> found = new ClaimAnalyzer().analyze(new Layers(sentence).analysis()).stream()
        .filter(Claim::attributed).toList();
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(sentence.substring(c.speaker().start(), c.speaker().end())).isEqualTo(speaker);
      assertThat(sentence.substring(c.content().start(), c.content().end())).isEqualTo(content);
    });
  }

  @org.junit.jupiter.api.Test
  void a_relative_pronoun_speaks_for_its_antecedent() {
    String t = "The prices were set by Ekovich, who noted that the price of some courses had cratered.";
    List<Claim> found = new ClaimAnalyzer().analyze(new Layers(t).analysis()).stream().filter(Claim::attributed).toList();
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(t.substring(c.speaker().start(), c.speaker().end())).isEqualTo("who");
      assertThat(c.speakerName()).isEqualTo("Ekovich");
      assertThat(t.substring(c.content().start(), c.content().end())).isEqualTo("the price of some courses had cratered");
    });
    // a relative clause inside the subject ends at its closing comma
    String post = "The Washington Post, which argued that the documents were of public interest, published them.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(post).analysis())).filteredOn(Claim::attributed).singleElement()
        .satisfies(c -> {
          assertThat(c.speakerName()).isEqualTo("Washington Post");
          assertThat(post.substring(c.content().start(), c.content().end())).isEqualTo("the documents were of public interest");
        });
    // without a comma only a name is a safe antecedent: "met a woman who claimed" may attach anywhere
    String woman = "Officials met a woman who claimed that the shelling had started at dawn.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(woman).analysis())).noneMatch(Claim::attributed);
  }

  @org.junit.jupiter.api.Test
  void cues_that_are_also_plain_verbs_need_a_quote_or_that() {
    String t = "The cable snapped during the storm. The dog barked at the convoy. Sirens blared across Kharkiv all night.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(t).analysis())).noneMatch(Claim::attributed);
    String that = "The general snapped that the line would hold.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(that).analysis())).filteredOn(Claim::attributed).singleElement()
        .satisfies(c -> assertThat(that.substring(c.content().start(), c.content().end())).isEqualTo("the line would hold"));
  }

  @org.junit.jupiter.api.Test
  void after_an_inverted_cue_only_a_speaker_phrase_speaks() {
    // the phrase after "asked" is its topic, after "admitted" its object: no speaker follows the cue
    for (String t : List.of(
        "The issue came up on Friday after the minister, asked about the shelling of the villages near the border, had left.",
        "The ministry had misled the families for months, admitted it withheld the lists of the missing soldiers.")) {
      assertThat(new ClaimAnalyzer().analyze(new Layers(t).analysis())).filteredOn(Claim::attributed)
          .noneMatch(c -> c.rule().equals(InvertedReading.RULE));
    }
    // a name set off before the cue is no speaker when the speaker follows the cue
    String t = "Obama warned the Chinese leader, Xi Jinping, during their meeting not to move on the shoal, said an"
        + " American official who was briefed on the encounter.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(t).analysis())).filteredOn(Claim::attributed)
        .anySatisfy(c -> assertThat(t.substring(c.speaker().start(), c.speaker().end())).isEqualTo("an American official"))
        .noneSatisfy(c -> assertThat(c.speakerName()).isEqualTo("Xi Jinping"));
  }

  @org.junit.jupiter.api.Test
  void a_noun_that_cannot_speak_heads_no_speaker_and_about_a_topic_is_no_content() {
    String much = "Much of the debate about the budget said little about the war.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(much).analysis())).noneMatch(Claim::attributed);
    String topic = "The minister said about the talks that nothing had changed in weeks.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(topic).analysis()))
        .noneMatch(c -> topic.substring(c.content().start()).startsWith("about"));
  }
}
