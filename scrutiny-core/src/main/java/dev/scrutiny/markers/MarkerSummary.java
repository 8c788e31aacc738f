package dev.scrutiny.markers;

import dev.scrutiny.article.Span;
import dev.scrutiny.places.Convention;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The article-level count of markers: per term, per side, per toponym convention, and the sourcing
 * profile. Covers no span ({@link #spans()} is empty). Maps are unmodifiable and list every enum constant
 * (zero counts included), so JSON consumers see a fixed shape.
 *
 * @param terms      one entry per lexicon term matched, most frequent first
 * @param sides      term matches per side
 * @param toponyms   place mentions per naming convention (neutral names included)
 * @param sourcing   who is quoted, how much is hedged, how much is the author's own voice
 */
public record MarkerSummary(List<TermCount> terms, Map<Side, Integer> sides, Map<Convention, Integer> toponyms,
                            SourcingProfile sourcing) implements Marker {

  /**
   * How often one lexicon term occurs.
   *
   * @param term     the lexicon term
   * @param category its category
   * @param side     the side it typically marks
   * @param count    matches in the article
   */
  public record TermCount(String term, MarkerCategory category, Side side, int count) {}

  public MarkerSummary {
    terms = List.copyOf(terms);
    sides = EnumMaps.copyOf(Side.class, sides);
    toponyms = EnumMaps.copyOf(Convention.class, toponyms);
    Objects.requireNonNull(sourcing, "sourcing");
  }

  @Override
  public List<Span> spans() {
    return List.of();
  }
}
