package dev.scrutiny.corpus;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates for one place across the corpus.
 *
 * @param conventions naming convention ({@code ru-style}, {@code uk-style}, {@code neutral}) → articles using it
 */
public record PlaceSummary(String name, @Nullable String country, @Nullable Double latitude,
                           @Nullable Double longitude, long articles, long mentions, Map<String, Long> conventions) {

  public PlaceSummary {
    conventions = Map.copyOf(conventions);
  }
}
