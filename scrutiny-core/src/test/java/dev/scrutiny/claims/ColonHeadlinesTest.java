package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Headlines that give a statement to a speaker before a colon, in the shapes news sites write them. */
class ColonHeadlinesTest {

  private static List<Claim> claims(String text) {
    Layers layers = new Layers(text);
    for (String name : List.of("Zelensky", "Roger Stone", "Biden", "Mukasey", "Jones")) {
      if (text.contains(name)) {
        layers.entity(name, EntityType.PERSON, name, List.of(), name);
      }
    }
    return new ClaimAnalyzer().analyze(layers.analysis()).stream().filter(Claim::attributed).toList();
  }

  private static String text(String t, Span s) {
    return t.substring(s.start(), s.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Zelensky to Biden: Ukraine needs air defence now                                   | Zelensky          | Ukraine needs air defence now
      EXCLUSIVE – Roger Stone: Don't trust the voting machines                           | Roger Stone       | Don't trust the voting machines
      Former AG Mukasey at the convention: the email scandal disqualifies her            | Former AG Mukasey | the email scandal disqualifies her
      More from Jones: “The partisanship of a state is a starting point for its vote.”   | Jones             | “The partisanship of a state is a starting point for its vote.”
      From the report: Samples with more elaborate weighting produced better results.    | the report        | Samples with more elaborate weighting produced better results.
      Kremlin camp: the talks have stalled again                                         | Kremlin camp      | the talks have stalled again
      """)
  void the_speaker_before_the_colon_says_the_rest_of_the_line(String line, String speaker, String content) {
    Claim c = claims(line).stream().filter(x -> x.rule().equals(ColonLeadRule.RULE)).findFirst()
        .orElseThrow(() -> new AssertionError("no headline statement in: " + line));
    assertThat(text(line, c.speaker())).isEqualTo(speaker);
    assertThat(text(line, c.content())).isEqualTo(content);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Everyone who studies at the university knows the question: what matters most to you and why?
      Life on the front: soldiers describe the winter in the trenches.
      Among the charity's accomplishments: a clinic and two schools.
      Spotlight his family: the children have become his closest advisers.
      Another problem for the governor: turnout is falling.
      Wow: The Minister Just Said Something Unexpected About The Front.
      BUSTED: Leaked Emails Show Officials Knew About The Shelling.
      """)
  void an_introduction_before_a_colon_is_no_speaker(String line) {
    assertThat(claims(line)).noneMatch(c -> c.rule().equals(ColonLeadRule.RULE));
  }
}
