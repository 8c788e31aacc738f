package dev.scrutiny.places;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One gazetteer entry while the index is built: its GeoNames (or negative curated) id, name, kind,
 * country code, region name, coordinates, population and every name that should find it.
 */
record GazetteerItem(long id, String name, PlaceKind kind, @Nullable String country, @Nullable String admin1,
                     double lat, double lon, long population, Set<String> names) {}
