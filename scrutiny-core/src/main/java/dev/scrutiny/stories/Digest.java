package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.places.Place;
import dev.scrutiny.places.PlaceKind;
import dev.scrutiny.time.TimeExpression;
import dev.scrutiny.time.TimeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the cross-source comparisons need from one analysed article: who (entity keys), where (places
 * below country level), when (the event date the text states, else the publication date), what (content
 * word counts) and two MinHash signatures (5-word shingles for copies, the word set for rewrites).
 * Immutable; build with {@link #of(Analysis)}.
 *
 * @param analysis     the analysed article
 * @param source       the outlet, or {@code "unknown"} when the article names none
 * @param published    publication date, or null
 * @param publishedAt  publication date-time in UTC (as stated when it has no offset), or null when only a
 *                     date (or nothing) is known
 * @param eventDate    the date of the event told: the first full date in the text within 10 days before
 *                     publication, else the publication date; null when neither is known
 * @param who          entity keys of people, organisations and groups other than nationalities
 * @param where        places below country level, as {@code gazetteer id} or lower-cased name
 * @param placeNames   the display name of each key in {@code where}
 * @param terms        content-word counts (stemmed, no stop words)
 * @param shingles     MinHash signature of the 5-word shingles of the text
 * @param shingleCount number of distinct 5-word shingles
 * @param wordSet      MinHash signature of the set of content words
 */
public record Digest(Analysis analysis, String source, @Nullable LocalDate published,
                     @Nullable LocalDateTime publishedAt, @Nullable LocalDate eventDate, Set<String> who,
                     Set<String> where, Map<String, String> placeNames, Map<String, Integer> terms,
                     int[] shingles, int shingleCount, int[] wordSet) {

  static final int SHINGLE = 5;
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public Digest {
    who = Collections.unmodifiableSet(who);
    where = Collections.unmodifiableSet(where);
    placeNames = Collections.unmodifiableMap(placeNames);
    terms = Collections.unmodifiableMap(terms);
  }

  public String id() {
    return analysis.article().id();
  }

  public Article article() {
    return analysis.article();
  }

  /** Features of one analysed article; layers that are absent simply contribute nothing. */
  public static Digest of(Analysis analysis) {
    Article a = analysis.article();
    Published p = a.published();
    LocalDate published = p == null ? null : p.date();
    Set<String> who = new LinkedHashSet<>();
    for (Entity e : analysis.items(Entity.LAYER)) {
      if (e.type() != EntityType.LOCATION && e.type() != EntityType.NORP && !e.key().isBlank()) {
        who.add(e.key());
      }
    }
    Set<String> where = new LinkedHashSet<>();
    Map<String, String> names = new HashMap<>();
    for (Place pl : analysis.items(Place.LAYER)) {
      if (pl.kind() != PlaceKind.COUNTRY) {
        String key = placeKey(pl);
        where.add(key);
        names.putIfAbsent(key, pl.name());
      }
    }
    String body = a.title() == null ? a.text() : a.title() + "\n" + a.text();
    List<String> words = Words.all(a.text());
    Set<Long> sh = MinHash.shingles(words, SHINGLE);
    Map<String, Integer> terms = new HashMap<>();
    Set<Long> wordHashes = new java.util.HashSet<>();
    for (String w : Words.content(body)) {
      terms.merge(w, 1, Integer::sum);
      wordHashes.add(MinHash.hash(w));
    }
    String source = a.source() == null || a.source().isBlank() ? "unknown" : a.source().strip();
    return new Digest(analysis, source, published, instant(p),
        eventDate(analysis.items(TimeExpression.LAYER), published), who, where, names, terms,
        MinHash.signature(sh), sh.size(), MinHash.signature(wordHashes));
  }

  /** The publication time on one clock (UTC) when the offset is known, else as stated. */
  public static @Nullable LocalDateTime instant(@Nullable Published p) {
    if (p == null || p.dateTime() == null) {
      return null;
    }
    return p.offset() == null ? p.dateTime()
        : p.dateTime().atOffset(p.offset()).withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
  }

  static String placeKey(Place p) {
    return p.gazetteerId() > 0 ? "g" + p.gazetteerId() : p.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The first full date the text gives within ten days before publication (or on it), else publication. */
  static @Nullable LocalDate eventDate(List<TimeExpression> times, @Nullable LocalDate published) {
    for (TimeExpression t : times) {
      if (t.type() != TimeType.DATE || t.value().length() < 10 || !FULL_DATE.matcher(t.value()).lookingAt()) {
        continue;
      }
      try {
        LocalDate d = LocalDate.parse(t.value().substring(0, 10));
        if (published == null) {
          return d;
        }
        long before = ChronoUnit.DAYS.between(d, published);
        if (before >= 0 && before <= 10) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // not a calendar date (e.g. 2025-02-30 from a typo): ignored
      }
    }
    return published;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Digest d && d.id().equals(id());
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return "Digest[" + id() + ", " + source + ", " + eventDate + ", who=" + who + ", where=" + where + "]";
  }
}
