package dev.scrutiny.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a GeoNames dump ({@code countryInfo.txt}, {@code admin1CodesASCII.txt}, {@code cities500.txt})
 * and the curated additions into the gazetteer's entries, sorted by id, for {@link GazetteerBuilder}:
 * places pruned as the builder's class comment says, countries placed at their capital (else their
 * largest place), regions at the population-weighted mean of their places, then the curated renames,
 * aliases and added places. One instance per build; not thread-safe.
 */
final class GeoNamesReader {

  private static final Pattern SCRIPT_OK =
      Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\p{M} '\\u2019\\-.()]+");
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]{1,4}");
  private static final Pattern REGION_WORD = Pattern.compile(
      "^(?:(?:republic|province|region) of )?(.+?)(?: (?:oblast|oblasti|region|province|krai|kray|governorate|"
          + "voivodeship|republic|autonomous okrug|autonomous oblast))?$");

  private final Map<String, String> renames = new HashMap<>();
  private final Map<String, List<String>> aliases = new HashMap<>();
  private final Map<String, String[]> countryRows = new TreeMap<>();
  private final Map<String, String[]> admin1Rows = new TreeMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  /** Per first-level region code: sum of weight × latitude, of weight × longitude, of weights, population. */
  private final Map<String, double[]> regionSums = new HashMap<>();
  private final Map<String, double[]> capitals = new HashMap<>();
  private final Map<String, long[]> largest = new HashMap<>();
  private final Map<String, double[]> largestAt = new HashMap<>();
  private final List<GazetteerItem> items = new ArrayList<>();

  private GeoNamesReader() {}

  /**
   * The entries of the GeoNames directory {@code dir} and the curated rows, sorted by id.
   *
   * @throws IOException on read errors, a curated addition with a non-negative id, or a duplicate id
   */
  static List<GazetteerItem> read(Path dir, List<String[]> curated) throws IOException {
    GeoNamesReader r = new GeoNamesReader();
    r.curations(curated);
    r.countries(dir);
    r.regions(dir);
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("cities500.txt"), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        r.place(line.split("\t", -1));
      }
    }
    r.countryItems();
    r.regionItems();
    r.added(curated);
    r.items.sort(Comparator.comparingLong(GazetteerItem::id));
    for (int i = 1; i < r.items.size(); i++) {
      if (r.items.get(i).id() == r.items.get(i - 1).id()) {
        throw new IOException("duplicate gazetteer id " + r.items.get(i).id() + ": " + r.items.get(i - 1).name()
            + " and " + r.items.get(i).name());
      }
    }
    return r.items;
  }

  /** The curated renames and aliases of GeoNames entries. */
  private void curations(List<String[]> curated) {
    for (String[] row : curated) {
      if (row[0].equals("rename") || row[0].equals("alias")) {
        if (row[0].equals("rename")) {
          renames.put(row[1], row[2]);
        }
        if (!row[9].isBlank()) {
          aliases.computeIfAbsent(row[1], x -> new ArrayList<>()).addAll(Arrays.asList(row[9].split("\\|")));
        }
      }
    }
  }

  private void countries(Path dir) throws IOException {
    for (String line : Files.readAllLines(dir.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t", -1);
        countryRows.put(f[0], f);
      }
    }
  }

  private void regions(Path dir) throws IOException {
    for (String line : Files.readAllLines(dir.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String[] f = line.split("\t", -1);
        admin1Rows.put(f[0], f);
        admin1Names.put(f[0], renames.getOrDefault("admin1:" + f[0], f[2]));
      }
    }
  }

  /** One row of {@code cities500.txt}: counted for its region and country, kept as an entry unless pruned. */
  private void place(String[] f) {
    if (f.length < 15) {
      return;
    }
    long id = Long.parseLong(f[0]);
    double lat = Double.parseDouble(f[4]);
    double lon = Double.parseDouble(f[5]);
    String cc = f[8];
    String a1 = cc + "." + f[10];
    long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    double w = Math.max(pop, 1);
    double[] s = regionSums.computeIfAbsent(a1, x -> new double[4]);
    s[0] += w * lat;
    s[1] += w * lon;
    s[2] += w;
    s[3] += pop;
    String[] country = countryRows.get(cc);
    if (f[7].equals("PPLC") || (country != null && country[5].equals(f[1]) && !capitals.containsKey(cc))) {
      capitals.put(cc, new double[] {lat, lon});
    }
    if (pop > largest.computeIfAbsent(cc, x -> new long[] {-1})[0]) {
      largest.get(cc)[0] = pop;
      largestAt.put(cc, new double[] {lat, lon});
    }
    if (pop < GazetteerBuilder.MIN_POPULATION && !GazetteerBuilder.ALWAYS_KEPT.contains(cc)) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(f[1]);
    names.add(f[2]);
    for (String alt : f[3].split(",")) {
      if (alt.length() >= 2 && SCRIPT_OK.matcher(alt).matches() && !CODE_LIKE.matcher(alt).matches()) {
        names.add(alt);
      }
    }
    names.addAll(aliases.getOrDefault("geonames:" + id, List.of()));
    PlaceKind kind = f[6].equals("P") ? PlaceKind.CITY : PlaceKind.OTHER;
    String name = renames.getOrDefault("geonames:" + id, f[1]);
    names.add(name);
    items.add(new GazetteerItem(id, name, kind, cc, admin1Names.get(a1), lat, lon, pop, names));
  }

  /** A country entry for each country with a capital or a listed place and a GeoNames id. */
  private void countryItems() {
    for (String[] c : countryRows.values()) {
      String cc = c[0];
      double[] at = capitals.getOrDefault(cc, largestAt.get(cc));
      if (at == null || c[16].isBlank()) {
        continue;
      }
      String name = renames.getOrDefault("country:" + cc, c[4]);
      Set<String> names = new LinkedHashSet<>(List.of(c[4], name));
      names.addAll(aliases.getOrDefault("country:" + cc, List.of()));
      long pop = c[7].isBlank() ? 0 : Long.parseLong(c[7]);
      items.add(new GazetteerItem(Long.parseLong(c[16]), name, PlaceKind.COUNTRY, cc, null, at[0], at[1], pop, names));
    }
  }

  /** A region entry for each first-level region with a listed place, at their population-weighted mean. */
  private void regionItems() {
    for (String[] a : admin1Rows.values()) {
      double[] s = regionSums.get(a[0]);
      if (s == null || a[3].isBlank()) {
        continue;
      }
      String name = admin1Names.get(a[0]);
      Set<String> names = new LinkedHashSet<>();
      for (String n : List.of(name, a[1], a[2])) {
        names.add(n);
        var m = REGION_WORD.matcher(Gazetteer.key(n));
        if (m.matches()) {
          names.add(m.group(1));
        }
      }
      names.addAll(aliases.getOrDefault("admin1:" + a[0], List.of()));
      String cc = a[0].substring(0, a[0].indexOf('.'));
      items.add(new GazetteerItem(Long.parseLong(a[3]), name, PlaceKind.REGION, cc, name, s[0] / s[2], s[1] / s[2],
          (long) s[3], names));
    }
  }

  /** The curated places GeoNames lacks ({@code add} rows, negative ids). */
  private void added(List<String[]> curated) throws IOException {
    for (String[] row : curated) {
      if (!row[0].equals("add")) {
        continue;
      }
      long id = Long.parseLong(row[1]);
      if (id >= 0) {
        throw new IOException("curated addition " + row[2] + " must have a negative id, got " + id);
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(row[2]);
      if (!row[9].isBlank()) {
        names.addAll(Arrays.asList(row[9].split("\\|")));
      }
      PlaceKind kind = PlaceKind.valueOf(row[3].toUpperCase(Locale.ROOT));
      String a1 = row[5].isBlank() ? null : admin1Names.getOrDefault(row[5], row[5]);
      items.add(new GazetteerItem(id, row[2], kind, row[4].isBlank() ? null : row[4], a1, Double.parseDouble(row[6]),
          Double.parseDouble(row[7]), row[8].isBlank() ? 0 : Long.parseLong(row[8]), names));
    }
  }
}
