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
  void a_noun_that_cannot_speak_heads_no_speaker_and_about_a_topic_is_no_content() {
    String much = "Much of the debate about the budget said little about the war.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(much).analysis())).noneMatch(Claim::attributed);
    String topic = "The minister said about the talks that nothing had changed in weeks.";
    assertThat(new ClaimAnalyzer().analyze(new Layers(topic).analysis()))
        .noneMatch(c -> topic.substring(c.content().start()).startsWith("about"));
  }
}
