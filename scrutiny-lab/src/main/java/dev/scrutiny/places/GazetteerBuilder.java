package dev.scrutiny.places;

import dev.scrutiny.ingest.TsvTable;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Builds the compact {@link Gazetteer} index from a GeoNames dump (CC BY 4.0) and the curated additions.
 *
 * <pre>{@code
 * GazetteerBuilder.Result r = GazetteerBuilder.fromGeoNames(Path.of("/data/geonames"), GazetteerBuilder.additions());
 * try (OutputStream out = Files.newOutputStream(Path.of("gazetteer.bin"))) { r.write(out); }
 * }</pre>
 *
 * <p>Inputs: {@code cities500.txt} (populated places with alternate names), {@code admin1CodesASCII.txt}
 * and {@code countryInfo.txt} from the directory, and the curated TSV {@code additions.tsv} (renames,
 * aliases and places GeoNames lacks, each with its source).
 *
 * <p>Pruning, to keep the shipped file small: a populated place is kept when it has at least
 * {@link #MIN_POPULATION} inhabitants or lies in one of {@link #ALWAYS_KEPT} (Ukraine, Russia and their
 * neighbours, where war news names villages). Alternate names are kept only when written in Latin
 * (with diacritics) or Cyrillic script, without digits, and not as short upper-case codes ("KBP").
 * Every country and every first-level region with at least one listed place is kept. Regions get the
 * population-weighted mean of their listed places as coordinates and the sum of their populations.
 *
 * <p>The output is deterministic: the same inputs give the same bytes.
 */
public final class GazetteerBuilder {

  /** Populated places below this population are dropped outside {@link #ALWAYS_KEPT}. */
  public static final int MIN_POPULATION = 1000;

  /** Countries whose places are all kept, whatever their population: the war and its neighbours. */
  public static final Set<String> ALWAYS_KEPT = Set.of("UA", "RU", "BY", "MD", "GE", "PL", "RO", "SK", "HU",
      "LT", "LV", "EE", "FI", "KZ", "AZ", "AM", "TR", "IL", "PS", "LB", "SY");

  /** Resource path of the curated additions. */
  public static final String ADDITIONS = "/dev/scrutiny/places/additions.tsv";

  private static final Pattern SCRIPT_OK =
      Pattern.compile("[\\p{IsLatin}\\p{IsCyrillic}\\p{M} '\\u2019\\-.()]+");
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]{1,4}");
  private static final Pattern REGION_WORD = Pattern.compile(
      "^(?:(?:republic|province|region) of )?(.+?)(?: (?:oblast|oblasti|region|province|krai|kray|governorate|"
          + "voivodeship|republic|autonomous okrug|autonomous oblast))?$");

  private final List<Item> items;

  private GazetteerBuilder(List<Item> items) {
    this.items = items;
  }

  /** A built index, ready to be written, with its figures. */
  public static final class Result {
    private final byte[] bytes;
    private final int entries;
    private final int names;

    private Result(byte[] bytes, int entries, int names) {
      this.bytes = bytes;
      this.entries = entries;
      this.names = names;
    }

    public int entries() {
      return entries;
    }

    public int names() {
      return names;
    }

    /** Size of the written index in bytes. */
    public int sizeBytes() {
      return bytes.length;
    }

    /** Writes the index (gzip'd) to {@code out}; does not close it. */
    public void write(OutputStream out) throws IOException {
      out.write(bytes);
    }
  }

  /** The curated additions that ship with the project. */
  public static Reader additions() {
    InputStream in = GazetteerBuilder.class.getResourceAsStream(ADDITIONS);
    if (in == null) {
      throw new UncheckedIOException(new IOException("resource " + ADDITIONS + " is missing"));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Reads a GeoNames directory and the curated additions and builds the index.
   *
   * @throws IllegalArgumentException when the directory lacks one of the three files, or for a malformed
   *     curated row (the message names {@code additions.tsv:LINE})
   * @throws IOException              on read errors or a malformed curated addition (a non-negative id)
   */
  public static Result fromGeoNames(Path dir, Reader additions) throws IOException {
    Objects.requireNonNull(dir, "dir");
    for (String f : List.of("cities500.txt", "admin1CodesASCII.txt", "countryInfo.txt")) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new IllegalArgumentException("expected " + f + " in the GeoNames directory " + dir + ", not found");
      }
    }
    List<String[]> curated = readTsv(additions);
    Map<String, String> renames = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
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

    Map<String, String[]> countryRows = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve("countryInfo.txt"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t", -1);
        countryRows.put(f[0], f);
      }
    }
    Map<String, String[]> admin1Rows = new TreeMap<>();
    Map<String, String> admin1Names = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("admin1CodesASCII.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String[] f = line.split("\t", -1);
        admin1Rows.put(f[0], f);
        admin1Names.put(f[0], renames.getOrDefault("admin1:" + f[0], f[2]));
      }
    }

    List<Item> items = new ArrayList<>();
    Map<String, double[]> regionSums = new HashMap<>(); // code -> {sum w*lat, sum w*lon, sum w, population}
    Map<String, double[]> capitals = new HashMap<>();
    Map<String, long[]> largest = new HashMap<>();
    Map<String, double[]> largestAt = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("cities500.txt"), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          continue;
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
        if (pop < MIN_POPULATION && !ALWAYS_KEPT.contains(cc)) {
          continue;
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
        items.add(new Item(id, name, kind, cc, admin1Names.get(a1), lat, lon, pop, names));
      }
    }

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
      items.add(new Item(Long.parseLong(c[16]), name, PlaceKind.COUNTRY, cc, null, at[0], at[1], pop, names));
    }

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
      items.add(new Item(Long.parseLong(a[3]), name, PlaceKind.REGION, cc, name, s[0] / s[2], s[1] / s[2],
          (long) s[3], names));
    }

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
      items.add(new Item(id, row[2], kind, row[4].isBlank() ? null : row[4], a1, Double.parseDouble(row[6]),
          Double.parseDouble(row[7]), row[8].isBlank() ? 0 : Long.parseLong(row[8]), names));
    }
    items.sort(Comparator.comparingLong(Item::id));
    for (int i = 1; i < items.size(); i++) {
      if (items.get(i).id() == items.get(i - 1).id()) {
        throw new IOException("duplicate gazetteer id " + items.get(i).id() + ": " + items.get(i - 1).name()
            + " and " + items.get(i).name());
      }
    }
    return new GazetteerBuilder(items).encode();
  }

  private Result encode() throws IOException {
    List<String> countries = new ArrayList<>(new java.util.TreeSet<>(
        items.stream().map(Item::country).filter(Objects::nonNull).toList()));
    List<String> admins = new ArrayList<>(new java.util.TreeSet<>(
        items.stream().map(Item::admin1).filter(Objects::nonNull).toList()));
    Map<String, Integer> countryIndex = index(countries);
    Map<String, Integer> adminIndex = index(admins);
    if (admins.size() > Short.MAX_VALUE || countries.size() > Short.MAX_VALUE) {
      throw new IllegalStateException("too many regions for the index format: " + admins.size());
    }
    int n = items.size();
    TreeMap<String, Set<Integer>> keys = new TreeMap<>();
    for (int r = 0; r < n; r++) {
      for (String name : items.get(r).names()) {
        String k = Gazetteer.key(name);
        if (!k.isEmpty()) {
          keys.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(r);
        }
      }
    }
    Map<String, byte[]> bytesOf = new HashMap<>();
    for (String k : keys.keySet()) {
      bytesOf.put(k, k.getBytes(StandardCharsets.UTF_8));
    }
    List<String> sortedKeys = new ArrayList<>(keys.keySet());
    sortedKeys.sort((a, b) -> Arrays.compareUnsigned(bytesOf.get(a), bytesOf.get(b)));

    var raw = new java.io.ByteArrayOutputStream();
    var deflated = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(deflated, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      DataOutputStream out = new DataOutputStream(raw);
      out.writeInt(Gazetteer.MAGIC);
      out.writeInt(Gazetteer.VERSION);
      writeStrings(out, countries);
      writeStrings(out, admins);
      out.writeInt(n);
      ByteBuffer b = buffer(n * 8);
      items.forEach(it -> b.putLong(it.id()));
      out.write(b.array());
      byte[] kinds = new byte[n];
      for (int r = 0; r < n; r++) {
        kinds[r] = (byte) items.get(r).kind().ordinal();
      }
      out.write(kinds);
      ByteBuffer cs = buffer(n * 2);
      items.forEach(it -> cs.putShort((short) (it.country() == null ? -1 : countryIndex.get(it.country()))));
      out.write(cs.array());
      ByteBuffer as = buffer(n * 2);
      items.forEach(it -> as.putShort((short) (it.admin1() == null ? -1 : adminIndex.get(it.admin1()))));
      out.write(as.array());
      ByteBuffer la = buffer(n * 4);
      items.forEach(it -> la.putFloat((float) it.lat()));
      out.write(la.array());
      ByteBuffer lo = buffer(n * 4);
      items.forEach(it -> lo.putFloat((float) it.lon()));
      out.write(lo.array());
      ByteBuffer po = buffer(n * 8);
      items.forEach(it -> po.putLong(it.population()));
      out.write(po.array());
      var names = new java.io.ByteArrayOutputStream();
      ByteBuffer no = buffer((n + 1) * 4);
      for (Item it : items) {
        no.putInt(names.size());
        names.write(it.name().getBytes(StandardCharsets.UTF_8));
      }
      no.putInt(names.size());
      out.writeInt(names.size());
      names.writeTo(out);
      out.write(no.array());
      int k = sortedKeys.size();
      out.writeInt(k);
      var blob = new java.io.ByteArrayOutputStream();
      ByteBuffer ko = buffer((k + 1) * 4);
      ByteBuffer pOff = buffer((k + 1) * 4);
      List<Integer> posts = new ArrayList<>();
      for (String key : sortedKeys) {
        ko.putInt(blob.size());
        pOff.putInt(posts.size());
        blob.write(bytesOf.get(key));
        posts.addAll(keys.get(key));
      }
      ko.putInt(blob.size());
      pOff.putInt(posts.size());
      out.writeInt(blob.size());
      blob.writeTo(out);
      out.write(ko.array());
      out.write(pOff.array());
      out.writeInt(posts.size());
      ByteBuffer ps = buffer(posts.size() * 4);
      posts.forEach(ps::putInt);
      out.write(ps.array());
      out.flush();
      gz.write(raw.toByteArray());
    }
    // GZIP headers carry no timestamp here (GZIPOutputStream writes mtime 0), so the bytes are reproducible
    return new Result(deflated.toByteArray(), n, sortedKeys.size());
  }

  private static ByteBuffer buffer(int n) {
    return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static Map<String, Integer> index(List<String> values) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      m.put(values.get(i), i);
    }
    return m;
  }

  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  /** The header line of the curated additions file. */
  static final List<String> ADDITIONS_HEADER = List.of("action", "ref", "name", "kind", "country", "admin1", "lat",
      "lon", "population", "aliases", "source");

  /**
   * Reads the curated TSV ({@link #ADDITIONS_HEADER}, {@code #} comments and blank lines skipped); each row
   * must name an action (add, alias or rename) and its source.
   *
   * @throws IllegalArgumentException naming {@code additions.tsv:LINE} for a malformed row
   */
  static List<String[]> readTsv(Reader reader) {
    List<String[]> rows = new ArrayList<>();
    for (TsvTable.Row row : TsvTable.read("additions.tsv", reader, ADDITIONS_HEADER)) {
      if (!Set.of("add", "alias", "rename").contains(row.cell(0))) {
        throw row.error("expected action add, alias or rename, got '" + row.cell(0) + "'");
      }
      row.required(10);
      rows.add(row.cells().toArray(String[]::new));
    }
    return rows;
  }

  private record Item(long id, String name, PlaceKind kind, @Nullable String country, @Nullable String admin1,
                      double lat, double lon, long population, Set<String> names) {}
}
