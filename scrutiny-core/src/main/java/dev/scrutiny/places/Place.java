package dev.scrutiny.places;

import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.article.Labelled;
import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Mention;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A location mentioned in the article, resolved to a gazetteer entry.
 *
 * @param id          article-local id such as {@code p2}
 * @param name        the gazetteer's canonical English name ("Kyiv")
 * @param surface     the name as the article wrote it ("Kiev")
 * @param mentions    every mention, in document order
 * @param country     ISO-3166 alpha-2 country code, or null for supranational regions
 * @param admin1      first-level region name ("Donetsk Oblast"), or null
 * @param latitude    WGS84 latitude
 * @param longitude   WGS84 longitude
 * @param kind        feature kind
 * @param convention  naming convention the article used
 * @param gazetteerId GeoNames id, or a negative id for curated additions
 * @param entityId    id of the LOCATION entity it resolves, or null
 */
public record Place(String id, String name, String surface, List<Mention> mentions, @Nullable String country,
                    @Nullable String admin1, double latitude, double longitude, PlaceKind kind,
                    Convention convention, long gazetteerId, @Nullable String entityId)
    implements Annotation, Labelled {

  /** The {@code places} layer, in order of first mention. */
  public static final LayerKey<Place> LAYER = LayerKey.of("places", Place.class, LayerKey.Order.NONE);

  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(convention, "convention");
    mentions = List.copyOf(mentions);
  }

  @Override
  public List<Span> spans() {
    return mentions.stream().map(Mention::span).toList();
  }

  @Override
  public String label() {
    return name;
  }

  @Override
  public String detail() {
    return String.format(java.util.Locale.ROOT, "%s (%s%s) %.4f, %.4f, %s", name,
        country == null ? "" : country, admin1 == null ? "" : ", " + admin1, latitude, longitude, convention);
  }
}
