package dev.scrutiny.corpus;

import dev.scrutiny.article.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A corpus: analysed articles kept with their whole analysis JSON plus query tables (articles,
 * statements, entities, places, techniques, checks, markers), full-text search, and room for
 * cross-source results (stories, duplicates, contradictions). Open one with {@link Corpus#open(String)}.
 *
 * <pre>{@code
 * try (CorpusStore store = Corpus.open("war.db")) {
 *   AddOutcome o = store.add(Scrutiny.analyze(article), Provenance.current(pipeline), "reports/kursk.html");
 *   SearchResult r = store.search(SearchQuery.of("Bakhmut").withSource("TASS"));
 * }
 * }</pre>
 *
 * <p>Identity: an article is its text. The same text added twice is one article (its id is derived
 * from the SHA-256 of the text, so ids are stable across stores and exports); the same URL with a
 * changed text is a new revision of it ({@link StoredArticle#revision()}), and only the latest
 * revision is searched by default. Each {@link #add} is one transaction: a killed process leaves
 * every article either wholly stored or absent.
 *
 * <p>Implementations are thread-safe; writes are serialised on one connection, and SQLite runs
 * searches on a pool of reader connections side by side.
 */
public interface CorpusStore extends AutoCloseable {

  // --- writing ----------------------------------------------------------------------------------

  /** Whether an article with exactly this text is stored (cheap: checked before analysing). */
  boolean containsText(String text);

  /**
   * Stores one analysed article and its query rows in one transaction. The analysis JSON's
   * {@code id} is replaced by the store id ({@link ArticleIds#of(String)} of the text).
   *
   * @param origin where the article was read from (a path, URL or archive record), kept for reference
   * @return {@link AddOutcome.Status#PRESENT} when the text is already stored (nothing changes)
   */
  AddOutcome add(Analysis analysis, Provenance provenance, @Nullable String origin);

  /**
   * Stores many analysed articles in one transaction (bulk imports, generated corpora): all or none.
   * The same identity rules as {@link #add} apply to each.
   */
  List<AddOutcome> addAll(List<Analysis> analyses, Provenance provenance, @Nullable String origin);

  /** Replaces the stored analysis of an article (same text) and its query rows, in one transaction. */
  void replaceAnalysis(String id, Analysis analysis, Provenance provenance);

  /** Stores (or replaces) a cross-source result such as a story, a duplicate pair or a contradiction. */
  void putResult(CrossSourceResult result);

  /**
   * Replaces every stored cross-source result by these, in one transaction (a full recomputation such as
   * {@code scrutiny stories --db}): readers see either the old results or the new ones, never a mixture.
   */
  void replaceResults(List<CrossSourceResult> results);

  // --- reading ----------------------------------------------------------------------------------

  /** Number of stored articles, every revision counted. */
  long count();

  /** One article with its analysis JSON, by store id. */
  Optional<StoredArticle> article(String id);

  /** Full-text search with filters, best match first (newest first when the query text is empty). */
  SearchResult search(SearchQuery query);

  /** Every statement by a speaker (name or entity key, case-insensitive), oldest first, with outlet. */
  List<StatementRow> statementsBy(String speaker, int limit);

  /** Per-outlet aggregates (articles, words, techniques, checks, statements, loaded cues), largest first. */
  List<OutletSummary> outlets();

  /** Per-place aggregates (articles, mentions, naming conventions), most written about first. */
  List<PlaceSummary> places(int limit);

  /** Every check flag in the corpus, newest article first. */
  List<CheckRow> checks(int limit);

  /** Ids of articles whose analysis was made by another Scrutiny version or other models. */
  List<String> staleIds(Provenance current);

  /** Visits every stored article with its analysis, in insertion order (exports, reanalysis). */
  void forEachArticle(Consumer<StoredArticle> visitor);

  /** Visits the rows of one query table in a stable order (CSV export). */
  void forEachRow(Table table, RowVisitor visitor);

  /** Cross-source results of one kind ({@code story}, {@code duplicate}, {@code contradiction}…). */
  List<CrossSourceResult> results(String kind);

  /** One cross-source result by kind and id. */
  Optional<CrossSourceResult> result(String kind, String id);

  /** Cross-source results that involve one article. */
  List<CrossSourceResult> resultsFor(String articleId);

  /** Checks the store's integrity ({@code PRAGMA integrity_check} on SQLite): "ok" or the problems. */
  String integrityCheck();

  @Override
  void close();
}
