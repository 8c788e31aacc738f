package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: numbered SQL scripts per dialect ({@code sql/<dialect>/NNN-name.sql}),
 * each applied once, in order, in its own transaction, and recorded in {@code schema_migrations}.
 * A database made by a newer Scrutiny (a version above the known ones) is refused rather than damaged.
 */
final class Migrations {

  /** The scripts, in order; version n is the n-th. Append, never edit a released script. */
  static final List<String> SCRIPTS = List.of("001-schema", "002-statement-sides");

  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

  private Migrations() {}

  /** The schema version this build writes. */
  static int latest() {
    return SCRIPTS.size();
  }

  /** Brings the database up to {@link #latest()}; returns the version it was at. */
  static int apply(Connection c, String dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
          + "description TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current = current(c);
    if (current > latest()) {
      throw new StoreException("the database has schema version " + current + ", newer than this Scrutiny knows ("
          + latest() + "); use a newer Scrutiny");
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= latest(); v++) {
        String name = SCRIPTS.get(v - 1);
        try (Statement s = c.createStatement()) {
          for (String sql : STATEMENT_END.split(script(dialect, name))) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)")) {
          p.setInt(1, v);
          p.setString(2, name);
          p.setString(3, Instant.now().toString());
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return current;
  }

  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_migrations")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static String script(String dialect, String name) {
    String path = dialect + "/" + name + ".sql";
    try (InputStream in = Migrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StoreException("missing migration script " + path);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return sql.lines().filter(l -> !l.stripLeading().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    } catch (IOException e) {
      throw new StoreException("cannot read migration script " + path, e);
    }
  }
}
