package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transcripts: each speaker's turn opens with the name and a colon; an "I" inside the turn is that speaker, a turn
 * ends where the next one opens even when the line breaks were lost, and a turn longer than a paragraph is a
 * statement per sentence.
 */
class TranscriptTurnsTest {

  private static List<Claim> claims(Layers layers) {
    return new ClaimAnalyzer().analyze(layers.analysis()).stream().filter(Claim::attributed).toList();
  }

  /** The layers of {@code text}, with the two people of these fixtures as entities where they are named. */
  private static Layers transcript(String text) {
    Layers layers = new Layers(text);
    if (text.contains("Vladimir Putin")) {
      layers.entity("e1", EntityType.PERSON, "Vladimir Putin", List.of("President of Russia"), "Vladimir Putin");
    }
    return layers.entity("e2", EntityType.PERSON, "Pavel Malkov", List.of(), "Pavel Malkov");
  }

  private static String text(String t, Span s) {
    return t.substring(s.start(), s.end());
  }

  @Test
  void an_i_in_a_turn_is_the_person_who_opens_it() {
    String t = "President of Russia Vladimir Putin: Mr Malkov, good afternoon.\n\n"
        + "Pavel Malkov: Good afternoon. I said in March that the new bridge would open in the autumn.";
    Claim said = claims(transcript(t)).stream().filter(c -> c.cue() != null && text(t, c.cue().span()).equals("said"))
        .findFirst().orElseThrow();
    assertThat(text(t, said.speaker())).isEqualTo("I");
    assertThat(said.speakerEntityId()).isEqualTo("e2");
    assertThat(said.speakerName()).isEqualTo("Pavel Malkov");
    // the title before the name belongs to the turn's opening ("of" inside a title)
    assertThat(claims(transcript(t))).anySatisfy(c -> {
      assertThat(c.rule()).isEqualTo(ColonLeadRule.RULE);
      assertThat(c.speakerEntityId()).isEqualTo("e1");
      assertThat(text(t, c.content())).isEqualTo("Mr Malkov, good afternoon.");
    });
  }

  @Test
  void an_i_quoted_inside_a_turn_or_outside_any_turn_is_not_resolved_to_it() {
    String quoted = "Pavel Malkov: My colleague told me: “I said the bridge would open in the autumn, and it will.”";
    assertThat(claims(transcript(quoted))).filteredOn(c -> c.speaker() != null && text(quoted, c.speaker()).equals("I"))
        .allSatisfy(c -> assertThat(c.speakerEntityId()).isNull());
    String narrative = "Pavel Malkov: Good afternoon.\n\nLater that day I said the bridge would open in the autumn.";
    assertThat(claims(transcript(narrative))).filteredOn(c -> c.speaker() != null
        && text(narrative, c.speaker()).equals("I")).singleElement()
        .satisfies(c -> assertThat(c.speakerEntityId()).isNull());
  }

  @Test
  void a_turn_ends_where_the_next_opens_when_the_line_breaks_were_lost() {
    String t = "Vladimir Putin: Mr Malkov, how is the harvest going? Pavel Malkov: Good afternoon, the harvest is a "
        + "record one this year. Vladimir Putin: Thank you, that is good news for the region.";
    List<Claim> turns = claims(transcript(t)).stream().filter(c -> c.rule().equals(ColonLeadRule.RULE)).toList();
    assertThat(turns).extracting(c -> text(t, c.content())).containsExactly("Mr Malkov, how is the harvest going?",
        "Good afternoon, the harvest is a record one this year.", "Thank you, that is good news for the region.");
    assertThat(turns).extracting(Claim::speakerEntityId).containsExactly("e1", "e2", "e1");
  }

  @Test
  void a_turn_longer_than_a_paragraph_is_a_statement_per_sentence() {
    String sentence = "The region has built more roads this year than in the previous three years taken together. ";
    String t = "Pavel Malkov: " + sentence.repeat(12).strip();
    List<Claim> turns = claims(transcript(t)).stream().filter(c -> c.rule().equals(ColonLeadRule.RULE)).toList();
    assertThat(turns).hasSize(12).allSatisfy(c -> {
      assertThat(text(t, c.content())).isEqualTo(sentence.strip());
      assertThat(c.speakerEntityId()).isEqualTo("e2");
    });
    String shortTurn = "Pavel Malkov: " + sentence.repeat(3).strip();
    assertThat(claims(transcript(shortTurn))).filteredOn(c -> c.rule().equals(ColonLeadRule.RULE)).singleElement()
        .satisfies(c -> assertThat(text(shortTurn, c.content())).isEqualTo(sentence.repeat(3).strip()));
  }
}
