/**
 * Geoparsing: LOCATION mentions resolved to gazetteer entries (GeoNames, CC BY 4.0) with coordinates,
 * feature kind and the naming convention the article used.
 *
 * <p>{@link dev.scrutiny.places.PlaceAnalyzer} produces the {@code places} layer from the {@code entities}
 * layer. {@link dev.scrutiny.places.Gazetteer#shared()} is the lookup API for other stages
 * ({@code lookup("Kursk Oblast")}), {@link dev.scrutiny.places.Geo} gives distances and bearings, and
 * {@link dev.scrutiny.places.Conventions} the curated Russian-style / Ukrainian-style name table. The
 * index is rebuilt with {@code scrutiny train gazetteer} ({@code dev.scrutiny.places.GazetteerBuilder} in scrutiny-lab,
 * which documents the pruning) and measured with {@code scrutiny bench places}.
 */
@NullMarked
package dev.scrutiny.places;

import org.jspecify.annotations.NullMarked;
