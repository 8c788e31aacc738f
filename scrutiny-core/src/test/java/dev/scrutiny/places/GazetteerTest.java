package dev.scrutiny.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer g = Gazetteer.shared();

  private GazetteerEntry first(String name) {
    List<GazetteerEntry> c = g.lookup(name);
    assertThat(c).as("candidates for %s", name).isNotEmpty();
    return c.get(0);
  }

  @Test
  void kiev_and_kyiv_and_cyrillic_resolve_to_the_same_city() {
    GazetteerEntry kyiv = first("Kyiv");
    assertThat(kyiv.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(kyiv.country()).isEqualTo("UA");
    assertThat(first("Kiev").id()).isEqualTo(kyiv.id());
    assertThat(first("KIEV").id()).isEqualTo(kyiv.id());
    assertThat(first("Київ").id()).isEqualTo(kyiv.id());
    assertThat(first("Киев").id()).isEqualTo(kyiv.id());
  }

  @Test
  void soviet_names_of_bakhmut_resolve_to_bakhmut() {
    GazetteerEntry bakhmut = first("Bakhmut");
    assertThat(bakhmut.admin1()).isEqualTo("Donetsk Oblast");
    for (String v : List.of("Artyomovsk", "Artemovsk", "Artemivsk")) {
      assertThat(first(v).id()).as(v).isEqualTo(bakhmut.id());
    }
  }

  @Test
  void kursk_alone_is_the_city_and_kursk_oblast_is_the_region() {
    GazetteerEntry city = first("Kursk");
    assertThat(city.kind()).isEqualTo(PlaceKind.CITY);
    GazetteerEntry oblast = first("Kursk Oblast");
    assertThat(oblast.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(oblast.country()).isEqualTo("RU");
    assertThat(first("Kursk region").id()).isEqualTo(oblast.id());
    assertThat(Geo.distanceKm(city, oblast)).isLessThan(150);
  }

  @Test
  void donetsk_has_a_city_and_an_oblast() {
    List<GazetteerEntry> c = g.lookup("Donetsk");
    assertThat(c.get(0).kind()).isEqualTo(PlaceKind.CITY);
    assertThat(c.get(0).country()).isEqualTo("UA");
    assertThat(c).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(PlaceKind.REGION);
      assertThat(e.name()).isEqualTo("Donetsk Oblast");
    });
    assertThat(first("Donetsk Oblast").kind()).isEqualTo(PlaceKind.REGION);
  }

  @Test
  void regions_and_countries_resolve() {
    assertThat(first("Chechnya").kind()).isEqualTo(PlaceKind.REGION);
    assertThat(first("Chechnya").country()).isEqualTo("RU");
    assertThat(first("Donbas").kind()).isEqualTo(PlaceKind.REGION);
    assertThat(first("Donbass").id()).isEqualTo(first("Donbas").id());
    assertThat(first("Ukraine").kind()).isEqualTo(PlaceKind.COUNTRY);
    GazetteerEntry us = first("the United States");
    assertThat(us.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(us.country()).isEqualTo("US");
    assertThat(first("Crimea").kind()).isEqualTo(PlaceKind.REGION);
    assertThat(first("Kharkov region").name()).isEqualTo("Kharkiv Oblast");
    assertThat(g.country("ua")).map(GazetteerEntry::name).contains("Ukraine");
  }

  @Test
  void curated_front_line_villages_resolve_inside_their_oblast() {
    GazetteerEntry robotyne = first("Robotyne");
    assertThat(robotyne.id()).isNegative();
    assertThat(robotyne.admin1()).isEqualTo("Zaporizhzhia Oblast");
    assertThat(Geo.distanceKm(robotyne, first("Orikhiv"))).isBetween(5.0, 25.0);
    assertThat(first("Krynky").admin1()).isEqualTo("Kherson Oblast");
  }

  @Test
  void unknown_and_blank_names_have_no_candidates() {
    assertThat(g.lookup("Qwzxv Flurbington")).isEmpty();
    assertThat(g.lookup("  ")).isEmpty();
    assertThat(g.lookup("<script>")).isEmpty();
  }

  @Test
  void keys_ignore_case_diacritics_apostrophes_and_hyphens() {
    assertThat(Gazetteer.key("Kharkivs’ka Oblast'")).isEqualTo("kharkivska oblast");
    assertThat(Gazetteer.key("Ivano-Frankivsk")).isEqualTo("ivano frankivsk");
    assertThat(Gazetteer.key("Zaporiz\u0301hzhia")).isEqualTo("zaporizhzhia");
    assertThat(first("Ivano Frankivsk").id()).isEqualTo(first("Ivano-Frankivsk").id());
  }

  @Test
  void by_id_round_trips_every_looked_up_entry() {
    for (String n : List.of("Kyiv", "Donbas", "Ukraine", "Kursk Oblast")) {
      GazetteerEntry e = first(n);
      assertThat(g.byId(e.id())).contains(e);
    }
    assertThat(g.byId(Long.MAX_VALUE)).isEmpty();
  }
}
