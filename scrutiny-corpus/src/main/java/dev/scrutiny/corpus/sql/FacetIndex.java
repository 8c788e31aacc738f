package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.SearchResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;

/**
 * The facet values of every stored article in memory, by internal key: outlet, year, month,
 * language and genre (one value each), sides quoted, techniques and check kinds (sets). Counting the
 * facets of a search is then one pass over its matching keys, whatever their number, instead of a
 * join per facet (about 4 bytes per facet per article: 100,000 articles take a few MB).
 *
 * <p>Kept current by key: articles added since the last look (by this or another process) are read
 * before counting. An analysis replaced through this store marks the index for a full reload; one
 * replaced by another process is seen at the next full reload, at most {@link #FULL_RELOAD_NANOS}
 * later. Thread-safe: counting reads an immutable snapshot.
 */
final class FacetIndex {

  static final long FULL_RELOAD_NANOS = 5L * 60 * 1_000_000_000;

  private static final String[] SINGLE = {"source", "year", "month", "language", "genre"};
  private static final String[] MULTI = {"side", "technique", "checkKind"};

  /** An immutable view: per key, value ids into {@code dictionaries}; -1 (single) or null (sets) when none. */
  private record Snapshot(long maxSeq, long loadedAt, int[][] single, int[][][] multi,
                          List<List<String>> dictionaries) {}

  private volatile Snapshot snapshot;
  private volatile boolean stale = true;

  /** Marks the index for a full reload (an analysis was replaced). */
  void invalidate() {
    stale = true;
  }

  /** A counter for one search; feed it the matching keys, then ask for the counts. */
  Counter counter(Connection c) throws SQLException {
    return new Counter(current(c));
  }

  private Snapshot current(Connection c) throws SQLException {
    Snapshot s = snapshot;
    long maxSeq = maxSeq(c);
    if (s != null && !stale && s.maxSeq() == maxSeq && System.nanoTime() - s.loadedAt() < FULL_RELOAD_NANOS) {
      return s;
    }
    synchronized (this) {
      s = snapshot;
      maxSeq = maxSeq(c);
      if (s == null || stale || System.nanoTime() - s.loadedAt() >= FULL_RELOAD_NANOS) {
        stale = false;
        s = load(c, null);
      } else if (s.maxSeq() != maxSeq) {
        s = load(c, s);
      }
      snapshot = s;
      return s;
    }
  }

  private static long maxSeq(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM articles");
         ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Loads everything ({@code base} null) or the articles after {@code base}'s last key. */
  private static Snapshot load(Connection c, Snapshot base) throws SQLException {
    Loader loader = new Loader(base, maxSeq(c));
    loader.readArticles(c);
    loader.readSets(c);
    return loader.snapshot();
  }

  /**
   * One load: the arrays and dictionaries of {@code base} (or empty ones) grown to the newest key,
   * then filled from the articles after {@code base}'s last key.
   */
  private static final class Loader {
    private static final String[] SETS = {
        "SELECT DISTINCT article_seq, side FROM statements WHERE article_seq > ? AND side IS NOT NULL",
        "SELECT DISTINCT article_seq, technique FROM techniques WHERE article_seq > ?",
        "SELECT DISTINCT article_seq, kind FROM checks WHERE article_seq > ?"};

    private final Snapshot base;
    private final long after;
    private final long loadedAt;
    private final long maxSeq;
    private final int size;
    private final List<List<String>> dictionaries = new ArrayList<>();
    private final List<Map<String, Integer>> ids = new ArrayList<>();
    private final int[][] single = new int[SINGLE.length][];
    private final int[][][] multi = new int[MULTI.length][][];

    Loader(Snapshot base, long maxSeq) {
      this.base = base;
      this.after = base == null ? 0 : base.maxSeq();
      this.loadedAt = base == null ? System.nanoTime() : base.loadedAt();
      this.maxSeq = maxSeq;
      this.size = Math.toIntExact(maxSeq + 1);
      for (int f = 0; f < SINGLE.length + MULTI.length; f++) {
        List<String> d = base == null ? new ArrayList<>() : new ArrayList<>(base.dictionaries().get(f));
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < d.size(); i++) {
          m.put(d.get(i), i);
        }
        dictionaries.add(d);
        ids.add(m);
      }
      for (int f = 0; f < SINGLE.length; f++) {
        single[f] = base == null ? new int[size] : Arrays.copyOf(base.single()[f], size);
        Arrays.fill(single[f], (int) after + (base == null ? 0 : 1), size, -1);
      }
      for (int f = 0; f < MULTI.length; f++) {
        multi[f] = base == null ? new int[size][] : Arrays.copyOf(base.multi()[f], size);
      }
    }

    /** The single-valued facets, from the articles table. */
    void readArticles(Connection c) throws SQLException {
      // a full load reads a covering index (not the rows, whose text is most of the file)
      String articles = base == null
          ? "SELECT seq, source, published_date, language, genre FROM articles INDEXED BY articles_facets"
          : "SELECT seq, source, published_date, language, genre FROM articles WHERE seq > ?";
      try (PreparedStatement p = c.prepareStatement(articles)) {
        if (base != null) {
          p.setLong(1, after);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            int seq = Math.toIntExact(r.getLong(1));
            String date = r.getString(3);
            String[] values = {r.getString(2), date == null || date.length() < 4 ? null : date.substring(0, 4),
                date == null || date.length() < 7 ? null : date.substring(0, 7), r.getString(4), r.getString(5)};
            for (int f = 0; f < SINGLE.length; f++) {
              single[f][seq] = id(values[f], dictionaries.get(f), ids.get(f));
            }
          }
        }
      }
    }

    /** The set-valued facets, each from its analysis table. */
    void readSets(Connection c) throws SQLException {
      for (int f = 0; f < MULTI.length; f++) {
        int d = SINGLE.length + f;
        try (PreparedStatement p = c.prepareStatement(SETS[f] + " ORDER BY 1")) {
          p.setLong(1, after);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              int seq = Math.toIntExact(r.getLong(1));
              if (seq >= size) {
                continue;
              }
              int v = id(r.getString(2), dictionaries.get(d), ids.get(d));
              int[] old = multi[f][seq];
              int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
              now[now.length - 1] = v;
              multi[f][seq] = now;
            }
          }
        }
      }
    }

    Snapshot snapshot() {
      return new Snapshot(maxSeq, loadedAt, single, multi, dictionaries.stream().map(List::copyOf).toList());
    }
  }

  private static int id(String value, List<String> dictionary, Map<String, Integer> ids) {
    if (value == null) {
      return -1;
    }
    return ids.computeIfAbsent(value, v -> {
      dictionary.add(v);
      return dictionary.size() - 1;
    });
  }

  /** Counts the facets of one search. Not thread-safe; one per search. */
  static final class Counter {
    private final Snapshot s;
    private final long[][] single;
    private final long[][] multi;
    private long total;

    private Counter(Snapshot s) {
      this.s = s;
      single = new long[SINGLE.length][];
      for (int f = 0; f < SINGLE.length; f++) {
        single[f] = new long[s.dictionaries().get(f).size()];
      }
      multi = new long[MULTI.length][];
      for (int f = 0; f < MULTI.length; f++) {
        multi[f] = new long[s.dictionaries().get(SINGLE.length + f).size()];
      }
    }

    /** Counts one matching article. */
    void add(long seq) {
      total++;
      if (seq < 0 || seq > s.maxSeq()) {
        return; // added after the snapshot: counted in the total only
      }
      int k = (int) seq;
      for (int f = 0; f < SINGLE.length; f++) {
        int v = s.single()[f][k];
        if (v >= 0) {
          single[f][v]++;
        }
      }
      for (int f = 0; f < MULTI.length; f++) {
        int[] vs = s.multi()[f][k];
        if (vs != null) {
          for (int v : vs) {
            multi[f][v]++;
          }
        }
      }
    }

    void addAll(PrimitiveIterator.OfLong seqs) {
      while (seqs.hasNext()) {
        add(seqs.nextLong());
      }
    }

    long total() {
      return total;
    }

    /** Facet name → values with counts, most frequent first (year and month: newest first). */
    Map<String, List<SearchResult.FacetCount>> facets() {
      Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
      for (String name : Searcher.FACETS) {
        int f = Arrays.asList(SINGLE).indexOf(name);
        long[] counts = f >= 0 ? single[f] : multi[Arrays.asList(MULTI).indexOf(name)];
        List<String> dictionary = s.dictionaries().get(f >= 0 ? f : SINGLE.length + Arrays.asList(MULTI).indexOf(name));
        List<SearchResult.FacetCount> list = new ArrayList<>();
        for (int v = 0; v < counts.length; v++) {
          if (counts[v] > 0) {
            list.add(new SearchResult.FacetCount(dictionary.get(v), counts[v]));
          }
        }
        boolean byDate = name.equals("year") || name.equals("month");
        list.sort(byDate ? Comparator.comparing(SearchResult.FacetCount::value).reversed()
            : Comparator.comparingLong(SearchResult.FacetCount::count).reversed().thenComparing(SearchResult.FacetCount::value));
        out.put(name, List.copyOf(list.subList(0, Math.min(list.size(), Searcher.FACET_VALUES))));
      }
      return out;
    }
  }
}
