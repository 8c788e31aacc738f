package dev.scrutiny.corpus;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total      how many articles match (not only those returned); a lower bound when not
 *                   {@code totalExact}
 * @param totalExact false when counting stopped at {@link #COUNT_LIMIT} matches ("10,000+"); facets,
 *                   when asked for, always give the exact total
 * @param hits       the best matches, best first
 * @param facets     when asked for: facet name ({@code source}, {@code year}, {@code month},
 *                   {@code language}, {@code genre}, {@code side}, {@code technique}, {@code checkKind}) →
 *                   values with their counts among all matches, most frequent first (months newest first);
 *                   else empty
 */
public record SearchResult(long total, boolean totalExact, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

  /** Searches without facets count matches up to this many, then report "at least" this many. */
  public static final int COUNT_LIMIT = 10_000;

  public SearchResult {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets)); // in the order given
  }

  /** An exact total. */
  public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    this(total, true, hits, facets);
  }

  /** The total for people: {@code 1234}, or {@code 10000+} when counting stopped there. */
  public String totalText() {
    return totalExact ? Long.toString(total) : total + "+";
  }

  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {}
}
