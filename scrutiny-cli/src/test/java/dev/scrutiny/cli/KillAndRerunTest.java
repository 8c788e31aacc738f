package dev.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.corpus.ArticleIds;
import dev.scrutiny.corpus.Corpus;
import dev.scrutiny.corpus.CorpusStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code scrutiny add} process killed with SIGKILL in the middle of a batch: rerunning the same
 * command stores every article exactly once, the database passes its integrity check, and the rerun
 * skips what was already stored.
 */
class KillAndRerunTest {

  static final int ARTICLES = 40;

  @TempDir
  Path dir;

  @Test
  void a_killed_batch_resumes_with_every_article_exactly_once() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < ARTICLES; i++) {
      String body = "The district council said on Monday that"
          + " road " + i + " would reopen after repairs, and that " + (i * 7 + 3) + " workers had finished the job."
          + " Residents said the repairs took " + (i + 2) + " weeks longer than planned.";
      // the first line and a blank line make a title; the stored text is the body
      Files.writeString(in.resolve(String.format("report-%02d.txt", i)), "Report " + i + "\n\n" + body + "\n");
      hashes.add(ArticleIds.contentHash(body));
    }
    Path db = dir.resolve("corpus.db");
    Process add = new ProcessBuilder(command(db, in)).redirectErrorStream(true)
        .redirectOutput(dir.resolve("first.log").toFile()).start();
    long stored = waitForSomeArticles(db, add);
    add.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no rollback by the process
    assertThat(add.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(add.exitValue()).isEqualTo(137);
    assertThat(stored).as(Files.readString(dir.resolve("first.log"))).isBetween(1L, (long) ARTICLES - 1);

    CliRun rerun = CliRun.of("add", "--db", db.toString(), "--threads", "1", in.toString());
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    long present = Long.parseLong(rerun.err().replaceAll("(?s).*added \\(0 new revisions\\), (\\d+) already present.*", "$1"));
    long added = Long.parseLong(rerun.err().replaceAll("(?s).*scrutiny: (\\d+) added.*", "$1"));
    assertThat(present).isGreaterThanOrEqualTo(stored);
    assertThat(added + present).isEqualTo(ARTICLES);

    try (CorpusStore store = Corpus.open(db.toString())) {
      assertThat(store.count()).isEqualTo(ARTICLES);
      assertThat(store.integrityCheck()).isEqualTo("ok");
      List<String> storedHashes = new ArrayList<>();
      store.forEachArticle(a -> storedHashes.add(a.contentHash()));
      assertThat(storedHashes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(hashes);
    }
    CliRun third = CliRun.of("add", "--db", db.toString(), in.toString());
    assertThat(third.err()).contains("0 added (0 new revisions), " + ARTICLES + " already present");
  }

  private List<String> command(Path db, Path in) {
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "add", "--db", db.toString(), "--threads", "1", in.toString());
  }

  /** Polls the database (WAL: reading does not block the writer) until a few articles are committed. */
  private static long waitForSomeArticles(Path db, Process add) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline && add.isAlive()) {
      if (Files.exists(db)) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
          s.execute("PRAGMA busy_timeout = 5000");
          try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            if (r.next() && r.getLong(1) >= 3) {
              return r.getLong(1);
            }
          }
        } catch (java.sql.SQLException e) {
          // the schema may not exist yet
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the add process stored fewer than 3 articles before it "
        + (add.isAlive() ? "timed out" : "ended with " + add.exitValue()));
  }
}
