package dev.scrutiny.places;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the gazetteer's entries in the binary layout {@link Gazetteer} reads, for {@link GazetteerBuilder}:
 * magic and version, the country and region string tables, one little-endian column per field, the
 * names, and the name keys sorted by their UTF-8 bytes with the rows each key finds; all gzip'd at the
 * best compression. Deterministic: the same entries give the same bytes. One instance per build.
 */
final class GazetteerEncoder {

  private final List<GazetteerItem> items;
  private final List<String> countries;
  private final List<String> admins;
  /** Each name key and the rows it finds, and the keys in UTF-8 byte order. */
  private final Map<String, Set<Integer>> keys = new TreeMap<>();
  private final Map<String, byte[]> bytesOf = new HashMap<>();
  private final List<String> sortedKeys;

  private GazetteerEncoder(List<GazetteerItem> items) {
    this.items = items;
    this.countries = new ArrayList<>(new TreeSet<>(items.stream().map(GazetteerItem::country).filter(Objects::nonNull).toList()));
    this.admins = new ArrayList<>(new TreeSet<>(items.stream().map(GazetteerItem::admin1).filter(Objects::nonNull).toList()));
    if (admins.size() > Short.MAX_VALUE || countries.size() > Short.MAX_VALUE) {
      throw new IllegalStateException("too many regions for the index format: " + admins.size());
    }
    for (int r = 0; r < items.size(); r++) {
      for (String name : items.get(r).names()) {
        String k = Gazetteer.key(name);
        if (!k.isEmpty()) {
          keys.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(r);
        }
      }
    }
    for (String k : keys.keySet()) {
      bytesOf.put(k, k.getBytes(StandardCharsets.UTF_8));
    }
    sortedKeys = new ArrayList<>(keys.keySet());
    sortedKeys.sort((a, b) -> Arrays.compareUnsigned(bytesOf.get(a), bytesOf.get(b)));
  }

  /** The gzip'd index of {@code items} (sorted by id), with its figures. */
  static GazetteerBuilder.Result encode(List<GazetteerItem> items) throws IOException {
    GazetteerEncoder e = new GazetteerEncoder(items);
    var raw = new ByteArrayOutputStream();
    var deflated = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(deflated, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      DataOutputStream out = new DataOutputStream(raw);
      out.writeInt(Gazetteer.MAGIC);
      out.writeInt(Gazetteer.VERSION);
      writeStrings(out, e.countries);
      writeStrings(out, e.admins);
      e.writeColumns(out);
      e.writeNames(out);
      e.writeKeys(out);
      out.flush();
      gz.write(raw.toByteArray());
    }
    // GZIP headers carry no timestamp here (GZIPOutputStream writes mtime 0), so the bytes are reproducible
    return new GazetteerBuilder.Result(deflated.toByteArray(), items.size(), e.sortedKeys.size());
  }

  /** The entry count, then one column per field: ids, kinds, country and region indexes, coordinates, populations. */
  private void writeColumns(DataOutputStream out) throws IOException {
    int n = items.size();
    Map<String, Integer> countryIndex = index(countries);
    Map<String, Integer> adminIndex = index(admins);
    out.writeInt(n);
    ByteBuffer b = buffer(n * 8);
    items.forEach(it -> b.putLong(it.id()));
    out.write(b.array());
    byte[] kinds = new byte[n];
    for (int r = 0; r < n; r++) {
      kinds[r] = (byte) items.get(r).kind().ordinal();
    }
    out.write(kinds);
    out.write(shorts(it -> it.country() == null ? -1 : countryIndex.get(it.country())));
    out.write(shorts(it -> it.admin1() == null ? -1 : adminIndex.get(it.admin1())));
    ByteBuffer la = buffer(n * 4);
    items.forEach(it -> la.putFloat((float) it.lat()));
    out.write(la.array());
    ByteBuffer lo = buffer(n * 4);
    items.forEach(it -> lo.putFloat((float) it.lon()));
    out.write(lo.array());
    ByteBuffer po = buffer(n * 8);
    items.forEach(it -> po.putLong(it.population()));
    out.write(po.array());
  }

  private byte[] shorts(Function<GazetteerItem, Integer> value) {
    ByteBuffer b = buffer(items.size() * 2);
    items.forEach(it -> b.putShort((short) (int) value.apply(it)));
    return b.array();
  }

  /** The UTF-8 names, as one blob, then their offsets. */
  private void writeNames(DataOutputStream out) throws IOException {
    var names = new ByteArrayOutputStream();
    ByteBuffer no = buffer((items.size() + 1) * 4);
    for (GazetteerItem it : items) {
      no.putInt(names.size());
      names.write(it.name().getBytes(StandardCharsets.UTF_8));
    }
    no.putInt(names.size());
    out.writeInt(names.size());
    names.writeTo(out);
    out.write(no.array());
  }

  /** The key count, the keys as one blob, their offsets, the offsets of their postings, and the postings. */
  private void writeKeys(DataOutputStream out) throws IOException {
    int k = sortedKeys.size();
    out.writeInt(k);
    var blob = new ByteArrayOutputStream();
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
}
