package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.entities.EntityType;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerSidesTest {

  @Test
  void names_of_one_side_give_that_side_and_both_or_neither_give_other() {
    SpeakerSides sides = SpeakerSides.standard();
    assertThat(sides.of("Dmitry Peskov Kremlin spokesman")).isEqualTo(SpeakerSide.RUSSIAN);
    assertThat(sides.of("Ukraine's foreign minister")).isEqualTo(SpeakerSide.UKRAINIAN);
    assertThat(sides.of("talks between Moscow and Kyiv")).isEqualTo(SpeakerSide.OTHER);
    assertThat(sides.of("a regional official")).isEqualTo(SpeakerSide.OTHER);
    assertThat(sides.of("Kremlinology")).as("whole words only").isEqualTo(SpeakerSide.OTHER);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Moscow Times                       | OTHER
      Meduza Russian independent news site   | OTHER
      the Moscow correspondent               | RUSSIAN
      """)
  void an_outlet_of_neither_side_is_other_whatever_its_name_or_description_holds(String text, SpeakerSide side) {
    assertThat(SpeakerSides.standard().of(text)).isEqualTo(side);
  }

  @Test
  void a_table_may_list_names_of_neither_side() {
    SpeakerSides own = SpeakerSides.read("own.tsv", new StringReader("side\tname\nRUSSIAN\tRussian\nOTHER\tMeduza\n"));
    assertThat(own.of("the Russian site Meduza")).isEqualTo(SpeakerSide.OTHER);
    assertThat(own.of("the Russian site Lenta")).isEqualTo(SpeakerSide.RUSSIAN);
  }

  @Test
  void a_table_row_with_an_unknown_side_is_named_in_the_error() {
    String table = "side\tname\nRUSSIAN\tMoscow\nNEUTRAL\tGeneva\n";
    assertThatThrownBy(() -> SpeakerSides.read("sides.tsv", new StringReader(table)))
        .hasMessageStartingWith("sides.tsv:3: ").hasMessageContaining("NEUTRAL");
    SpeakerSides own = SpeakerSides.read("own.tsv", new StringReader("side\tname\nUKRAINIAN\tAzov\n"));
    assertThat(own.of("Azov commander")).isEqualTo(SpeakerSide.UKRAINIAN);
    assertThat(own.of("Kremlin")).isEqualTo(SpeakerSide.OTHER);
  }

  @Test
  void a_claim_takes_its_side_from_the_attribution_and_keeps_it_for_the_same_speaker() {
    String t = "“Four attacks were repelled,” spokesman Igor Vasilenko told a briefing in Moscow. "
        + "Later Vasilenko said that the town was surrounded on three sides.";
    List<Claim> claims = new ClaimAnalyzer().analyze(new Layers(t)
        .entity("e1", EntityType.PERSON, "Igor Vasilenko", List.of("spokesman"), "Igor Vasilenko", "Vasilenko")
        .analysis());
    List<Claim> attributed = claims.stream().filter(Claim::attributed).toList();
    assertThat(attributed).hasSize(2);
    assertThat(attributed).allSatisfy(c -> assertThat(c.side()).isEqualTo(SpeakerSide.RUSSIAN));
    assertThat(attributed.get(0).rule()).isEqualTo(QuoteCueRule.RULE);
    assertThat(attributed.get(1).rule()).isEqualTo(ForwardReading.RULE);
  }

  @Test
  void a_statement_speaks_for_its_owner() {
    String t = "Zelensky's statement stressed that the front near Pokrovsk would hold.";
    List<Claim> claims = new ClaimAnalyzer().analyze(new Layers(t)
        .entity("e1", EntityType.PERSON, "Volodymyr Zelensky", List.of("president"), "Zelensky")
        .analysis());
    Claim c = claims.stream().filter(Claim::attributed).findFirst().orElseThrow();
    assertThat(t.substring(c.speaker().start(), c.speaker().end())).isEqualTo("Zelensky's statement");
    assertThat(c.speakerName()).isEqualTo("Volodymyr Zelensky");
    assertThat(c.speakerEntityId()).isEqualTo("e1");
    assertThat(c.speakerType()).isEqualTo(SpeakerType.PERSON);
    assertThat(c.side()).isEqualTo(SpeakerSide.UKRAINIAN);
  }
}
