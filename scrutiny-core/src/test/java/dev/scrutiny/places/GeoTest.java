package dev.scrutiny.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class GeoTest {

  private static GazetteerEntry city(String name) {
    return Gazetteer.shared().lookup(name).stream().filter(e -> e.kind() == PlaceKind.CITY).findFirst().orElseThrow();
  }

  @Test
  void kyiv_to_kharkiv_is_about_410_km() {
    assertThat(Geo.distanceKm(city("Kyiv"), city("Kharkiv"))).isBetween(400.0, 420.0);
  }

  @Test
  void pokrovsk_lies_50_to_60_km_north_west_of_donetsk() {
    GazetteerEntry donetsk = city("Donetsk");
    GazetteerEntry pokrovsk = city("Pokrovsk");
    assertThat(pokrovsk.country()).isEqualTo("UA");
    assertThat(pokrovsk.admin1()).isEqualTo("Donetsk Oblast");
    assertThat(Geo.distanceKm(donetsk, pokrovsk)).isBetween(50.0, 60.0);
    assertThat(Geo.compassPoint8(Geo.bearing(donetsk, pokrovsk))).isEqualTo("NW");
  }

  @Test
  void compass_points_cover_the_circle() {
    assertThat(Geo.compassPoint(0)).isEqualTo("N");
    assertThat(Geo.compassPoint(359)).isEqualTo("N");
    assertThat(Geo.compassPoint(90)).isEqualTo("E");
    assertThat(Geo.compassPoint(202.5)).isEqualTo("SSW");
    assertThat(Geo.compassPoint(-90)).isEqualTo("W");
    assertThat(Geo.bearing(0, 0, 0, 1)).isCloseTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void bad_coordinates_are_rejected_with_the_values() {
    assertThatThrownBy(() -> Geo.distanceKm(91, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("91");
  }

  @Property
  void distance_is_symmetric_and_bounded(@ForAll @DoubleRange(min = -90, max = 90) double lat1,
                                         @ForAll @DoubleRange(min = -180, max = 180) double lon1,
                                         @ForAll @DoubleRange(min = -90, max = 90) double lat2,
                                         @ForAll @DoubleRange(min = -180, max = 180) double lon2) {
    double d = Geo.distanceKm(lat1, lon1, lat2, lon2);
    assertThat(d).isBetween(0.0, Math.PI * Geo.EARTH_RADIUS_KM + 1e-6);
    assertThat(Geo.distanceKm(lat2, lon2, lat1, lon1)).isCloseTo(d, org.assertj.core.data.Offset.offset(1e-6));
    double b = Geo.bearing(lat1, lon1, lat2, lon2);
    assertThat(b).isGreaterThanOrEqualTo(0).isLessThan(360);
  }
}
