package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.Snippet;
import dev.scrutiny.corpus.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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

  private final Searcher searcher;

  private SqliteStore(Connection connection, String label) {
    super(connection, label);
    this.searcher = new FtsSearcher(connection);
  }

  /** Opens or creates the store at {@code file}, migrating its schema to the latest version. */
  public static SqliteStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new StoreException(file + ": the directory " + parent + " does not exist");
      }
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 30000");
        s.execute("PRAGMA temp_store = MEMORY");
      }
      Migrations.apply(c, "sqlite");
      return new SqliteStore(c, file.toString());
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open the corpus database: " + e.getMessage(), e);
    }
  }

  @Override
  protected Searcher searcher() {
    return searcher;
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

  /** FTS5 MATCH, BM25 with the title weighted 4×, snippets from the body. */
  private static final class FtsSearcher extends Searcher {
    FtsSearcher(Connection connection) {
      super(connection);
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
      // rank first, then make snippets for the page of hits only: SQLite computes the select list
      // before sorting, and a snippet for every match of a common word is most of the time
      String top = "SELECT articles_fts.rowid FROM " + m.from() + " WHERE " + m.where()
          + " ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ? OFFSET ?";
      List<Object> params = new ArrayList<>();
      params.add(m.params().getFirst());
      params.addAll(m.params());
      return new Sql("SELECT a.id, a.title, a.source, a.published, a.language, snippet(articles_fts, 1, '"
          + Snippet.OPEN + "', '" + Snippet.CLOSE + "', '…', 32), -bm25(articles_fts, 4.0, 1.0) AS score"
          + " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?"
          + " AND articles_fts.rowid IN (" + top + ") ORDER BY bm25(articles_fts, 4.0, 1.0)", params);
    }
  }
}
