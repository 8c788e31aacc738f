package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.Snippet;
import dev.scrutiny.corpus.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The store in one SQLite file (sqlite-jdbc): WAL journal, so readers never block the writer and a
 * killed process loses at most the article being written; FTS5 with BM25 ranking for search, over
 * the latest revision of each article.
 *
 * <p>{@code synchronous=NORMAL}: a committed article survives a killed process; after a power cut the
 * last few commits may be lost, never the file's consistency. sqlite-jdbc unpacks its native library
 * under {@code java.io.tmpdir}.
 */
public final class SqliteStore extends JdbcStore {

  /** Searches that run at once, each on its own connection (WAL readers do not block each other). */
  static final int READERS = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));

  private final Searcher searcher;
  private final String url;
  private final FacetIndex facets = new FacetIndex();
  private final BlockingQueue<Searcher> idle = new LinkedBlockingQueue<>();
  private final List<Connection> readers = new ArrayList<>();
  private volatile boolean closed;

  private SqliteStore(Connection connection, String label, String url) {
    super(connection, label);
    this.url = url;
    this.searcher = new FtsSearcher(connection, facets);
  }

  /** Opens or creates the store at {@code file}, migrating its schema to the latest version. */
  public static SqliteStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new StoreException(file + ": the directory " + parent + " does not exist");
      }
      String url = "jdbc:sqlite:" + file.toAbsolutePath();
      Connection c = DriverManager.getConnection(url);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 30000");
        s.execute("PRAGMA temp_store = MEMORY");
      }
      Migrations.apply(c, "sqlite");
      return new SqliteStore(c, file.toString(), url);
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open the corpus database: " + e.getMessage(), e);
    }
  }

  @Override
  protected Searcher searcher() {
    return searcher;
  }

  /**
   * Searches run on a pool of up to {@link #READERS} read-only connections, opened when first
   * needed: in WAL mode readers neither block each other nor the writer, and each sees the last
   * commit made before its search began.
   */
  @Override
  protected <T> T withSearcher(SearcherWork<T> work) throws SQLException {
    Searcher s = lease();
    try {
      return work.run(s);
    } finally {
      if (!closed) {
        idle.add(s);
      }
    }
  }

  private Searcher lease() throws SQLException {
    Searcher s = idle.poll();
    if (s != null) {
      return s;
    }
    synchronized (readers) {
      if (closed) {
        throw new SQLException("the store is closed");
      }
      if (readers.size() < READERS) {
        Connection c = DriverManager.getConnection(url);
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA busy_timeout = 30000");
          st.execute("PRAGMA temp_store = MEMORY");
          st.execute("PRAGMA cache_size = -32768"); // 32 MiB of pages per reader
          st.execute("PRAGMA mmap_size = 1073741824"); // read through the OS page cache, no copies
          st.execute("PRAGMA query_only = 1");
        }
        readers.add(c);
        return new FtsSearcher(c, facets);
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a reader", e);
    }
  }

  @Override
  protected void analysisReplaced() {
    facets.invalidate();
  }

  @Override
  public synchronized void close() {
    closed = true;
    synchronized (readers) {
      for (Connection c : readers) {
        try {
          c.close();
        } catch (SQLException e) {
          // the writer's close below reports failures that matter
        }
      }
      readers.clear();
    }
    super.close();
  }

  @Override
  public synchronized String integrityCheck() {
    List<String> problems = new ArrayList<>();
    try (Statement s = connection.createStatement();
         ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      while (r.next()) {
        problems.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw failure("check integrity", e);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    } catch (SQLException e) {
      problems.add("full-text index: " + e.getMessage());
    }
    return problems.equals(List.of("ok")) ? "ok" : String.join("; ", problems);
  }

  /** FTS5 MATCH, BM25 with the title weighted 4×, snippets from the body; facets from the {@link FacetIndex}. */
  private static final class FtsSearcher extends Searcher {
    private final FacetIndex index;

    FtsSearcher(Connection connection, FacetIndex index) {
      super(connection);
      this.index = index;
    }

    @Override
    protected FacetCounts facets(Match m) throws SQLException {
      // one pass over the matching keys (inside the full-text index when there are no filters), counted in memory
      FacetIndex.Counter counter = index.counter(connection);
      try (PreparedStatement p = connection.prepareStatement("SELECT " + m.seq() + " FROM " + m.from() + " WHERE "
          + m.where())) {
        Jdbc.bind(p, m.params().toArray());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            counter.add(r.getLong(1));
          }
        }
      }
      return new FacetCounts(counter.total(), counter.facets());
    }

    @Override
    protected Match match(String words, Filters filters, boolean allRevisions) {
      // the index holds latest revisions only; without filters the articles table is not joined,
      // which keeps a common word's count and ranking inside the index
      String fts = FtsQuery.sqlite(words);
      List<Object> params = new ArrayList<>();
      params.add(fts == null ? "\"\"" : fts);
      params.addAll(filters.params);
      if (filters.isEmpty()) {
        return new Match("articles_fts", "articles_fts MATCH ?", params, "articles_fts.rowid");
      }
      return new Match("articles_fts JOIN articles a ON a.seq = articles_fts.rowid",
          "articles_fts MATCH ? AND " + filters.sql(), params, "articles_fts.rowid");
    }

    @Override
    protected Sql rankedHits(Match m, String words) {
      // rank alone (rowid and score), then read the page of hits and make their snippets in Java: snippet()
      // needs the full-text cursor on the row, and positioning it again on each hit of a phrase found in
      // most articles cost several times the ranking
      String top = "SELECT articles_fts.rowid AS seq, -bm25(articles_fts, 4.0, 1.0) AS score FROM " + m.from()
          + " WHERE " + m.where() + " ORDER BY score DESC LIMIT ? OFFSET ?";
      return new Sql("SELECT a.id, a.title, a.source, a.published, a.language, a.text, r.score FROM (" + top
          + ") r JOIN articles a ON a.seq = r.seq ORDER BY r.score DESC", m.params());
    }

    @Override
    protected Snippet snippet(String text, String words) {
      return Passages.of(text == null ? "" : text, Passages.phrases(words));
    }
  }
}
