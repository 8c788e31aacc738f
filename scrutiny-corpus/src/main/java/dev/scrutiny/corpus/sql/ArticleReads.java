package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.StoredArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads stored articles with their analysis: the count, one article by id, a page of articles in the
 * order they were stored (by internal key, so a caller may write between pages), and the ids of those
 * analysed by another version or other models.
 */
final class ArticleReads {

  /** How many articles a page holds. */
  static final int PAGE = 200;

  private static final String ARTICLE_COLUMNS = "a.id, a.content_hash, a.origin, a.title, a.url, a.source, a.author,"
      + " a.published, a.language, a.genre, a.revision, a.revision_of, a.latest, a.added_at, n.scrutiny_version,"
      + " n.models, n.json FROM articles a JOIN analyses n ON n.article_seq = a.seq";

  private final Connection connection;

  ArticleReads(Connection connection) {
    this.connection = connection;
  }

  /** Articles stored after key {@code after}, in key order, and the key of the last one ({@code after} if none). */
  record Page(List<StoredArticle> articles, long last) {}

  long count() throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM articles");
         ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  Optional<StoredArticle> article(String id) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT " + ARTICLE_COLUMNS + " WHERE a.id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(stored(r)) : Optional.empty();
      }
    }
  }

  /** Up to {@link #PAGE} articles stored after key {@code after}. */
  Page pageAfter(long after) throws SQLException {
    List<StoredArticle> page = new ArrayList<>();
    long last = after;
    try (PreparedStatement p = connection.prepareStatement("SELECT a.seq, " + ARTICLE_COLUMNS
        + " WHERE a.seq > ? ORDER BY a.seq LIMIT " + PAGE)) {
      p.setLong(1, after);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          last = r.getLong(1);
          page.add(stored(r));
        }
      }
    }
    return new Page(page, last);
  }

  /** The ids of articles whose analysis is not of {@code current}'s version and models, in key order. */
  List<String> staleIds(Provenance current) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT a.id FROM articles a JOIN analyses n"
        + " ON n.article_seq = a.seq WHERE n.scrutiny_version <> ? OR n.models <> ? ORDER BY a.seq")) {
      Jdbc.bind(p, current.scrutinyVersion(), current.models());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
      return ids;
    }
  }

  private static StoredArticle stored(ResultSet r) throws SQLException {
    return new StoredArticle(r.getString("id"), r.getString("content_hash"), r.getString("origin"),
        r.getString("title"), r.getString("url"), r.getString("source"), r.getString("author"),
        r.getString("published"), r.getString("language"), r.getString("genre"), r.getInt("revision"),
        r.getString("revision_of"), r.getInt("latest") == 1, r.getString("added_at"), r.getString("scrutiny_version"),
        r.getString("models"), r.getString("json"));
  }
}
