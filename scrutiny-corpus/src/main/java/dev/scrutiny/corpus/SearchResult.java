package dev.scrutiny.corpus;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total  how many articles match (not only those returned)
 * @param hits   the best matches, best first
 * @param facets when asked for: facet name ({@code source}, {@code language}, {@code genre},
 *               {@code year}, {@code technique}, {@code checkKind}) → values with their counts among all
 *               matches, most frequent first; else empty
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
