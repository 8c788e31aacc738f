package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.SearchHit;
import dev.scrutiny.corpus.SearchQuery;
import dev.scrutiny.corpus.SearchResult;
import dev.scrutiny.corpus.Snippet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search with filters and facets. A dialect says how words are matched, ranked and
 * highlighted ({@link #match}); the filters, the listing without words and the facets are shared.
 */
abstract class Searcher {

  /**
   * A FROM … WHERE … fragment selecting matching articles, with its parameters; {@code seq} is the
   * expression of an article's internal key in it.
   */
  record Match(String from, String where, List<Object> params, String seq) {}

  private static final int SNIPPET_CHARS = 240;

  protected final Connection connection;

  Searcher(Connection connection) {
    this.connection = connection;
  }

  /** The matching articles for non-blank query words; {@code filters} applies to {@code a}. */
  protected abstract Match match(String words, Filters filters, boolean allRevisions);

  /** A statement and its parameters. */
  record Sql(String sql, List<Object> params) {}

  /**
   * The SELECT of the best hits: columns id, title, source, published, language, marked snippet,
   * score (higher is better); its last two placeholders are limit and offset (not in the parameters).
   */
  protected abstract Sql rankedHits(Match m, String words);

  SearchResult search(SearchQuery q) throws SQLException {
    Filters filters = Filters.of(q);
    Match m;
    Sql hits;
    if (q.text().isBlank()) {
      String where = (q.allRevisions() ? "" : "a.latest = 1 AND ") + filters.sql();
      m = new Match("articles a", where, filters.params, "a.seq");
      hits = new Sql("SELECT a.id, a.title, a.source, a.published, a.language, substr(a.text, 1, " + SNIPPET_CHARS
          + "), 0 FROM " + m.from() + " WHERE " + m.where()
          + " ORDER BY a.published_date DESC, a.seq DESC LIMIT ? OFFSET ?", m.params());
    } else {
      m = match(q.text(), filters, q.allRevisions());
      hits = rankedHits(m, q.text());
    }
    long total;
    boolean exact;
    Map<String, List<SearchResult.FacetCount>> facets = Map.of();
    if (q.facets()) {
      FacetCounts f = facets(m);
      facets = f.facets();
      total = f.total();
      exact = true;
    } else {
      // a bounded count: counting every match of a near-stopword costs more than ranking the page
      total = count(m, SearchResult.COUNT_LIMIT + 1);
      exact = total <= SearchResult.COUNT_LIMIT;
      total = Math.min(total, SearchResult.COUNT_LIMIT);
    }
    List<SearchHit> found = new ArrayList<>();
    if (q.limit() > 0 && (total > q.offset() || !exact)) {
      List<Object> params = new ArrayList<>(hits.params());
      params.add(q.limit());
      params.add(q.offset());
      try (PreparedStatement p = connection.prepareStatement(hits.sql())) {
        Jdbc.bind(p, params.toArray());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String snippet = r.getString(6);
            found.add(new SearchHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                q.text().isBlank() ? Snippet.parse(snippet == null ? "" : snippet) : snippet(snippet, q.text()),
                r.getDouble(7)));
          }
        }
      }
    }
    return new SearchResult(total, exact, found, facets);
  }

  /** The number of matches, counting no further than {@code limit}. */
  private long count(Match m, int limit) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM " + m.from()
        + " WHERE " + m.where() + " LIMIT " + limit + ") c")) {
      Jdbc.bind(p, m.params().toArray());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** The snippet of a hit from the sixth column of {@link #rankedHits}: by default a passage marked by the database. */
  protected Snippet snippet(String column, String words) {
    return Snippet.parse(column == null ? "" : column);
  }

  /** Facet counts and the exact number of matches. */
  record FacetCounts(long total, Map<String, List<SearchResult.FacetCount>> facets) {}

  /** The names of the facets, in the order they are given. */
  static final List<String> FACETS = List.of("source", "year", "month", "language", "genre", "side", "technique",
      "checkKind");

  /** At most this many values per facet (most frequent first; months: the newest). */
  static final int FACET_VALUES = 60;

  /** Facets in SQL: one grouped query per facet over the matches. */
  protected FacetCounts facets(Match m) throws SQLException {
    String matched = "WITH m AS (SELECT " + m.seq() + " AS seq FROM " + m.from() + " WHERE " + m.where() + ") ";
    String onArticles = "FROM m JOIN articles a ON a.seq = m.seq ";
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    facets.put("source", facet(matched + "SELECT a.source, count(*) " + onArticles, m, false));
    facets.put("year", facet(matched + "SELECT substr(a.published_date, 1, 4), count(*) " + onArticles, m, true));
    facets.put("month", facet(matched + "SELECT substr(a.published_date, 1, 7), count(*) " + onArticles, m, true));
    facets.put("language", facet(matched + "SELECT a.language, count(*) " + onArticles, m, false));
    facets.put("genre", facet(matched + "SELECT a.genre, count(*) " + onArticles, m, false));
    facets.put("side", facet(matched + "SELECT s.side, count(DISTINCT s.article_seq) FROM m JOIN statements s"
        + " ON s.article_seq = m.seq ", m, false));
    facets.put("technique", facet(matched + "SELECT t.technique, count(DISTINCT t.article_seq) FROM m JOIN techniques t"
        + " ON t.article_seq = m.seq ", m, false));
    facets.put("checkKind", facet(matched + "SELECT k.kind, count(DISTINCT k.article_seq) FROM m JOIN checks k"
        + " ON k.article_seq = m.seq ", m, false));
    return new FacetCounts(count(m, Integer.MAX_VALUE), facets);
  }

  private List<SearchResult.FacetCount> facet(String sql, Match m, boolean newestFirst) throws SQLException {
    List<SearchResult.FacetCount> counts = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql + "GROUP BY 1 ORDER BY "
        + (newestFirst ? "1 DESC" : "2 DESC, 1") + " LIMIT " + FACET_VALUES)) {
      Jdbc.bind(p, m.params().toArray());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (r.getString(1) != null) {
            counts.add(new SearchResult.FacetCount(r.getString(1), r.getLong(2)));
          }
        }
      }
    }
    return counts;
  }
}
