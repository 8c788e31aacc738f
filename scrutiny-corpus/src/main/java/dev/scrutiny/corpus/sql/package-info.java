/**
 * The store on SQL databases: {@link dev.scrutiny.corpus.sql.SqliteStore} (one file, FTS5) and
 * {@link dev.scrutiny.corpus.sql.PostgresStore} (a server, tsvector), sharing one JDBC write path,
 * versioned migrations and the read queries.
 */
@NullMarked
package dev.scrutiny.corpus.sql;

import org.jspecify.annotations.NullMarked;
