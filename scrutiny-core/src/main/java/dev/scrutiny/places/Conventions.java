package dev.scrutiny.places;

import dev.scrutiny.ingest.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The curated table of contested English place names: which variant is Russian-style (Kiev, Kharkov,
 * Artyomovsk, Donbass), which Ukrainian-style (Kyiv, Kharkiv, Bakhmut, Donbas), which neutral.
 *
 * <pre>{@code
 * GazetteerEntry bakhmut = Gazetteer.shared().lookup("Artyomovsk").get(0);          // Bakhmut
 * Convention c = Conventions.shared().conventionOf("Artyomovsk", bakhmut);         // RU_STYLE
 * }</pre>
 *
 * <p>The table ships as {@code dev/scrutiny/places/conventions.tsv}; its header documents each column
 * and the criteria. A variant counts only for the place it names: "Dzerzhinsk" is ru-style for Toretsk
 * but neutral for the Russian city of that name. Names the table does not list are {@link
 * Convention#NEUTRAL}. Immutable and thread-safe.
 */
public final class Conventions {

  /** Resource path of the shipped table. */
  public static final String RESOURCE = "/dev/scrutiny/places/conventions.tsv";

  /**
   * One row of the table.
   *
   * @param variant    the name as written ("Kiev")
   * @param canonical  canonical name of the target, or of the city a region is named after ("Kyiv")
   * @param country    ISO-3166 alpha-2 code of the target
   * @param kind       {@code city}, {@code region}, {@code country} or {@code *} (city and region)
   * @param convention the convention the variant signals
   * @param note       why, or empty
   */
  public record Variant(String variant, String canonical, String country, String kind, Convention convention,
                        String note) {

    public Variant {
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(convention, "convention");
      Objects.requireNonNull(note, "note");
      if (!Set.of("city", "region", "country", "*").contains(kind)) {
        throw new IllegalArgumentException("variant " + variant + ": expected kind city, region, country or *, got '"
            + kind + "'");
      }
    }

    /** Whether this variant names {@code entry}. */
    public boolean names(GazetteerEntry entry) {
      if (!country.equals(entry.country())) {
        return false;
      }
      boolean kindOk = switch (kind) {
        case "city" -> entry.kind() == PlaceKind.CITY || entry.kind() == PlaceKind.OTHER;
        case "region" -> entry.kind() == PlaceKind.REGION;
        case "country" -> entry.kind() == PlaceKind.COUNTRY;
        default -> entry.kind() == PlaceKind.CITY || entry.kind() == PlaceKind.REGION;
      };
      if (!kindOk) {
        return false;
      }
      String target = Gazetteer.key(canonical);
      String name = Gazetteer.key(entry.name());
      return name.equals(target) || (entry.kind() == PlaceKind.REGION && PlaceNames.regionStem(name).equals(target));
    }
  }

  private final List<Variant> variants;
  private final Map<String, List<Variant>> byKey;

  private Conventions(List<Variant> variants) {
    this.variants = List.copyOf(variants);
    Map<String, List<Variant>> m = new HashMap<>();
    for (Variant v : variants) {
      m.computeIfAbsent(Gazetteer.key(v.variant()), k -> new ArrayList<>()).add(v);
    }
    this.byKey = Map.copyOf(m);
  }

  /** The shipped table, loaded once. */
  public static Conventions shared() {
    return Holder.SHARED;
  }

  /** The header of a conventions table, in column order. */
  public static final List<String> COLUMNS = List.of("variant", "canonical", "country", "kind", "convention", "note");

  /**
   * Parses a table in the shipped format (a header line of {@link #COLUMNS}, then 6 tab-separated
   * columns; {@code #} comments), through the shared {@link TsvTable}.
   *
   * @throws IllegalArgumentException naming {@code name:line} when a row is malformed
   */
  public static Conventions parse(String name, Reader reader) {
    List<Variant> rows = new ArrayList<>();
    for (TsvTable.Row r : TsvTable.read(name, reader, COLUMNS)) {
      Convention c = switch (r.cell(4)) {
        case "ru-style" -> Convention.RU_STYLE;
        case "uk-style" -> Convention.UK_STYLE;
        case "neutral" -> Convention.NEUTRAL;
        default -> throw r.error("expected ru-style, uk-style or neutral, got '" + r.cell(4) + "'");
      };
      try {
        rows.add(new Variant(r.cell(0), r.cell(1), r.cell(2), r.cell(3), c, r.cell(5)));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
    }
    return new Conventions(rows);
  }

  /** Every row, in table order. */
  public List<Variant> variants() {
    return variants;
  }

  /**
   * The convention a surface form signals for the place it resolved to. The surface may carry a leading
   * "the" or a trailing region word ("Kharkov region", "the Ukraine"); the longest listed form wins.
   * Returns {@link Convention#NEUTRAL} when no row lists the name for this place.
   */
  public Convention conventionOf(String surface, GazetteerEntry resolved) {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(resolved, "resolved");
    String k = Gazetteer.key(surface);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(k);
    String noThe = k.startsWith("the ") ? k.substring(4) : k;
    forms.add(noThe);
    forms.add(PlaceNames.regionStem(k));
    forms.add(PlaceNames.regionStem(noThe));
    for (String form : forms) {
      for (Variant v : byKey.getOrDefault(form, List.of())) {
        if (v.names(resolved)) {
          return v.convention();
        }
      }
    }
    return Convention.NEUTRAL;
  }

  /**
   * The convention of one mention {@code [start, end)} of {@code text} that resolved to {@code resolved}:
   * as {@link #conventionOf}, with a "the" right before the mention taken into account ("the Ukraine").
   */
  public Convention conventionAt(String text, int start, int end, GazetteerEntry resolved) {
    String surface = text.substring(start, end);
    if (start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4)) {
      Convention withThe = conventionOf("the " + surface, resolved);
      if (withThe != Convention.NEUTRAL) {
        return withThe;
      }
    }
    return conventionOf(surface, resolved);
  }

  /** The rows listing {@code name} as a variant (any place), in table order. */
  public List<Variant> variantsOf(String name) {
    return byKey.getOrDefault(Gazetteer.key(name), List.of());
  }

  /**
   * For each variant, the ids of the gazetteer entries it names: the most populous matching city, and
   * every matching region or country. Variants whose target the index lacks are left out.
   */
  public Map<String, List<Long>> aliasTargets(Gazetteer gazetteer) {
    Map<String, List<Long>> out = new LinkedHashMap<>();
    for (Variant v : variants) {
      Set<Long> ids = new LinkedHashSet<>();
      boolean cityTaken = false;
      for (GazetteerEntry e : gazetteer.lookup(v.canonical())) {
        if (!v.names(e)) {
          continue;
        }
        if (e.kind() == PlaceKind.CITY || e.kind() == PlaceKind.OTHER) {
          if (cityTaken) {
            continue;
          }
          cityTaken = true;
        }
        ids.add(e.id());
      }
      if (!ids.isEmpty()) {
        out.computeIfAbsent(v.variant(), x -> new ArrayList<>()).addAll(ids);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Conventions[%d variants]", variants.size());
  }

  private static final class Holder {
    static final Conventions SHARED = load();

    private static Conventions load() {
      try (InputStream in = Conventions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("resource " + RESOURCE + " is missing from the classpath");
        }
        return parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read naming conventions " + RESOURCE, e);
      }
    }
  }
}
