/**
 * Geoparsing: LOCATION mentions resolved to gazetteer entries (GeoNames, CC BY 4.0) with coordinates,
 * feature kind and the naming convention the article used.
 */
@NullMarked
package dev.scrutiny.places;

import org.jspecify.annotations.NullMarked;
