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
  void searches_run_beside_a_long_write_and_each_other_and_see_whole_commits() throws Exception {
    store.add(Fixtures.portStrike(), Fixtures.PROVENANCE, null);
    store.add(Fixtures.kharkiv(), Fixtures.PROVENANCE, null);
    dev.scrutiny.corpus.bench.SyntheticCorpus synthetic = new dev.scrutiny.corpus.bench.SyntheticCorpus(7);
    java.util.List<dev.scrutiny.article.Analysis> batch = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      batch.add(dev.scrutiny.article.Analysis.of(synthetic.article(i)));
    }
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicInteger duringWrite = new java.util.concurrent.atomic.AtomicInteger();
    java.util.Set<Long> totals = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.List<java.util.concurrent.Future<?>> searches = new java.util.ArrayList<>();
    Thread writer = new Thread(() -> {
      store.addAll(batch, Fixtures.PROVENANCE, "synthetic");
      writing.set(false);
    });
    writer.start();
    for (int i = 0; i < 200; i++) {
      boolean facets = i % 2 == 0;
      searches.add(pool.submit(() -> {
        boolean before = writing.get();
        SearchResult r = store.search(SearchQuery.of(facets ? "" : "Odesa").withFacets(facets));
        if (before && writing.get()) {
          duringWrite.incrementAndGet();
        }
        if (facets) {
          totals.add(r.total());
          assertThat(r.facets().get("source").stream().mapToLong(SearchResult.FacetCount::count).sum())
              .isEqualTo(r.total());
        } else {
          assertThat(r.total()).isEqualTo(1);
        }
        return null;
      }));
    }
    for (var f : searches) {
      f.get(60, java.util.concurrent.TimeUnit.SECONDS); // rethrows any failed assertion
    }
    writer.join();
    pool.shutdown();
    // the batch is one transaction: a search sees none of it or all of it
    assertThat(totals).isSubsetOf(2L, 402L);
    assertThat(duringWrite.get()).as("searches answered while the batch was being written").isPositive();
    assertThat(store.search(SearchQuery.of("").withFacets(true)).total()).isEqualTo(402);
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
