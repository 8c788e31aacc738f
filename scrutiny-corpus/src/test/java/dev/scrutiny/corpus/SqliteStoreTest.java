package dev.scrutiny.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.corpus.sql.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {

  @TempDir
  Path dir;

  @Override
  CorpusStore openStore() {
    return Corpus.open(dir.resolve("corpus.db").toString());
  }

  @Override
  CorpusStore reopen() {
    return openStore();
  }

  @Test
  void the_file_is_in_wal_mode_with_the_schema_version_recorded() throws Exception {
    store.add(Fixtures.kharkiv(), Fixtures.PROVENANCE, null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("corpus.db"));
         Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        r.next();
        assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
      }
      try (ResultSet r = s.executeQuery("SELECT max(version), count(*) FROM schema_migrations")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(2);
        assertThat(r.getInt(2)).isEqualTo(2);
      }
    }
  }

  @Test
  void a_database_from_a_newer_version_is_refused() throws Exception {
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("corpus.db"));
         Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')");
    }
    assertThatThrownBy(this::openStore).isInstanceOf(StoreException.class).hasMessageContaining("newer");
    store = SqliteStore.open(dir.resolve("other.db"));
  }

  @Test
  void a_missing_directory_is_named() {
    assertThatThrownBy(() -> Corpus.open(dir.resolve("no/such/dir/x.db").toString()))
        .isInstanceOf(StoreException.class).hasMessageContaining("does not exist");
    assertThat(Files.exists(dir.resolve("no"))).isFalse();
  }
}
