package dev.scrutiny.corpus;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A search: words to find (all of them; {@code "quoted phrases"} kept together; empty for all
 * articles) and filters, each null when unused. Immutable; start from {@link #of(String)} and add
 * one filter at a time.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.of("drone attack").withSource("TASS")
 *     .withFrom(LocalDate.parse("2025-01-01")).withTechnique("LOADED_LANGUAGE").withLimit(20);
 * }</pre>
 *
 * @param text          the words to find, or empty
 * @param source        outlet, exact
 * @param from          first publication date, inclusive
 * @param to            last publication date, inclusive
 * @param language      ISO 639-1 code
 * @param speaker       a speaker's name (substring, case-insensitive) or entity key
 * @param place         a place's name or surface form, case-insensitive
 * @param technique     a persuasion technique label ({@code LOADED_LANGUAGE})
 * @param checkKind     a check kind ({@code ARITHMETIC}…)
 * @param genre         the article's genre ({@code REPORTING}, {@code OPINION}, {@code SATIRE}), case-insensitive
 * @param side          a side quoted in the article ({@code RUSSIAN}, {@code UKRAINIAN}, {@code OTHER}): at least
 *                      one statement's speaker is of that side, case-insensitive
 * @param limit         most hits returned (the total counts all)
 * @param offset        hits skipped, for paging
 * @param facets        whether to count hits per outlet, year, month, language, genre, side, technique and check kind
 * @param allRevisions  whether to list older revisions too (default: latest only); SQLite's full-text
 *                      index holds latest revisions only, so query words find those alone
 */
public record SearchQuery(
    String text,
    @Nullable String source,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String language,
    @Nullable String speaker,
    @Nullable String place,
    @Nullable String technique,
    @Nullable String checkKind,
    @Nullable String genre,
    @Nullable String side,
    int limit,
    int offset,
    boolean facets,
    boolean allRevisions) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
    }
  }

  /** All of {@code text}, no filter, the 20 best, no facets. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, null, null, null, null, null, 20, 0, false, false);
  }

  public SearchQuery withSource(@Nullable String v) {
    return with(c -> c.source = v);
  }

  public SearchQuery withFrom(@Nullable LocalDate v) {
    return with(c -> c.from = v);
  }

  public SearchQuery withTo(@Nullable LocalDate v) {
    return with(c -> c.to = v);
  }

  public SearchQuery withLanguage(@Nullable String v) {
    return with(c -> c.language = v);
  }

  public SearchQuery withSpeaker(@Nullable String v) {
    return with(c -> c.speaker = v);
  }

  public SearchQuery withPlace(@Nullable String v) {
    return with(c -> c.place = v);
  }

  public SearchQuery withTechnique(@Nullable String v) {
    return with(c -> c.technique = v);
  }

  public SearchQuery withCheckKind(@Nullable String v) {
    return with(c -> c.checkKind = v);
  }

  public SearchQuery withGenre(@Nullable String v) {
    return with(c -> c.genre = v);
  }

  public SearchQuery withSide(@Nullable String v) {
    return with(c -> c.side = v);
  }

  public SearchQuery withLimit(int v) {
    return with(c -> c.limit = v);
  }

  public SearchQuery withOffset(int v) {
    return with(c -> c.offset = v);
  }

  public SearchQuery withFacets(boolean v) {
    return with(c -> c.facets = v);
  }

  public SearchQuery withAllRevisions(boolean v) {
    return with(c -> c.allRevisions = v);
  }

  /** This query with {@code change} made to a copy of its fields. */
  private SearchQuery with(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.query();
  }

  /** The fields of a query, to change one before making a new query of them. */
  private static final class Copy {
    final String text;
    @Nullable String source;
    @Nullable LocalDate from;
    @Nullable LocalDate to;
    @Nullable String language;
    @Nullable String speaker;
    @Nullable String place;
    @Nullable String technique;
    @Nullable String checkKind;
    @Nullable String genre;
    @Nullable String side;
    int limit;
    int offset;
    boolean facets;
    boolean allRevisions;

    Copy(SearchQuery q) {
      text = q.text;
      source = q.source;
      from = q.from;
      to = q.to;
      language = q.language;
      speaker = q.speaker;
      place = q.place;
      technique = q.technique;
      checkKind = q.checkKind;
      genre = q.genre;
      side = q.side;
      limit = q.limit;
      offset = q.offset;
      facets = q.facets;
      allRevisions = q.allRevisions;
    }

    SearchQuery query() {
      return new SearchQuery(text, source, from, to, language, speaker, place, technique, checkKind, genre, side,
          limit, offset, facets, allRevisions);
    }
  }
}
