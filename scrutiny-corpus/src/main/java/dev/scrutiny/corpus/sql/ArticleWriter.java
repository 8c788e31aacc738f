package dev.scrutiny.corpus.sql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.corpus.AddOutcome;
import dev.scrutiny.corpus.ArticleIds;
import dev.scrutiny.corpus.Provenance;
import dev.scrutiny.corpus.Table;
import dev.scrutiny.render.JsonRenderer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes articles inside the caller's transaction: finds a text that is stored already (by content
 * hash), numbers a changed text at a stored URL as its next revision, and inserts the article, its
 * analysis as JSON and the rows of each analysis table; replaces the analysis of a stored article
 * with a new one of the same text.
 */
final class ArticleWriter {

  private static final JsonRenderer JSON = JsonRenderer.defaults().withTimings(false);

  /** The analysis tables, whose rows an article's analysis owns. */
  private static final List<Table> ANALYSIS_TABLES = List.of(Table.STATEMENTS, Table.ENTITIES, Table.PLACES,
      Table.TECHNIQUES, Table.CHECKS, Table.MARKERS);

  private final Connection connection;
  private final String label;

  /** A writer on {@code connection}; {@code label} names the store in messages. */
  ArticleWriter(Connection connection, String label) {
    this.connection = connection;
    this.label = label;
  }

  /** The revision an article at a URL gets: 1 and no root for a new URL. */
  private record Revision(int number, @Nullable String root) {}

  /** Stores one analysed article, unless its text is stored already. */
  AddOutcome add(Analysis analysis, Provenance provenance, @Nullable String origin) throws SQLException {
    Article a = analysis.article();
    String hash = ArticleIds.contentHash(a.text());
    String id = ArticleIds.fromHash(hash);
    String existing = idByHash(hash);
    if (existing != null) {
      return new AddOutcome(AddOutcome.Status.PRESENT, existing, revisionOf(existing));
    }
    Revision revision = a.url() == null ? new Revision(1, null) : nextRevision(a.url());
    ObjectNode tree = tree(analysis, id);
    AnalysisRows rows = AnalysisRows.of(tree, id);
    long seq = insertArticle(a, origin, id, hash, revision, rows);
    insertAnalysis(seq, tree, provenance);
    insertRows(seq, rows);
    return new AddOutcome(revision.root() == null ? AddOutcome.Status.ADDED : AddOutcome.Status.REVISION, id,
        revision.number());
  }

  /** The next revision at {@code url}; when there is one already, it is no longer the latest. */
  private Revision nextRevision(String url) throws SQLException {
    Revision revision = new Revision(1, null);
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT id, revision, revision_of FROM articles WHERE url = ? ORDER BY revision DESC LIMIT 1")) {
      p.setString(1, url);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          revision = new Revision(r.getInt(2) + 1, r.getString(3) != null ? r.getString(3) : r.getString(1));
        }
      }
    }
    if (revision.root() != null) {
      Jdbc.update(connection, "UPDATE articles SET latest = 0 WHERE url = ?", url);
    }
    return revision;
  }

  /** Replaces the analysis of article {@code id} (and its rows) with {@code analysis} of the same text. */
  void replace(String id, Analysis analysis, Provenance provenance) throws SQLException {
    long seq = seqOf(id);
    if (!ArticleIds.contentHash(analysis.text()).equals(hashOf(seq))) {
      throw new IllegalArgumentException("the new analysis of " + id + " is of a different text");
    }
    for (Table t : ANALYSIS_TABLES) {
      Jdbc.update(connection, "DELETE FROM " + t.tableName() + " WHERE article_seq = ?", seq);
    }
    Jdbc.update(connection, "DELETE FROM analyses WHERE article_seq = ?", seq);
    ObjectNode tree = tree(analysis, id);
    AnalysisRows rows = AnalysisRows.of(tree, id);
    Jdbc.update(connection, "UPDATE articles SET language = ?, genre = ? WHERE seq = ?",
        analysis.article().language(), rows.genre(), seq);
    insertAnalysis(seq, tree, provenance);
    insertRows(seq, rows);
  }

  private static ObjectNode tree(Analysis analysis, String id) {
    ObjectNode tree = JSON.toTree(analysis);
    tree.put("id", id);
    return tree;
  }

  private long insertArticle(Article a, @Nullable String origin, String id, String hash, Revision revision,
                             AnalysisRows rows) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO articles (id, content_hash, origin, title, url,"
        + " source, author, published, published_date, language, genre, revision, revision_of, latest, words, text,"
        + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING seq")) {
      Jdbc.bind(p, id, hash, origin, a.title(), a.url(), a.source(), a.author(),
          a.published() == null ? null : a.published().toString(),
          a.published() == null ? null : a.published().date().toString(), a.language(), rows.genre(),
          revision.number(), revision.root(), rows.words(), a.text(), Instant.now().toString());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void insertAnalysis(long seq, ObjectNode tree, Provenance provenance) throws SQLException {
    Jdbc.update(connection, "INSERT INTO analyses (article_seq, scrutiny_version, schema_version, models,"
        + " analysed_at, json) VALUES (?, ?, ?, ?, ?, ?)", seq, provenance.scrutinyVersion(),
        JsonRenderer.SCHEMA_VERSION, provenance.models(), Instant.now().toString(), tree.toString());
  }

  private void insertRows(long seq, AnalysisRows rows) throws SQLException {
    insertAll("statements", "id, speaker, speaker_key, speaker_type, cue, stance, kind, date, hedged,"
        + " checkworthiness, start_offset, end_offset, content, side", seq, rows.statements());
    insertAll("entities", "entity_id, type, name, key, mentions", seq, rows.entities());
    insertAll("places", "place_id, name, surface, country, admin1, latitude, longitude, kind, convention,"
        + " gazetteer_id, mentions", seq, rows.places());
    insertAll("techniques", "technique, start_offset, end_offset, text, confidence", seq, rows.techniques());
    insertAll("checks", "kind, severity, start_offset, end_offset, message", seq, rows.checks());
    insertAll("markers", "type, start_offset, end_offset, text, term, category, side, convention", seq,
        rows.markers());
  }

  private void insertAll(String table, String columns, long seq, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int n = columns.split(",").length;
    String sql = "INSERT INTO " + table + " (article_seq, ord, " + columns + ") VALUES (?, ?"
        + ", ?".repeat(n) + ")";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      int ord = 0;
      for (Object[] row : rows) {
        p.setLong(1, seq);
        p.setInt(2, ord++);
        for (int i = 0; i < row.length; i++) {
          p.setObject(i + 3, row[i]);
        }
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** The id of the article with this content hash, or null. */
  @Nullable String idByHash(String hash) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT id FROM articles WHERE content_hash = ?")) {
      p.setString(1, hash);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private int revisionOf(String id) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT revision FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 1;
      }
    }
  }

  private long seqOf(String id) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT seq FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("no article with id " + id + " in " + label);
        }
        return r.getLong(1);
      }
    }
  }

  private String hashOf(long seq) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT content_hash FROM articles WHERE seq = ?")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }
}
