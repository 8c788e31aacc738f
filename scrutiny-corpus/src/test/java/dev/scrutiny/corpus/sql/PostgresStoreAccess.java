package dev.scrutiny.corpus.sql;

import java.util.Properties;

/** Test access to the URL translation. */
public final class PostgresStoreAccess {
  private PostgresStoreAccess() {}

  public static String jdbcUrl(String location, Properties props) {
    return PostgresStore.jdbcUrl(location, props);
  }
}
