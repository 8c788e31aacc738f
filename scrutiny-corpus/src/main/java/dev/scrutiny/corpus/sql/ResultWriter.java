package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.CrossSourceResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes cross-source results inside the caller's transaction: one result in place of the stored one
 * of its kind and id, or all results in place of every stored one; each with the articles it names
 * (once each, in their first order), which is what finds the results of an article.
 */
final class ResultWriter {

  private static final String INSERT_RESULT =
      "INSERT INTO cross_results (kind, id, json, created_at) VALUES (?, ?, ?, ?)";
  private static final String INSERT_ARTICLE =
      "INSERT INTO cross_result_articles (kind, id, article_id) VALUES (?, ?, ?)";

  private final Connection connection;

  ResultWriter(Connection connection) {
    this.connection = connection;
  }

  /** Stores {@code result}, replacing the one of the same kind and id. */
  void put(CrossSourceResult result) throws SQLException {
    Jdbc.update(connection, "DELETE FROM cross_result_articles WHERE kind = ? AND id = ?", result.kind(), result.id());
    Jdbc.update(connection, "DELETE FROM cross_results WHERE kind = ? AND id = ?", result.kind(), result.id());
    Jdbc.update(connection, INSERT_RESULT, result.kind(), result.id(), result.json(), Instant.now().toString());
    for (String articleId : new LinkedHashSet<>(result.articleIds())) {
      Jdbc.update(connection, INSERT_ARTICLE, result.kind(), result.id(), articleId);
    }
  }

  /** Stores {@code results} in place of every stored result. */
  void replaceAll(List<CrossSourceResult> results) throws SQLException {
    Jdbc.update(connection, "DELETE FROM cross_result_articles");
    Jdbc.update(connection, "DELETE FROM cross_results");
    String now = Instant.now().toString();
    try (PreparedStatement r = connection.prepareStatement(INSERT_RESULT);
         PreparedStatement a = connection.prepareStatement(INSERT_ARTICLE)) {
      for (CrossSourceResult result : results) {
        Jdbc.bind(r, result.kind(), result.id(), result.json(), now);
        r.executeUpdate();
        for (String articleId : new LinkedHashSet<>(result.articleIds())) {
          Jdbc.bind(a, result.kind(), result.id(), articleId);
          a.addBatch();
        }
        a.executeBatch();
      }
    }
  }
}
