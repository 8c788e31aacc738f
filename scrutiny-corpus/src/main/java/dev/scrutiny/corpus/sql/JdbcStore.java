package dev.scrutiny.corpus.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.corpus.AddOutcome;
import dev.scrutiny.corpus.ArticleIds;
import dev.scrutiny.corpus.CheckRow;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.corpus.OutletSummary;
import dev.scrutiny.corpus.PlaceSummary;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.RowVisitor;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.SearchResult;
import dev.scrutiny.corpus.StatementRow;
import dev.scrutiny.corpus.StoreException;
import dev.scrutiny.corpus.StoredArticle;
import dev.scrutiny.corpus.Table;
import dev.scrutiny.render.JsonRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The store on any SQL database through JDBC: the write path (one transaction per article), article
 * reads and cross-source results. Dialects supply full-text search ({@link #search}) and integrity
 * checks. Calls are serialised on one connection, except searches where the dialect has readers
 * of its own ({@link #withSearcher}).
 */
public abstract class JdbcStore implements CorpusStore {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonRenderer JSON = JsonRenderer.defaults().withTimings(false);

  protected final Connection connection;
  private final String label;
  private final Aggregates aggregates;

  protected JdbcStore(Connection connection, String label) {
    this.connection = connection;
    this.label = label;
    this.aggregates = new Aggregates(connection);
  }

  /** Where the store lives, for messages. */
  public String label() {
    return label;
  }

  /** A failure naming the store and what was being done. */
  protected StoreException failure(String doing, SQLException e) {
    return new StoreException(label + ": cannot " + doing + ": " + e.getMessage(), e);
  }

  // --- writing ----------------------------------------------------------------------------------

  @Override
  public synchronized boolean containsText(String text) {
    try {
      return idByHash(ArticleIds.contentHash(text)) != null;
    } catch (SQLException e) {
      throw failure("look up an article", e);
    }
  }

  @Override
  public synchronized AddOutcome add(Analysis analysis, Provenance provenance, @Nullable String origin) {
    try {
      return inTransaction(() -> addInTransaction(analysis, provenance, origin));
    } catch (SQLException e) {
      throw failure("store article " + analysis.article().id() + (origin == null ? "" : " (" + origin + ")"), e);
    }
  }

  @Override
  public synchronized List<AddOutcome> addAll(List<Analysis> analyses, Provenance provenance, @Nullable String origin) {
    try {
      return inTransaction(() -> {
        List<AddOutcome> outcomes = new ArrayList<>(analyses.size());
        for (Analysis a : analyses) {
          outcomes.add(addInTransaction(a, provenance, origin));
        }
        return outcomes;
      });
    } catch (SQLException e) {
      throw failure("store " + analyses.size() + " articles", e);
    }
  }

  private AddOutcome addInTransaction(Analysis analysis, Provenance provenance, @Nullable String origin)
      throws SQLException {
    Article a = analysis.article();
    String hash = ArticleIds.contentHash(a.text());
    String id = ArticleIds.fromHash(hash);
    String existing = idByHash(hash);
    if (existing != null) {
      return new AddOutcome(AddOutcome.Status.PRESENT, existing, revisionOf(existing));
    }
    int revision = 1;
    String root = null;
    if (a.url() != null) {
      try (PreparedStatement p = connection.prepareStatement(
          "SELECT id, revision, revision_of FROM articles WHERE url = ? ORDER BY revision DESC LIMIT 1")) {
        p.setString(1, a.url());
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            revision = r.getInt(2) + 1;
            root = r.getString(3) != null ? r.getString(3) : r.getString(1);
          }
        }
      }
      if (root != null) {
        update("UPDATE articles SET latest = 0 WHERE url = ?", a.url());
      }
    }
    ObjectNode tree = tree(analysis, id);
    AnalysisRows rows = AnalysisRows.of(tree, id);
    long seq = insertArticle(a, origin, id, hash, revision, root, rows);
    insertAnalysis(seq, tree, provenance);
    insertRows(seq, rows);
    return new AddOutcome(root == null ? AddOutcome.Status.ADDED : AddOutcome.Status.REVISION, id, revision);
  }


  @Override
  public synchronized void replaceAnalysis(String id, Analysis analysis, Provenance provenance) {
    try {
      inTransaction(() -> {
        long seq = seqOf(id);
        if (!ArticleIds.contentHash(analysis.text()).equals(hashOf(seq))) {
          throw new IllegalArgumentException("the new analysis of " + id + " is of a different text");
        }
        for (Table t : List.of(Table.STATEMENTS, Table.ENTITIES, Table.PLACES, Table.TECHNIQUES, Table.CHECKS,
            Table.MARKERS)) {
          update("DELETE FROM " + t.tableName() + " WHERE article_seq = ?", seq);
        }
        update("DELETE FROM analyses WHERE article_seq = ?", seq);
        ObjectNode tree = tree(analysis, id);
        AnalysisRows rows = AnalysisRows.of(tree, id);
        update("UPDATE articles SET language = ?, genre = ? WHERE seq = ?", analysis.article().language(),
            rows.genre(), seq);
        insertAnalysis(seq, tree, provenance);
        insertRows(seq, rows);
        return null;
      });
      analysisReplaced();
    } catch (SQLException e) {
      throw failure("replace the analysis of " + id, e);
    }
  }

  @Override
  public synchronized void putResult(CrossSourceResult result) {
    try {
      inTransaction(() -> {
        update("DELETE FROM cross_result_articles WHERE kind = ? AND id = ?", result.kind(), result.id());
        update("DELETE FROM cross_results WHERE kind = ? AND id = ?", result.kind(), result.id());
        update("INSERT INTO cross_results (kind, id, json, created_at) VALUES (?, ?, ?, ?)", result.kind(),
            result.id(), result.json(), Instant.now().toString());
        for (String articleId : new java.util.LinkedHashSet<>(result.articleIds())) {
          update("INSERT INTO cross_result_articles (kind, id, article_id) VALUES (?, ?, ?)", result.kind(),
              result.id(), articleId);
        }
        return null;
      });
    } catch (SQLException e) {
      throw failure("store the " + result.kind() + " " + result.id(), e);
    }
  }

  @Override
  public synchronized void replaceResults(List<CrossSourceResult> results) {
    try {
      inTransaction(() -> {
        update("DELETE FROM cross_result_articles");
        update("DELETE FROM cross_results");
        String now = Instant.now().toString();
        try (PreparedStatement r = connection.prepareStatement(
                 "INSERT INTO cross_results (kind, id, json, created_at) VALUES (?, ?, ?, ?)");
             PreparedStatement a = connection.prepareStatement(
                 "INSERT INTO cross_result_articles (kind, id, article_id) VALUES (?, ?, ?)")) {
          for (CrossSourceResult result : results) {
            bind(r, result.kind(), result.id(), result.json(), now);
            r.executeUpdate();
            for (String articleId : new java.util.LinkedHashSet<>(result.articleIds())) {
              bind(a, result.kind(), result.id(), articleId);
              a.addBatch();
            }
            a.executeBatch();
          }
        }
        return null;
      });
    } catch (SQLException e) {
      throw failure("replace the cross-source results (" + results.size() + ")", e);
    }
  }

  private static ObjectNode tree(Analysis analysis, String id) {
    ObjectNode tree = JSON.toTree(analysis);
    tree.put("id", id);
    return tree;
  }

  private long insertArticle(Article a, @Nullable String origin, String id, String hash, int revision, @Nullable String root,
                             AnalysisRows rows) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO articles (id, content_hash, origin, title, url,"
        + " source, author, published, published_date, language, genre, revision, revision_of, latest, words, text,"
        + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING seq")) {
      bind(p, id, hash, origin, a.title(), a.url(), a.source(), a.author(),
          a.published() == null ? null : a.published().toString(),
          a.published() == null ? null : a.published().date().toString(), a.language(), rows.genre(), revision, root,
          rows.words(), a.text(), Instant.now().toString());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void insertAnalysis(long seq, ObjectNode tree, Provenance provenance) throws SQLException {
    update("INSERT INTO analyses (article_seq, scrutiny_version, schema_version, models, analysed_at, json)"
        + " VALUES (?, ?, ?, ?, ?, ?)", seq, provenance.scrutinyVersion(), JsonRenderer.SCHEMA_VERSION,
        provenance.models(), Instant.now().toString(), tree.toString());
  }

  private void insertRows(long seq, AnalysisRows rows) throws SQLException {
    insertAll("statements", "id, speaker, speaker_key, speaker_type, cue, stance, kind, date, hedged,"
        + " checkworthiness, start_offset, end_offset, content, side", seq, rows.statements());
    insertAll("entities", "entity_id, type, name, key, mentions", seq, rows.entities());
    insertAll("places", "place_id, name, surface, country, admin1, latitude, longitude, kind, convention,"
        + " gazetteer_id, mentions", seq, rows.places());
    insertAll("techniques", "technique, start_offset, end_offset, text, confidence", seq, rows.techniques());
    insertAll("checks", "kind, severity, start_offset, end_offset, message", seq, rows.checks());
    insertAll("markers", "type, start_offset, end_offset, text, term, category, side, convention", seq,
        rows.markers());
  }

  private void insertAll(String table, String columns, long seq, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int n = columns.split(",").length;
    String sql = "INSERT INTO " + table + " (article_seq, ord, " + columns + ") VALUES (?, ?"
        + ", ?".repeat(n) + ")";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      int ord = 0;
      for (Object[] row : rows) {
        p.setLong(1, seq);
        p.setInt(2, ord++);
        for (int i = 0; i < row.length; i++) {
          p.setObject(i + 3, row[i]);
        }
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  // --- reading ----------------------------------------------------------------------------------

  @Override
  public synchronized long count() {
    try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM articles");
         ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw failure("count articles", e);
    }
  }

  private static final String ARTICLE_COLUMNS = "a.id, a.content_hash, a.origin, a.title, a.url, a.source, a.author,"
      + " a.published, a.language, a.genre, a.revision, a.revision_of, a.latest, a.added_at, n.scrutiny_version,"
      + " n.models, n.json FROM articles a JOIN analyses n ON n.article_seq = a.seq";

  @Override
  public synchronized Optional<StoredArticle> article(String id) {
    try (PreparedStatement p = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS + " WHERE a.id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(stored(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read article " + id, e);
    }
  }

  @Override
  public synchronized void forEachArticle(Consumer<StoredArticle> visitor) {
    // pages by seq, so the visitor may write to the store between pages
    long after = 0;
    while (true) {
      List<StoredArticle> page = new ArrayList<>();
      long last = after;
      try (PreparedStatement p = connection.prepareStatement("SELECT a.seq, " + ARTICLE_COLUMNS
          + " WHERE a.seq > ? ORDER BY a.seq LIMIT 200")) {
        p.setLong(1, after);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            last = r.getLong(1);
            page.add(stored(r));
          }
        }
      } catch (SQLException e) {
        throw failure("read articles", e);
      }
      if (page.isEmpty()) {
        return;
      }
      page.forEach(visitor);
      after = last;
    }
  }

  @Override
  public synchronized List<String> staleIds(Provenance current) {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT a.id FROM articles a JOIN analyses n"
        + " ON n.article_seq = a.seq WHERE n.scrutiny_version <> ? OR n.models <> ? ORDER BY a.seq")) {
      bind(p, current.scrutinyVersion(), current.models());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw failure("list stale analyses", e);
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    try {
      return withSearcher(s -> s.search(query));
    } catch (SQLException e) {
      throw failure("search for '" + query.text() + "'", e);
    }
  }

  /** The dialect's full-text search on the store's connection. */
  protected abstract Searcher searcher();

  /** Work with a searcher. */
  @FunctionalInterface
  protected interface SearcherWork<T> {
    T run(Searcher searcher) throws SQLException;
  }

  /**
   * Runs a search: by default on the one connection, serialised with every other call; a dialect
   * with concurrent readers (SQLite in WAL mode) runs it on a reader of its own.
   */
  protected <T> T withSearcher(SearcherWork<T> work) throws SQLException {
    synchronized (this) {
      return work.run(searcher());
    }
  }

  /** Called after an analysis was replaced (its facet values may have changed). */
  protected void analysisReplaced() {}

  @Override
  public synchronized List<StatementRow> statementsBy(String speaker, int limit) {
    return guard("list statements by " + speaker, () -> aggregates.statementsBy(speaker, limit));
  }

  @Override
  public synchronized List<OutletSummary> outlets() {
    return guard("aggregate outlets", aggregates::outlets);
  }

  @Override
  public synchronized List<PlaceSummary> places(int limit) {
    return guard("aggregate places", () -> aggregates.places(limit));
  }

  @Override
  public synchronized List<CheckRow> checks(int limit) {
    return guard("list checks", () -> aggregates.checks(limit));
  }

  @Override
  public synchronized void forEachRow(Table table, RowVisitor visitor) {
    guard("read " + table.tableName(), () -> {
      aggregates.forEachRow(table, visitor);
      return null;
    });
  }

  @Override
  public synchronized List<CrossSourceResult> results(String kind) {
    return guard("read " + kind + " results", () -> aggregates.results("r.kind = ?", kind));
  }

  @Override
  public synchronized Optional<CrossSourceResult> result(String kind, String id) {
    return guard("read the " + kind + " " + id, () -> aggregates.results("r.kind = ? AND r.id = ?", kind, id))
        .stream().findFirst();
  }

  @Override
  public synchronized List<CrossSourceResult> resultsFor(String articleId) {
    return guard("read results for " + articleId, () -> aggregates.results(
        "EXISTS (SELECT 1 FROM cross_result_articles x WHERE x.kind = r.kind AND x.id = r.id AND x.article_id = ?)",
        articleId));
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static StoredArticle stored(ResultSet r) throws SQLException {
    return new StoredArticle(r.getString("id"), r.getString("content_hash"), r.getString("origin"),
        r.getString("title"), r.getString("url"), r.getString("source"), r.getString("author"),
        r.getString("published"), r.getString("language"), r.getString("genre"), r.getInt("revision"),
        r.getString("revision_of"), r.getInt("latest") == 1, r.getString("added_at"), r.getString("scrutiny_version"),
        r.getString("models"), r.getString("json"));
  }

  private @Nullable String idByHash(String hash) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
      p.setString(1, hash);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private int revisionOf(String id) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT revision FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 1;
      }
    }
  }

  private long seqOf(String id) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("no article with id " + id + " in " + label);
        }
        return r.getLong(1);
      }
    }
  }

  private String hashOf(long seq) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT content_hash FROM articles WHERE seq = ?")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  protected final int update(String sql, @Nullable Object... values) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      bind(p, values);
      return p.executeUpdate();
    }
  }

  static void bind(PreparedStatement p, @Nullable Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      p.setObject(i + 1, values[i]);
    }
  }

  /** Work that may throw SQLException. */
  @FunctionalInterface
  protected interface SqlWork<T> {
    T run() throws SQLException;
  }

  protected final <T> T inTransaction(SqlWork<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private <T> T guard(String doing, SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure(doing, e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
