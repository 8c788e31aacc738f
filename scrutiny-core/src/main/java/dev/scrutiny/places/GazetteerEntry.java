package dev.scrutiny.places;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One gazetteer feature: a country, a first-level region, a populated place or a curated addition.
 *
 * <p>Coordinates are WGS84 degrees. Countries sit on their capital; regions on the population-weighted
 * mean of their GeoNames cities (an approximation of the populated centre, not the geometric centroid).
 *
 * @param id         GeoNames id, or a negative id for a curated addition
 * @param name       canonical English name ("Kyiv", "Donetsk Oblast", "Ukraine")
 * @param kind       feature kind
 * @param country    ISO-3166 alpha-2 code, or null for supranational features ("Europe")
 * @param admin1     name of the first-level region it lies in; a region carries its own name; null when
 *                   unknown or for countries
 * @param latitude   WGS84 latitude
 * @param longitude  WGS84 longitude
 * @param population inhabitants as GeoNames records them (regions: sum over their listed places); 0 when
 *                   unknown
 */
public record GazetteerEntry(long id, String name, PlaceKind kind, @Nullable String country,
                             @Nullable String admin1, double latitude, double longitude, long population) {

  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "coordinates must lie in [-90,90] x [-180,180], got " + latitude + ", " + longitude + " for " + name);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s [%s %s%s %.4f,%.4f pop=%d id=%d]", name, kind,
        country == null ? "-" : country, admin1 == null ? "" : "/" + admin1, latitude, longitude, population, id);
  }
}
