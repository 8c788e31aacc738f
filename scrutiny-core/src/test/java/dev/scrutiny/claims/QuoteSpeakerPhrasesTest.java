package dev.scrutiny.claims;

import static dev.scrutiny.claims.CueClaims.assertStatement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long speaker phrases around the cue after a quotation: a name with "of" and its organisation, an appositive with
 * an abbreviated place, a name too long for the usual window, a title in quotation marks after the speaker's head.
 */
class QuoteSpeakerPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      “The bridge will not reopen before spring,” said Olena Kovalenko of the Kharkiv delegation.                 | said  | Olena Kovalenko | The bridge will not reopen before spring
      “Nobody warned us about the evacuation,” Anne Miller, 54, a nurse in Dover, Del., said in an interview.      | said  | Anne Miller     | Nobody warned us about the evacuation
      “The drones came in two waves,” Jeffrey Carter of the Institute for Conflict Studies in Vienna wrote in May. | wrote | Jeffrey Carter  | The drones came in two waves
      “We will hold the line,” wrote the authors of the “Eastern Front Review,” in their last issue.               | wrote | the authors     | We will hold the line
      “The school will open in the metro,” Head of the Kharkiv Regional Military Administration Oleh Syniehubov told reporters. | told | Head of the Kharkiv Regional Military Administration Oleh Syniehubov | The school will open in the metro
      """)
  void the_speaker_is_the_head_of_the_phrase(String sentence, String cue, String speaker, String content) {
    assertStatement(sentence, cue, speaker, content);
  }
}
