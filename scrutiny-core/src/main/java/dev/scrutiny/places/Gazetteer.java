package dev.scrutiny.places;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A read-only place-name index: countries, first-level regions and populated places from GeoNames
 * (CC BY 4.0) plus curated additions, searchable by any of their English, Latin-script or Cyrillic names.
 *
 * <pre>{@code
 * List<GazetteerEntry> kyiv = Gazetteer.shared().lookup("Kiev");   // Kyiv first, then smaller namesakes
 * GazetteerEntry oblast = Gazetteer.shared().lookup("Kursk Oblast").get(0);
 * }</pre>
 *
 * <p>Names are matched on a {@linkplain #key(String) normalised key}: case, diacritics, apostrophes and
 * hyphens do not matter ("Zaporizhzhia", "ZAPORIZHZHIA", "Zaporiz'ka"), a leading "the" is optional
 * ("the United States"), and a name ending in a region word ("Kharkov region", "Kursk Oblast") also
 * finds the region named after its stem. The naming-convention variants of {@link Conventions} are
 * names too, so "Artyomovsk" finds Bakhmut.
 *
 * <p>The index is built by {@code GazetteerBuilder} in scrutiny-lab ({@code scrutiny train gazetteer}) and ships as the
 * resource {@code dev/scrutiny/places/gazetteer.bin}: gzip'd column arrays plus a sorted UTF-8 key table
 * searched by binary search, so loading is a few bulk reads and lookups allocate little.
 * Immutable and thread-safe; {@link #shared()} loads once per JVM.
 */
public final class Gazetteer {

  /** Resource path of the shipped index. */
  public static final String RESOURCE = "/dev/scrutiny/places/gazetteer.bin";

  static final int MAGIC = 0x53435A47; // "SCZG"
  static final int VERSION = 1;

  private static final PlaceKind[] KINDS = PlaceKind.values();

  private final String[] countries;
  private final String[] admin1Names;
  private final long[] ids;
  private final byte[] kinds;
  private final short[] countryOf;
  private final short[] admin1Of;
  private final float[] lats;
  private final float[] lons;
  private final long[] populations;
  private final byte[] nameBlob;
  private final int[] nameOffsets;
  private final byte[] keyBlob;
  private final int[] keyOffsets;
  private final int[] postingOffsets;
  private final int[] postings;
  private final Map<String, int[]> extra;

  private Gazetteer(DataInputStream in) throws IOException {
    int magic = in.readInt();
    int version = in.readInt();
    if (magic != MAGIC || version != VERSION) {
      throw new IOException(String.format(Locale.ROOT,
          "not a gazetteer index: expected magic %08x version %d, got %08x version %d", MAGIC, VERSION, magic,
          version));
    }
    countries = readStrings(in);
    admin1Names = readStrings(in);
    int n = in.readInt();
    ids = new long[n];
    ByteBuffer.wrap(readBytes(in, n * 8)).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(ids);
    kinds = readBytes(in, n);
    countryOf = new short[n];
    ByteBuffer.wrap(readBytes(in, n * 2)).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(countryOf);
    admin1Of = new short[n];
    ByteBuffer.wrap(readBytes(in, n * 2)).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(admin1Of);
    lats = readFloats(in, n);
    lons = readFloats(in, n);
    populations = new long[n];
    ByteBuffer.wrap(readBytes(in, n * 8)).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(populations);
    nameBlob = readBytes(in, in.readInt());
    nameOffsets = readInts(in, n + 1);
    int k = in.readInt();
    keyBlob = readBytes(in, in.readInt());
    keyOffsets = readInts(in, k + 1);
    postingOffsets = readInts(in, k + 1);
    postings = readInts(in, in.readInt());
    extra = Map.of();
  }

  private Gazetteer(Gazetteer base, Map<String, int[]> extra) {
    this.countries = base.countries;
    this.admin1Names = base.admin1Names;
    this.ids = base.ids;
    this.kinds = base.kinds;
    this.countryOf = base.countryOf;
    this.admin1Of = base.admin1Of;
    this.lats = base.lats;
    this.lons = base.lons;
    this.populations = base.populations;
    this.nameBlob = base.nameBlob;
    this.nameOffsets = base.nameOffsets;
    this.keyBlob = base.keyBlob;
    this.keyOffsets = base.keyOffsets;
    this.postingOffsets = base.postingOffsets;
    this.postings = base.postings;
    this.extra = Map.copyOf(extra);
  }

  /**
   * The index that ships in the build, with the {@link Conventions#shared() naming conventions} added as
   * names; loaded on first use.
   *
   * @throws UncheckedIOException when the resource is missing or corrupt
   */
  public static Gazetteer shared() {
    return Holder.SHARED;
  }

  /** Reads an index written by {@code GazetteerBuilder#write} (scrutiny-lab); the stream is read to its end, not closed. */
  public static Gazetteer load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new Gazetteer(new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)));
  }

  /** Loads the shipped resource without the naming conventions (for measurements). */
  public static Gazetteer loadResource() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("gazetteer resource " + RESOURCE
            + " is missing from the classpath; run `scrutiny train gazetteer`"));
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + RESOURCE, e);
    }
  }

  /**
   * A copy in which each extra name also finds the given entries (by id). Ids not in the index are
   * skipped. Used to add the naming-convention variants.
   */
  public Gazetteer withNames(Map<String, ? extends Iterable<Long>> namesToIds) {
    Map<String, int[]> merged = new HashMap<>(extra);
    namesToIds.forEach((name, idList) -> {
      Set<Integer> rows = new LinkedHashSet<>();
      int[] old = merged.get(key(name));
      if (old != null) {
        for (int r : old) {
          rows.add(r);
        }
      }
      for (long id : idList) {
        int r = Arrays.binarySearch(ids, id);
        if (r >= 0) {
          rows.add(r);
        }
      }
      if (!rows.isEmpty()) {
        merged.put(key(name), rows.stream().mapToInt(Integer::intValue).toArray());
      }
    });
    return new Gazetteer(this, merged);
  }

  /** Number of entries. */
  public int size() {
    return ids.length;
  }

  /** Number of distinct name keys in the index (not counting added names). */
  public int nameCount() {
    return keyOffsets.length - 1;
  }

  /**
   * Every entry a name may refer to, most {@linkplain #prominence prominent} first; empty for an unknown or
   * blank name. See the class comment for how names match.
   */
  public List<GazetteerEntry> lookup(String name) {
    Objects.requireNonNull(name, "name");
    String k = key(name);
    if (k.isEmpty()) {
      return List.of();
    }
    Set<Integer> rows = new LinkedHashSet<>();
    collect(k, rows);
    if (rows.isEmpty() && k.startsWith("the ")) {
      k = k.substring(4);
      collect(k, rows);
    }
    if (rows.isEmpty()) {
      String stem = PlaceNames.regionStem(k);
      if (!stem.equals(k)) {
        Set<Integer> stemRows = new LinkedHashSet<>();
        collect(stem, stemRows);
        for (int r : stemRows) {
          if (kinds[r] == PlaceKind.REGION.ordinal()) {
            rows.add(r);
          }
        }
        if (rows.isEmpty()) {
          // "Kharkov region": the region named after a city found under its stem
          for (int r : stemRows) {
            if (kinds[r] == PlaceKind.CITY.ordinal()) {
              Set<Integer> named = new LinkedHashSet<>();
              collect(key(name(r)), named);
              for (int q : named) {
                if (kinds[q] == PlaceKind.REGION.ordinal() && countryOf[q] == countryOf[r]) {
                  rows.add(q);
                }
              }
            }
          }
        }
      }
    }
    List<GazetteerEntry> out = new ArrayList<>(rows.size());
    for (int r : rows) {
      out.add(entry(r));
    }
    String query = k;
    Map<Long, Double> priors = new HashMap<>();
    for (GazetteerEntry e : out) {
      priors.put(e.id(), priorOfKey(e, query));
    }
    out.sort(Comparator.comparingDouble((GazetteerEntry e) -> priors.get(e.id())).reversed()
        .thenComparingLong(GazetteerEntry::id));
    return out;
  }

  /**
   * A context-free prior for choosing among namesakes: {@code log10(population + 10)}, plus 3 for a
   * country and minus 1 for a region, so that "Kursk" means the city and "Georgia" the country unless
   * the context says otherwise (a region's population is the sum of its places and would otherwise
   * outweigh the city it is named after).
   */
  public static double prominence(GazetteerEntry e) {
    double p = Math.log10(e.population() + 10.0);
    return switch (e.kind()) {
      case COUNTRY -> p + 3;
      case REGION -> p - 1;
      default -> p;
    };
  }

  /**
   * The {@linkplain #prominence prominence} of an entry for a name, plus 1 when the name is the entry's
   * canonical name (or its stem, for a region) or a curated name added with {@link #withNames} (the
   * naming-convention variants), rather than a GeoNames alternate: "Pokrovsk" is first the town in
   * Donetsk Oblast, not Engels, which bore that name until 1931; "Odessa" is first Odesa, not Odessa, Texas.
   */
  public double prior(GazetteerEntry e, String name) {
    return priorOfKey(e, key(name));
  }

  private double priorOfKey(GazetteerEntry e, String fullKey) {
    String k = fullKey;
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    String n = key(e.name());
    boolean primary = n.equals(k) || PlaceNames.regionStem(n).equals(PlaceNames.regionStem(k));
    if (!primary) {
      int r = Arrays.binarySearch(ids, e.id());
      for (String form : List.of(fullKey, k)) {
        int[] curated = extra.get(form);
        if (curated != null && r >= 0 && Arrays.stream(curated).anyMatch(x -> x == r)) {
          primary = true;
        }
      }
    }
    return prominence(e) + (primary ? 1 : 0);
  }

  /** The entry with a GeoNames (or negative curated) id, if the index holds it. */
  public Optional<GazetteerEntry> byId(long id) {
    int r = Arrays.binarySearch(ids, id);
    return r < 0 ? Optional.empty() : Optional.of(entry(r));
  }

  /** The country entry for an ISO-3166 alpha-2 code ("UA"), if the index holds it. */
  public Optional<GazetteerEntry> country(String isoCode) {
    Objects.requireNonNull(isoCode, "isoCode");
    int c = Arrays.asList(countries).indexOf(isoCode.toUpperCase(Locale.ROOT));
    for (int r = 0; c >= 0 && r < ids.length; r++) {
      if (kinds[r] == PlaceKind.COUNTRY.ordinal() && countryOf[r] == c) {
        return Optional.of(entry(r));
      }
    }
    return Optional.empty();
  }

  /**
   * The normalised form names are matched on: Unicode NFD without combining marks, lower case, without
   * apostrophes and quotes, with hyphens, dots and runs of white space folded to one space, trimmed.
   */
  public static String key(String name) {
    return PlaceNames.key(name);
  }

  private void collect(String k, Set<Integer> rows) {
    int slot = find(k.getBytes(StandardCharsets.UTF_8));
    if (slot >= 0) {
      for (int i = postingOffsets[slot]; i < postingOffsets[slot + 1]; i++) {
        rows.add(postings[i]);
      }
    }
    int[] more = extra.get(k);
    if (more != null) {
      for (int r : more) {
        rows.add(r);
      }
    }
  }

  private int find(byte[] k) {
    int lo = 0;
    int hi = keyOffsets.length - 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Arrays.compareUnsigned(keyBlob, keyOffsets[mid], keyOffsets[mid + 1], k, 0, k.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private String name(int r) {
    return new String(nameBlob, nameOffsets[r], nameOffsets[r + 1] - nameOffsets[r], StandardCharsets.UTF_8);
  }

  private GazetteerEntry entry(int r) {
    return new GazetteerEntry(ids[r], name(r), KINDS[kinds[r]], countryOf[r] < 0 ? null : countries[countryOf[r]],
        admin1Of[r] < 0 ? null : admin1Names[admin1Of[r]], lats[r], lons[r], populations[r]);
  }

  private static String[] readStrings(DataInputStream in) throws IOException {
    String[] s = new String[in.readInt()];
    for (int i = 0; i < s.length; i++) {
      s[i] = in.readUTF();
    }
    return s;
  }

  private static byte[] readBytes(DataInputStream in, int n) throws IOException {
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  private static int[] readInts(DataInputStream in, int n) throws IOException {
    int[] a = new int[n];
    ByteBuffer.wrap(readBytes(in, n * 4)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(a);
    return a;
  }

  private static float[] readFloats(DataInputStream in, int n) throws IOException {
    float[] a = new float[n];
    ByteBuffer.wrap(readBytes(in, n * 4)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(a);
    return a;
  }

  private static final class Holder {
    static final Gazetteer SHARED = withConventions(loadResource());

    private static Gazetteer withConventions(Gazetteer base) {
      return base.withNames(Conventions.shared().aliasTargets(base));
    }
  }
}
