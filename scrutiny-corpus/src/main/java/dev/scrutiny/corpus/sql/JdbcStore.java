package dev.scrutiny.corpus.sql;

import dev.scrutiny.article.Analysis;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The store on any SQL database through JDBC: the write path (one transaction per article, see
 * {@link ArticleWriter}), article reads ({@link ArticleReads}), corpus aggregates ({@link Aggregates})
 * and cross-source results ({@link ResultWriter}). Dialects supply full-text search ({@link #search})
 * and integrity checks. Calls are serialised on one connection, except searches where the dialect has
 * readers of its own ({@link #withSearcher}).
 */
public abstract class JdbcStore implements CorpusStore {

  protected final Connection connection;
  private final String label;
  private final ArticleWriter writer;
  private final ResultWriter results;
  private final ArticleReads reads;
  private final Aggregates aggregates;

  protected JdbcStore(Connection connection, String label) {
    this.connection = connection;
    this.label = label;
    this.writer = new ArticleWriter(connection, label);
    this.results = new ResultWriter(connection);
    this.reads = new ArticleReads(connection);
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
    return guard("look up an article", () -> writer.idByHash(ArticleIds.contentHash(text)) != null);
  }

  @Override
  public synchronized AddOutcome add(Analysis analysis, Provenance provenance, @Nullable String origin) {
    return inTransaction("store article " + analysis.article().id() + (origin == null ? "" : " (" + origin + ")"),
        () -> writer.add(analysis, provenance, origin));
  }

  @Override
  public synchronized List<AddOutcome> addAll(List<Analysis> analyses, Provenance provenance, @Nullable String origin) {
    return inTransaction("store " + analyses.size() + " articles", () -> {
      List<AddOutcome> outcomes = new ArrayList<>(analyses.size());
      for (Analysis a : analyses) {
        outcomes.add(writer.add(a, provenance, origin));
      }
      return outcomes;
    });
  }

  @Override
  public synchronized void replaceAnalysis(String id, Analysis analysis, Provenance provenance) {
    inTransaction("replace the analysis of " + id, () -> {
      writer.replace(id, analysis, provenance);
      return null;
    });
    analysisReplaced();
  }

  @Override
  public synchronized void putResult(CrossSourceResult result) {
    inTransaction("store the " + result.kind() + " " + result.id(), () -> {
      results.put(result);
      return null;
    });
  }

  @Override
  public synchronized void replaceResults(List<CrossSourceResult> replacements) {
    inTransaction("replace the cross-source results (" + replacements.size() + ")", () -> {
      results.replaceAll(replacements);
      return null;
    });
  }

  // --- reading ----------------------------------------------------------------------------------

  @Override
  public synchronized long count() {
    return guard("count articles", reads::count);
  }

  @Override
  public synchronized Optional<StoredArticle> article(String id) {
    return guard("read article " + id, () -> reads.article(id));
  }

  @Override
  public synchronized void forEachArticle(Consumer<StoredArticle> visitor) {
    // pages by key, so the visitor may write to the store between pages
    long after = 0;
    while (true) {
      long from = after;
      ArticleReads.Page page = guard("read articles", () -> reads.pageAfter(from));
      if (page.articles().isEmpty()) {
        return;
      }
      page.articles().forEach(visitor);
      after = page.last();
    }
  }

  @Override
  public synchronized List<String> staleIds(Provenance current) {
    return guard("list stale analyses", () -> reads.staleIds(current));
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

  /** Runs {@code work} in one transaction; a database failure names the store and {@code doing}. */
  private <T> T inTransaction(String doing, Jdbc.SqlWork<T> work) {
    return guard(doing, () -> Jdbc.inTransaction(connection, work));
  }

  /** Runs {@code work}; a database failure names the store and {@code doing}. */
  private <T> T guard(String doing, Jdbc.SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure(doing, e);
    }
  }
}
