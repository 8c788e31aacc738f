package dev.scrutiny.corpus.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.corpus.AddOutcome;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.StoredArticle;
import dev.scrutiny.pipeline.Pipeline;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parts of the store on one migrated SQLite database: writing, reading and cross-source results. */
class ArticleWriterTest {

  static final Pipeline NOTHING = Pipeline.of(List.of());
  static final Provenance PROVENANCE = new Provenance("test", "none");

  Connection c;
  ArticleWriter writer;
  ArticleReads reads;

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite::memory:");
    Migrations.apply(c, "sqlite");
    writer = new ArticleWriter(c, "memory.db");
    reads = new ArticleReads(c);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  static Analysis analysed(String text, @Nullable String url) {
    return Scrutiny.analyze(NOTHING, Article.builder("a", text).url(url).source("Test Wire").build());
  }

  @Test
  void a_changed_text_at_a_stored_url_is_its_next_revision_rooted_at_the_first() throws SQLException {
    String url = "https://wire.example/story";
    AddOutcome first = writer.add(analysed("The bridge was closed on Monday.", url), PROVENANCE, "one.html");
    AddOutcome again = writer.add(analysed("The bridge was closed on Monday.", null), PROVENANCE, "copy.html");
    AddOutcome second = writer.add(analysed("The bridge was closed on Monday night.", url), PROVENANCE, null);
    AddOutcome third = writer.add(analysed("The bridge reopened on Tuesday.", url), PROVENANCE, null);
    AddOutcome elsewhere = writer.add(analysed("The bridge reopened on Tuesday!", "https://other.example/x"),
        PROVENANCE, null);

    assertThat(List.of(first, again, second, third, elsewhere)).extracting(AddOutcome::status).containsExactly(
        AddOutcome.Status.ADDED, AddOutcome.Status.PRESENT, AddOutcome.Status.REVISION, AddOutcome.Status.REVISION,
        AddOutcome.Status.ADDED);
    assertThat(List.of(first, again, second, third, elsewhere)).extracting(AddOutcome::revision)
        .containsExactly(1, 1, 2, 3, 1);
    assertThat(again.id()).isEqualTo(first.id());
    StoredArticle latest = reads.article(third.id()).orElseThrow();
    assertThat(latest.revisionOf()).isEqualTo(first.id());
    assertThat(latest.latest()).isTrue();
    assertThat(reads.article(second.id()).orElseThrow().latest()).isFalse();
    assertThat(reads.article(first.id()).orElseThrow().origin()).isEqualTo("one.html");
    assertThat(reads.count()).isEqualTo(4);
  }

  @Test
  void a_replacement_must_be_of_the_same_text_and_of_a_stored_article() throws SQLException {
    AddOutcome o = writer.add(analysed("Two ships left the port.", null), PROVENANCE, null);
    assertThatThrownBy(() -> writer.replace(o.id(), analysed("Three ships left the port.", null), PROVENANCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different text");
    assertThatThrownBy(() -> writer.replace("nope", analysed("Two ships left the port.", null), PROVENANCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no article with id nope in memory.db");
    writer.replace(o.id(), analysed("Two ships left the port.", null), new Provenance("test", "newer"));
    assertThat(reads.article(o.id()).orElseThrow().models()).isEqualTo("newer");
    assertThat(reads.staleIds(PROVENANCE)).containsExactly(o.id());
  }

  @Test
  void pages_follow_the_storage_order_and_end_empty() throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(writer.add(analysed("Report number " + i + ".", null), PROVENANCE, null).id());
    }
    ArticleReads.Page page = reads.pageAfter(0);
    assertThat(page.articles()).extracting(StoredArticle::id).containsExactlyElementsOf(ids);
    ArticleReads.Page rest = reads.pageAfter(page.last());
    assertThat(rest.articles()).isEmpty();
    assertThat(rest.last()).isEqualTo(page.last());
  }

  @Test
  void a_result_names_each_article_once_and_replacing_all_drops_the_rest() throws SQLException {
    ResultWriter results = new ResultWriter(c);
    results.put(new CrossSourceResult("story", "s1", List.of("x", "y", "x"), "{\"v\":1}"));
    results.put(new CrossSourceResult("story", "s1", List.of("y", "z"), "{\"v\":2}"));
    results.put(new CrossSourceResult("story", "s2", List.of("x"), "{}"));
    assertThat(rows("SELECT id || ':' || article_id FROM cross_result_articles ORDER BY 1"))
        .containsExactly("s1:y", "s1:z", "s2:x");
    assertThat(rows("SELECT json FROM cross_results WHERE id = 's1'")).containsExactly("{\"v\":2}");
    results.replaceAll(List.of(new CrossSourceResult("claim", "c1", List.of("q", "q"), "{}")));
    assertThat(rows("SELECT kind || ':' || id || ':' || article_id FROM cross_result_articles"))
        .containsExactly("claim:c1:q");
    assertThat(rows("SELECT id FROM cross_results")).containsExactly("c1");
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }
}
