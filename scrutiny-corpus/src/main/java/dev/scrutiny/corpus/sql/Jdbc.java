package dev.scrutiny.corpus.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The few JDBC steps every part of the store repeats: binding positional parameters, running one
 * statement with them, and running work in one transaction that is rolled back on any failure (with
 * auto-commit restored either way).
 */
final class Jdbc {

  private Jdbc() {}

  /** Work that may throw SQLException. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Binds {@code values} to the parameters of {@code p}, the first to parameter 1. */
  static void bind(PreparedStatement p, @Nullable Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      p.setObject(i + 1, values[i]);
    }
  }

  /** Runs one statement with {@code values} bound; the number of rows it changed. */
  static int update(Connection connection, String sql, @Nullable Object... values) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      bind(p, values);
      return p.executeUpdate();
    }
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
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
}
