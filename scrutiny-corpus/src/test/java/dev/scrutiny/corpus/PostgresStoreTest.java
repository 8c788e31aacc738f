package dev.scrutiny.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server named by {@code SCRUTINY_TEST_POSTGRES_URL}
 * ({@code postgresql://user:password@host:port/database}; {@code .ci/run} starts one and sets it). Each
 * run works in a fresh schema. Without the variable the test is skipped, except under CI where it fails.
 */
class PostgresStoreTest extends StoreContract {

  static final String ENV = "SCRUTINY_TEST_POSTGRES_URL";
  static String base;
  String schema;

  @BeforeAll
  static void server() {
    base = System.getenv(ENV);
    if (base == null || base.isBlank()) {
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(ENV + " is not set: .ci/run must start PostgreSQL for this test");
      }
      Assumptions.abort("PostgreSQL store test skipped: set " + ENV
          + "=postgresql://user:password@localhost:5432/db to run it (.ci/run does)");
    }
  }

  @Override
  CorpusStore openStore() throws Exception {
    schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Properties props = new Properties();
    String jdbc = dev.scrutiny.corpus.sql.PostgresStoreAccess.jdbcUrl(base, props);
    try (Connection c = DriverManager.getConnection(jdbc, props); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return reopen();
  }

  @Override
  CorpusStore reopen() {
    return Corpus.open(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @Test
  void it_is_postgres() {
    assertThat(store).isInstanceOf(dev.scrutiny.corpus.sql.PostgresStore.class);
  }
}
