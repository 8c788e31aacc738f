package dev.scrutiny.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.entities.EntityType;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SpeakerTypesTest {

  private static SpeakerTypes read(String table) {
    return SpeakerTypes.read("types.tsv", new StringReader(table));
  }

  @Test
  void phrases_of_a_table_type_speakers() {
    SpeakerTypes t = read("# outlets and bodies\ntype\tphrase\nMEDIA\tDaily Courier\nGOVERNMENT\tministry\n"
        + "ANONYMOUS\tofficials\n");
    assertThat(t.classify("the Daily Courier", null, null)).isEqualTo(SpeakerType.MEDIA);
    assertThat(t.classify("the farming ministry", null, null)).isEqualTo(SpeakerType.GOVERNMENT);
    assertThat(t.classify("senior officials", null, null)).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(t.classify("Daily Courier", EntityType.ORGANIZATION, "Daily Courier")).isEqualTo(SpeakerType.MEDIA);
    assertThat(t.classify("the farmers' union", EntityType.ORGANIZATION, null)).isEqualTo(SpeakerType.ORGANIZATION);
  }

  @Test
  void malformed_rows_are_rejected_naming_file_and_line() {
    assertThatThrownBy(() -> read("type\tphrase\nPRESS\treuters\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("types.tsv:2").hasMessageContaining("PRESS");
    assertThatThrownBy(() -> read("type\tphrase\nMEDIA\n")).hasMessageContaining("types.tsv:2");
    assertThatThrownBy(() -> read("MEDIA\treuters\n")).hasMessageContaining("header");
  }

  @Test
  void a_day_that_ends_a_description_is_no_name() {
    SpeakerTypes t = read("type\tphrase\n");
    assertThat(t.classify("Satellite images taken on Tuesday", null, null)).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(t.classify("Footage filmed in March", null, null)).isEqualTo(SpeakerType.ANONYMOUS);
    assertThat(t.classify("Oleh Syniehubov", null, null)).isEqualTo(SpeakerType.PERSON);
  }

  @Test
  void the_shipped_table_knows_outlets() {
    assertThat(SpeakerTypes.standard().classify("TASS", null, null)).isEqualTo(SpeakerType.MEDIA);
  }
}
