package dev.scrutiny.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ConventionsTest {

  private final Gazetteer g = Gazetteer.shared();
  private final Conventions c = Conventions.shared();

  private Convention of(String surface) {
    return c.conventionOf(surface, g.lookup(surface).get(0));
  }

  @Test
  void russian_and_ukrainian_variants_are_told_apart() {
    assertThat(of("Kiev")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Kyiv")).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Kharkov")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Kharkiv")).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Artyomovsk")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Artemivsk")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Bakhmut")).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Donbass")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Donbas")).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Zaporozhye")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Zaporizhzhia")).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Zaporizhia")).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Odessa")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Krivoy Rog")).isEqualTo(Convention.RU_STYLE);
    assertThat(of("Ugledar")).isEqualTo(Convention.RU_STYLE);
    GazetteerEntry pokrovsk = g.lookup("Pokrovsk").get(0);
    assertThat(pokrovsk.admin1()).isEqualTo("Donetsk Oblast");
    assertThat(c.conventionOf("Krasnoarmeysk", pokrovsk)).isEqualTo(Convention.RU_STYLE);
    assertThat(c.conventionOf("Pokrovsk", pokrovsk)).isEqualTo(Convention.UK_STYLE);
    assertThat(of("Kherson")).isEqualTo(Convention.NEUTRAL);
    assertThat(of("Mariupol")).isEqualTo(Convention.NEUTRAL);
  }

  @Test
  void every_variant_resolves_to_its_canonical_place() {
    for (Conventions.Variant v : c.variants()) {
      assertThat(g.lookup(v.variant())).as("%s -> %s", v.variant(), v.canonical())
          .anySatisfy(e -> assertThat(v.names(e)).isTrue());
    }
  }

  @Test
  void region_words_keep_the_convention_of_the_stem() {
    GazetteerEntry oblast = g.lookup("Kharkiv Oblast").get(0);
    assertThat(c.conventionOf("Kharkov region", oblast)).isEqualTo(Convention.RU_STYLE);
    assertThat(c.conventionOf("Kharkiv Oblast", oblast)).isEqualTo(Convention.UK_STYLE);
    GazetteerEntry dnipro = g.lookup("Dnipropetrovsk Oblast").get(0);
    assertThat(c.conventionOf("Dnipropetrovsk Oblast", dnipro)).isEqualTo(Convention.UK_STYLE);
    assertThat(c.conventionOf("Dnepropetrovsk region", dnipro)).isEqualTo(Convention.RU_STYLE);
  }

  @Test
  void a_variant_counts_only_for_the_place_it_names() {
    GazetteerEntry russianDzerzhinsk = g.lookup("Dzerzhinsk").stream()
        .filter(e -> "RU".equals(e.country())).findFirst().orElseThrow();
    assertThat(c.conventionOf("Dzerzhinsk", russianDzerzhinsk)).isEqualTo(Convention.NEUTRAL);
    GazetteerEntry toretsk = g.lookup("Toretsk").get(0);
    assertThat(c.conventionOf("Dzerzhinsk", toretsk)).isEqualTo(Convention.RU_STYLE);
  }

  @Test
  void malformed_rows_name_their_line() {
    String header = String.join("\t", Conventions.COLUMNS);
    assertThatThrownBy(() -> Conventions.parse("t.tsv", new StringReader("# c\n" + header + "\nKiev\tKyiv\tUA\tcity\tsoviet\t\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:3: ").hasMessageContaining("soviet");
    assertThatThrownBy(() -> Conventions.parse("t.tsv", new StringReader(header + "\nKiev\tKyiv\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:2: ");
  }
}
