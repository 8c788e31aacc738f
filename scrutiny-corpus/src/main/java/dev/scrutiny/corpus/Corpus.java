package dev.scrutiny.corpus;

import dev.scrutiny.corpus.sql.PostgresStore;
import dev.scrutiny.corpus.sql.SqliteStore;
import java.nio.file.Path;
import java.util.Objects;

/** Opens a {@link CorpusStore}: a SQLite file by default, PostgreSQL for a {@code postgresql://} URL. */
public final class Corpus {

  private Corpus() {}

  /**
   * Opens (creating and migrating as needed) the store at {@code location}: a file path for SQLite,
   * or {@code postgresql://user:password@host:port/database} (also {@code postgres://} and
   * {@code jdbc:postgresql://}) for PostgreSQL.
   *
   * @throws StoreException when the database cannot be opened or migrated
   */
  public static CorpusStore open(String location) {
    Objects.requireNonNull(location, "location");
    if (isPostgres(location)) {
      return PostgresStore.open(location);
    }
    return SqliteStore.open(Path.of(location));
  }

  /** Whether {@code location} names a PostgreSQL database rather than a SQLite file. */
  public static boolean isPostgres(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://")
        || location.startsWith("jdbc:postgresql:");
  }
}
