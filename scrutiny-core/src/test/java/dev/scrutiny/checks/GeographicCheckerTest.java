package dev.scrutiny.checks;

import dev.scrutiny.places.Geo;
import dev.scrutiny.places.Regions;

import static dev.scrutiny.checks.Articles.analysis;
import static dev.scrutiny.checks.Articles.checks;
import static dev.scrutiny.checks.Articles.covered;
import static dev.scrutiny.checks.Articles.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.places.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeographicCheckerTest {

  private static List<Place> places(String text) {
    return List.of(
        place(text, "p1", "Pokrovsk", "UA", "Donetsk Oblast", 48.2820, 37.1760),
        place(text, "p2", "Donetsk", "UA", "Donetsk Oblast", 48.0230, 37.8022),
        place(text, "p3", "Sudzha", "RU", "Kursk Oblast", 51.1924, 35.2711));
  }

  private static List<Place> withLviv(String text) {
    return List.of(
        place(text, "p1", "Pokrovsk", "UA", "Donetsk Oblast", 48.2820, 37.1760),
        place(text, "p4", "Lviv", "UA", "Lviv Oblast", 49.8397, 24.0297));
  }

  @Test
  void geo_gives_the_pokrovsk_donetsk_distance_and_bearing() {
    assertThat(Geo.distanceKm(48.0230, 37.8022, 48.2820, 37.1760)).isCloseTo(55.0, within(2.0));
    assertThat(Geo.bearing(48.0230, 37.8022, 48.2820, 37.1760)).isCloseTo(301, within(3.0));
    assertThat(Geo.compassBearing("north-west")).contains(315.0);
    assertThat(Geo.compassBearing("NW")).contains(315.0);
    assertThat(Geo.compassBearing("northwestern")).contains(315.0);
    assertThat(Geo.compassWord(303)).isEqualTo("west-northwest");
  }

  @Test
  void a_correct_distance_and_bearing_is_clean() {
    String text = "Russian troops pressed on Pokrovsk, about 50km to the northwest of Donetsk, on Monday.";
    assertThat(checks(analysis(text, "2024-09-01", List.of(), places(text)))).isEmpty();
  }

  @Test
  void a_comma_before_three_digits_groups_thousands_in_a_distance() {
    assertThat(GeographicChecker.figure("1,200")).isEqualTo(1200.0);
    assertThat(GeographicChecker.figure("2,5")).isEqualTo(2.5);
    assertThat(GeographicChecker.figure("12.75")).isEqualTo(12.75);
    String right = "Russian troops pressed on Pokrovsk, about 1,000 km east of Lviv, on Monday.";
    assertThat(checks(analysis(right, "2024-09-01", List.of(), withLviv(right)))).isEmpty();
    String wrong = "Russian troops pressed on Pokrovsk, about 2,000 km east of Lviv, on Monday.";
    assertThat(checks(analysis(wrong, "2024-09-01", List.of(), withLviv(wrong))))
        .singleElement().satisfies(c -> assertThat(c.message()).contains("not 2,000 km"));
  }

  @Test
  void a_wrong_distance_is_flagged_with_the_computed_figure() {
    String text = "Russian troops pressed on Pokrovsk, about 150km northwest of Donetsk, on Monday.";
    Analysis a = analysis(text, "2024-09-01", List.of(), places(text));
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.GEOGRAPHIC);
      assertThat(c.severity()).isEqualTo(Severity.ERROR);
      assertThat(covered(a, c)).isEqualTo("Pokrovsk, about 150km northwest of Donetsk");
      assertThat(c.message()).contains("Pokrovsk is 55 km from Donetsk, not 150 km");
      assertThat(c.evidence().otherText()).isEqualTo("Donetsk");
    });
  }

  @Test
  void a_wrong_bearing_is_flagged() {
    String text = "Russian troops pressed on Pokrovsk, about 50 km south-east of Donetsk, on Monday.";
    assertThat(checks(analysis(text, "2024-09-01", List.of(), places(text)))).singleElement()
        .satisfies(c -> assertThat(c.message()).contains("west-northwest").contains("south-east"));
  }

  @Test
  void a_place_in_the_wrong_region_is_flagged_and_the_right_one_is_clean() {
    String text = "Shelling hit Sudzha in the Belgorod region overnight.";
    Analysis a = analysis(text, "2024-09-01", List.of(), places(text));
    assertThat(checks(a)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CheckKind.GEOGRAPHIC);
      assertThat(covered(a, c)).isEqualTo("Sudzha in the Belgorod region");
      assertThat(c.message()).contains("places Sudzha in Kursk Oblast (RU), not in the Belgorod region");
    });
    String clean = "Shelling hit Sudzha in the Kursk region overnight. Pokrovsk, Donetsk Oblast, was quiet.";
    assertThat(checks(analysis(clean, "2024-09-01", List.of(), places(clean)))).isEmpty();
  }

  @Test
  void region_names_match_across_transliterations() {
    assertThat(Regions.sameRegion("Zaporozhye", "Zaporizhzhia Oblast")).isTrue();
    assertThat(Regions.sameRegion("Lugansk", "Luhansk Oblast")).isTrue();
    assertThat(Regions.sameRegion("Kharkov", "Kharkiv Oblast")).isTrue();
    assertThat(Regions.sameRegion("Nikolaev", "Mykolaiv Oblast")).isTrue();
    assertThat(Regions.sameRegion("Belgorod", "Kursk Oblast")).isFalse();
    assertThat(Regions.sameRegion("Kherson", "Kharkiv Oblast")).isFalse();
  }

  @Test
  void the_geographic_family_is_skipped_without_places() {
    String text = "Shelling hit Sudzha in the Belgorod region overnight.";
    dev.scrutiny.article.Article article = dev.scrutiny.article.Article.builder("x", text).build();
    CheckAnalyzer.Run run = new CheckAnalyzer().run(dev.scrutiny.article.Analysis.of(article));
    assertThat(run.ran()).doesNotContain("geographic");
    assertThat(run.skipped()).anyMatch(s -> s.startsWith("geographic: skipped, layer places absent"));
    assertThat(run.skipped()).anyMatch(s -> s.startsWith("sentences/tokens: layer absent"));
  }

  @Test
  void a_distance_belongs_to_the_town_right_before_it_not_to_any_town_in_the_sentence() {
    String text = "Officials in Pokrovsk said a depot 150 km from Donetsk burned. Sudzha, which lies about 300 km north "
        + "of Donetsk, was quiet.";
    List<Check> found = checks(analysis(text, "2024-09-01", List.of(), places(text)));
    assertThat(found).singleElement().satisfies(c -> assertThat(c.message()).contains("Sudzha").doesNotContain("Pokrovsk"));
  }

  @Test
  void commas_in_a_list_of_places_do_not_name_a_region() {
    String text = "Strikes hit Lviv, Sudzha, Belgorod region and Pokrovsk. Then Sudzha, Belgorod region, Donetsk were hit.";
    assertThat(checks(analysis(text, "2024-09-01", List.of(), places(text)))).isEmpty();
  }

  @Test
  void an_apposition_closed_by_a_comma_is_still_checked() {
    String text = "Shelling hit Sudzha, Belgorod region, overnight.";
    assertThat(checks(analysis(text, "2024-09-01", List.of(), places(text)))).singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(CheckKind.GEOGRAPHIC));
  }
}
