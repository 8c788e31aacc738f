package dev.scrutiny.places;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.entities.EntityType;
import dev.scrutiny.entities.Mention;
import dev.scrutiny.entities.MentionKind;
import dev.scrutiny.pipeline.Analyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Geoparser: resolves the LOCATION entities of an article to {@link Gazetteer} entries and produces the
 * {@link Place#LAYER places} layer. Requires {@link Entity#LAYER}.
 *
 * <p>Each name mention is resolved on its own, then mentions of the same gazetteer entry are grouped
 * into one {@link Place} (so "Kiev" and "Kyiv" in one article are one place, while "Kursk" the city and
 * "Kursk Oblast" are two). Disambiguation, in order:
 * <ol>
 *   <li>Context words: a region word in or right after the name ("Kursk Oblast", "Kharkiv region",
 *       "Donetsk and Luhansk regions", "the Kursk incursion") selects the region.</li>
 *   <li>{@linkplain Gazetteer#prior(GazetteerEntry, String) Prior}: population, countries favoured, regions discounted against the
 *       city they are named after ("Kursk" alone is the city), canonical names before former ones.</li>
 *   <li>The article's other places: candidates in a country the article names or near its other
 *       confidently resolved places score higher ("Dzerzhinsk" next to Bakhmut is Toretsk).</li>
 * </ol>
 * A name with no gazetteer entry, or whose best candidates tie while lying far apart, yields no place:
 * its entity stays an unresolved LOCATION. ORGANIZATION, NORP and MISC entities are used only when a
 * mention is exactly a country or region name after a locative preposition ("fighting in Crimea").
 * Capitalised names the entity layer missed after a locative preposition ("shelling near Robotyne") are
 * added, without an entity id, when they are a country or region under its own unambiguous name or lie
 * near the article's other places.
 *
 * <p>Thread-safe; the gazetteer is shared and read-only. Never throws on article content.
 */
public final class PlaceAnalyzer implements Analyzer<Place> {

  /** Score margin under which two far-apart candidates count as a tie (no guess is made). */
  static final double TIE_MARGIN = 0.3;
  /** Namesakes closer than this are the same place for tie purposes. */
  static final double TIE_DISTANCE_KM = 50;

  private static final Pattern REGION_AFTER = Pattern.compile(
      "^[\\s\\u00A0]+(?:oblast|oblasts|region|regions|province|provinces|krai|governorate|incursion|"
          + "border region|border area|(?:counter-?)?offensive|and\\s+\\p{Lu}[\\p{L}'\\u2019-]+\\s+"
          + "(?:regions|oblasts|provinces))\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REGION_BEFORE =
      Pattern.compile("\\b(?:region|province|oblast)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "\\b(?:in|into|from|across|throughout|inside|near|to|towards|toward|within|at|over)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** A capitalised name of up to three words after a locative preposition. */
  private static final Pattern MISSED = Pattern.compile(
      "\\b(?:in|near|outside|around|towards|toward|into|across|through|outskirts of|village of|town of|city of)"
          + "\\s+(\\p{Lu}[\\p{Ll}'\\u2019-]+(?:\\s+\\p{Lu}[\\p{Ll}'\\u2019-]+){0,2})");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'\\u2019-]+");
  private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That", "His", "Her", "Their", "Our");
  /** How close a name the entity layer missed must lie to the article's places. */
  static final double MISSED_RADIUS_KM = 300;
  /** Below this population a unique gazetteer match may well be a namesake of a village it lacks. */
  static final long SMALL_PLACE = 5_000;
  private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:[-\\u2010-\\u2013]|\\s+\\p{Lu})");
  private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he\\s+$");
  private static final Pattern POSSESSIVE = Pattern.compile("['\\u2019]s?$");

  private final Gazetteer gazetteer;
  private final Conventions conventions;

  /** Uses the shipped gazetteer and naming conventions. */
  public PlaceAnalyzer() {
    this(Gazetteer.shared(), Conventions.shared());
  }

  public PlaceAnalyzer(Gazetteer gazetteer, Conventions conventions) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.conventions = Objects.requireNonNull(conventions, "conventions");
  }

  @Override
  public LayerKey<Place> produces() {
    return Place.LAYER;
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Entity.LAYER);
  }

  @Override
  public String name() {
    return "places/1";
  }

  /** One name mention to resolve, with its candidates. */
  private record Occurrence(@Nullable Entity entity, Mention mention, String surface, String conventionSurface,
                            String key, List<GazetteerEntry> candidates) {}

  @Override
  public List<Place> analyze(Analysis in) {
    String text = in.text();
    List<Occurrence> occurrences = new ArrayList<>();
    Map<String, List<GazetteerEntry>> cache = new HashMap<>();
    for (Entity e : in.items(Entity.LAYER)) {
      for (Mention m : e.mentions()) {
        if (m.kind() != MentionKind.NAME || m.end() > text.length()) {
          continue;
        }
        Occurrence o = occurrence(text, e, e.type(), m, cache);
        if (o != null) {
          occurrences.add(o);
        }
      }
    }
    // pass 1: context-free picks; the confident ones become the article's context
    Map<String, GazetteerEntry> confident = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      List<GazetteerEntry> c = o.candidates();
      if (c.size() == 1
          || gazetteer.prior(c.get(0), o.surface()) - gazetteer.prior(c.get(1), o.surface()) >= 1.0) {
        confident.putIfAbsent(o.key(), c.get(0));
      }
    }
    // pass 2: rescore with the other names' confident picks
    Map<Long, List<Occurrence>> byEntry = new LinkedHashMap<>();
    Map<Long, GazetteerEntry> entries = new HashMap<>();
    for (Occurrence o : occurrences) {
      List<GazetteerEntry> context = new ArrayList<>();
      confident.forEach((k, v) -> {
        // a name's own namesakes ("Kyiv" for "Kiev") must not vote for its other candidates
        if (!k.equals(o.key()) && !o.candidates().contains(v)) {
          context.add(v);
        }
      });
      GazetteerEntry pick = pick(o.surface(), o.candidates(), context);
      if (pick != null) {
        byEntry.computeIfAbsent(pick.id(), x -> new ArrayList<>()).add(o);
        entries.put(pick.id(), pick);
      }
    }
    addMissed(text, in.items(Entity.LAYER), byEntry, entries, cache);
    List<Place> places = new ArrayList<>();
    List<Map.Entry<Long, List<Occurrence>>> groups = new ArrayList<>(byEntry.entrySet());
    groups.sort(Comparator.comparingInt(g -> g.getValue().stream().mapToInt(o -> o.mention().start()).min().orElse(0)));
    for (var g : groups) {
      GazetteerEntry entry = entries.get(g.getKey());
      List<Occurrence> os = new ArrayList<>(g.getValue());
      os.sort(Comparator.comparingInt(o -> o.mention().start()));
      List<Mention> mentions = os.stream().map(Occurrence::mention).distinct().toList();
      Occurrence first = os.get(0);
      places.add(new Place("p" + (places.size() + 1), entry.name(), first.surface(), mentions, entry.country(),
          entry.admin1(), entry.latitude(), entry.longitude(), entry.kind(), convention(os, entry), entry.id(),
          os.stream().map(Occurrence::entity).filter(Objects::nonNull).map(Entity::id).findFirst().orElse(null)));
    }
    return places;
  }

  /**
   * Gazetteer names the entity layer missed, after a locative preposition ("shelling near Robotyne"):
   * kept only when they are a country or region under its own name, or a place within
   * {@value #MISSED_RADIUS_KM} km of the article's resolved places in one of their countries.
   */
  private void addMissed(String text, List<Entity> entities, Map<Long, List<Occurrence>> byEntry,
                         Map<Long, GazetteerEntry> entries, Map<String, List<GazetteerEntry>> cache) {
    List<Mention> taken = new ArrayList<>();
    for (Entity e : entities) {
      taken.addAll(e.mentions());
    }
    List<GazetteerEntry> context = entries.values().stream().filter(x -> x.kind() != PlaceKind.COUNTRY).toList();
    Set<String> countries = new java.util.HashSet<>();
    entries.values().forEach(x -> countries.add(x.country()));
    Matcher m = MISSED.matcher(text);
    Matcher word = CAPITALISED_WORD.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      List<Integer> ends = new ArrayList<>();
      word.region(start, m.end(1));
      while (word.find()) {
        ends.add(word.end());
      }
      if (NOT_PLACES.contains(text.substring(start, ends.get(0)))) {
        continue;
      }
      for (int i = ends.size() - 1; i >= 0; i--) { // longest name first: "Velyka Novosilka" before "Velyka"
        int end = ends.get(i);
        if (taken.stream().anyMatch(t -> start < t.end() && t.start() < end)) {
          break;
        }
        Occurrence o = occurrence(text, null, EntityType.LOCATION, new Mention(start, end, MentionKind.NAME), cache);
        if (o == null) {
          continue;
        }
        GazetteerEntry pick = pick(o.surface(), o.candidates(), context);
        if (pick == null) {
          break;
        }
        boolean ownName = (pick.kind() == PlaceKind.COUNTRY || pick.kind() == PlaceKind.REGION)
            && Gazetteer.key(pick.name()).equals(Gazetteer.key(o.surface())) && o.candidates().size() == 1;
        boolean near = pick.kind() != PlaceKind.COUNTRY && countries.contains(pick.country())
            && context.stream().anyMatch(x -> x.id() != pick.id() && Geo.distanceKm(x, pick) <= MISSED_RADIUS_KM);
        if (ownName || near) {
          byEntry.computeIfAbsent(pick.id(), x -> new ArrayList<>()).add(o);
          entries.put(pick.id(), pick);
          taken.add(o.mention());
        }
        break;
      }
    }
  }

  private @Nullable Occurrence occurrence(String text, @Nullable Entity e, EntityType type, Mention m,
                                          Map<String, List<GazetteerEntry>> cache) {
    String raw = POSSESSIVE.matcher(text.substring(m.start(), m.end()).strip()).replaceAll("");
    String surface = raw.regionMatches(true, 0, "the ", 0, 4) ? raw.substring(4) : raw;
    if (surface.isBlank()) {
      return null;
    }
    String before = text.substring(Math.max(0, m.start() - 40), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
    String key = Gazetteer.key(surface);
    boolean regionHint = PlaceNames.hasRegionSuffix(key) || REGION_AFTER.matcher(after).find()
        || REGION_BEFORE.matcher(before).find();
    List<GazetteerEntry> candidates = cache.computeIfAbsent(surface + (regionHint ? "\u0000r" : ""), x -> {
      List<GazetteerEntry> all = gazetteer.lookup(surface);
      if (regionHint) {
        List<GazetteerEntry> regions = all.stream().filter(c -> c.kind() == PlaceKind.REGION).toList();
        if (regions.isEmpty()) {
          regions = gazetteer.lookup(PlaceNames.regionStem(key) + " region");
        }
        if (!regions.isEmpty()) {
          return regions;
        }
      }
      return all;
    });
    candidates = inStatedRegion(text, m.end(), candidates);
    if (candidates == null) {
      return null;
    }
    if (type != EntityType.LOCATION) {
      // other entity types only when the mention is plainly a country or region used as a place
      candidates = candidates.stream()
          .filter(c -> c.kind() == PlaceKind.COUNTRY || c.kind() == PlaceKind.REGION).toList();
      if (!LOCATIVE_BEFORE.matcher(before).find()) {
        return null;
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    // "the Ukraine" is a convention signal, "the Ukraine-EU summit" and "the Ukraine Defense Contact Group" are not
    boolean theCounts = THE_BEFORE.matcher(before).find() && !NAME_GOES_ON.matcher(after).find();
    String conventionSurface = (theCounts ? "the " : "") + surface;
    return new Occurrence(e, m, surface, conventionSurface, regionHint ? key + "#region" : key, candidates);
  }

  /**
   * The candidates that lie in the region stated after the mention ("Romanivka, Kyiv region"), or all of
   * them when none is stated; null when the stated region rules out every namesake or the one small place.
   */
  private static @Nullable List<GazetteerEntry> inStatedRegion(String text, int end, List<GazetteerEntry> candidates) {
    if (candidates.size() > 1) {
      // "Romanivka, Kyiv region": a stated region picks among namesakes (villages share names widely)
      Regions.Stated stated = Regions.statedAfter(text, end).orElse(null);
      if (stated != null) {
        List<GazetteerEntry> inRegion = candidates.stream()
            .filter(c -> c.kind() != PlaceKind.REGION && c.admin1() != null && Regions.sameRegion(stated.name(), c.admin1()))
            .toList();
        // none of our namesakes lies in the region named: the place it means is missing from the gazetteer
        // (cities500 lacks most villages), so leave the name unresolved
        return inRegion.isEmpty() ? null : inRegion;
      }
    } else if (candidates.size() == 1 && candidates.get(0).population() < SMALL_PLACE
        && candidates.get(0).kind() != PlaceKind.REGION) {
      Regions.Stated stated = Regions.statedAfter(text, end).orElse(null);
      if (stated != null && candidates.get(0).admin1() != null
          && !Regions.sameRegion(stated.name(), candidates.get(0).admin1())) {
        return null; // a village of that name elsewhere, in all likelihood, not a false statement
      }
    }
    return candidates;
  }

  /** The best candidate given the article's other confident places, or null on a far-apart tie. */
  @Nullable GazetteerEntry pick(String surface, List<GazetteerEntry> candidates,
                                       List<GazetteerEntry> context) {
    GazetteerEntry best = null;
    GazetteerEntry second = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double secondScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry c : candidates) {
      double s = gazetteer.prior(c, surface) + contextBonus(c, context);
      if (s > bestScore) {
        second = best;
        secondScore = bestScore;
        best = c;
        bestScore = s;
      } else if (s > secondScore) {
        second = c;
        secondScore = s;
      }
    }
    if (best != null && second != null && bestScore - secondScore < TIE_MARGIN
        && Geo.distanceKm(best, second) > TIE_DISTANCE_KM) {
      return null;
    }
    return best;
  }

  /** +1.5 when the article names the candidate's country; up to +3 for nearness to its other places. */
  static double contextBonus(GazetteerEntry c, List<GazetteerEntry> context) {
    double bonus = 0;
    boolean sameCountry = false;
    double nearest = Double.POSITIVE_INFINITY;
    for (GazetteerEntry x : context) {
      if (x.id() == c.id()) {
        continue;
      }
      if (x.country() != null && x.country().equals(c.country())) {
        sameCountry = true;
      }
      if (x.kind() != PlaceKind.COUNTRY && c.kind() != PlaceKind.COUNTRY) {
        nearest = Math.min(nearest, Geo.distanceKm(x, c));
      }
    }
    if (sameCountry) {
      bonus += 1.5;
    }
    if (nearest < Double.POSITIVE_INFINITY) {
      bonus += 3 * Math.exp(-nearest / 200);
    }
    return bonus;
  }

  /** The convention of the mentions: the most frequent non-neutral one, the first on a tie. */
  private Convention convention(List<Occurrence> os, GazetteerEntry entry) {
    Map<Convention, Integer> counts = new LinkedHashMap<>();
    for (Occurrence o : os) {
      Convention c = conventions.conventionOf(o.conventionSurface(), entry);
      if (c == Convention.NEUTRAL && !o.conventionSurface().equals(o.surface())) {
        c = conventions.conventionOf(o.surface(), entry);
      }
      if (c != Convention.NEUTRAL) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(Convention.NEUTRAL);
  }
}
