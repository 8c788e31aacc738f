package dev.scrutiny.corpus.sql;

import dev.scrutiny.corpus.CheckRow;
import dev.scrutiny.corpus.CrossSourceResult;
import dev.scrutiny.corpus.OutletSummary;
import dev.scrutiny.corpus.PlaceSummary;
import dev.scrutiny.corpus.RowVisitor;
import dev.scrutiny.corpus.StatementRow;
import dev.scrutiny.corpus.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The read API's queries across the corpus: statements by speaker, outlets, places, checks, table rows. */
final class Aggregates {

  private final Connection connection;

  Aggregates(Connection connection) {
    this.connection = connection;
  }

  List<StatementRow> statementsBy(String speaker, int limit) throws SQLException {
    String s = speaker.strip().toLowerCase(Locale.ROOT);
    List<StatementRow> rows = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT a.id, s.id, s.speaker, s.speaker_key,"
        + " s.speaker_type, s.cue, s.stance, s.kind, s.date, s.start_offset, s.end_offset, s.content,"
        + " s.checkworthiness, a.source, a.published, a.title, a.url FROM statements s JOIN articles a"
        + " ON a.seq = s.article_seq WHERE (s.speaker_key = ? OR lower(s.speaker) = ?) AND a.latest = 1"
        + " ORDER BY coalesce(s.date, a.published_date), a.seq, s.ord LIMIT ?")) {
      Jdbc.bind(p, s, s, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(new StatementRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getInt(10), r.getInt(11),
              r.getString(12), r.getDouble(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17)));
        }
      }
    }
    return rows;
  }

  List<OutletSummary> outlets() throws SQLException {
    List<OutletSummary> rows = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT coalesce(a.source, '(unknown)'), count(*),"
        + " sum(a.words),"
        + " sum((SELECT count(*) FROM techniques t WHERE t.article_seq = a.seq)),"
        + " sum((SELECT count(*) FROM checks k WHERE k.article_seq = a.seq)),"
        + " sum((SELECT count(*) FROM statements s WHERE s.article_seq = a.seq)),"
        + " sum((SELECT count(*) FROM statements s WHERE s.article_seq = a.seq AND s.stance = 'LOADED'))"
        + " FROM articles a WHERE a.latest = 1 GROUP BY 1 ORDER BY 2 DESC, 1");
         ResultSet r = p.executeQuery()) {
      while (r.next()) {
        rows.add(new OutletSummary(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
            r.getLong(6), r.getLong(7)));
      }
    }
    return rows;
  }

  List<PlaceSummary> places(int limit) throws SQLException {
    Map<String, PlaceSummary> byName = new LinkedHashMap<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT p.name, min(p.country), avg(p.latitude),"
        + " avg(p.longitude), count(DISTINCT p.article_seq), sum(p.mentions) FROM places p JOIN articles a"
        + " ON a.seq = p.article_seq WHERE a.latest = 1 AND p.name IS NOT NULL GROUP BY p.name"
        + " ORDER BY 5 DESC, 1 LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Double lat = r.getObject(3) == null ? null : r.getDouble(3);
          Double lon = r.getObject(4) == null ? null : r.getDouble(4);
          byName.put(r.getString(1), new PlaceSummary(r.getString(1), r.getString(2), lat, lon, r.getLong(5),
              r.getLong(6), Map.of()));
        }
      }
    }
    Map<String, Map<String, Long>> conventions = new LinkedHashMap<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT p.name, p.convention, count(DISTINCT p.article_seq)"
        + " FROM places p JOIN articles a ON a.seq = p.article_seq WHERE a.latest = 1 AND p.convention IS NOT NULL"
        + " GROUP BY p.name, p.convention");
         ResultSet r = p.executeQuery()) {
      while (r.next()) {
        if (byName.containsKey(r.getString(1))) {
          conventions.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getLong(3));
        }
      }
    }
    List<PlaceSummary> rows = new ArrayList<>();
    for (PlaceSummary s : byName.values()) {
      rows.add(new PlaceSummary(s.name(), s.country(), s.latitude(), s.longitude(), s.articles(), s.mentions(),
          conventions.getOrDefault(s.name(), Map.of())));
    }
    return rows;
  }

  List<CheckRow> checks(int limit) throws SQLException {
    List<CheckRow> rows = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT a.id, a.title, a.source, a.published, k.kind,"
        + " k.severity, k.start_offset, k.end_offset, k.message FROM checks k JOIN articles a ON a.seq = k.article_seq"
        + " WHERE a.latest = 1 ORDER BY a.published_date DESC, a.seq DESC, k.ord LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(new CheckRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getInt(7), r.getInt(8), r.getString(9)));
        }
      }
    }
    return rows;
  }

  void forEachRow(Table table, RowVisitor visitor) throws SQLException {
    String sql = switch (table) {
      case ARTICLES -> "SELECT a.id, a.title, a.source, a.published, a.language, a.genre, a.url, a.author, a.revision,"
          + " a.revision_of, a.latest, a.words, a.content_hash, a.origin FROM articles a ORDER BY a.seq";
      case STATEMENTS -> "SELECT a.id, s.id, s.speaker, s.speaker_key, s.speaker_type, s.cue, s.stance, s.kind, s.date,"
          + " s.hedged, s.checkworthiness, s.start_offset, s.end_offset, s.content" + from("statements s", "s");
      case ENTITIES -> "SELECT a.id, e.entity_id, e.type, e.name, e.key, e.mentions" + from("entities e", "e");
      case PLACES -> "SELECT a.id, p.place_id, p.name, p.surface, p.country, p.admin1, p.latitude, p.longitude, p.kind,"
          + " p.convention, p.gazetteer_id, p.mentions" + from("places p", "p");
      case TECHNIQUES -> "SELECT a.id, t.technique, t.start_offset, t.end_offset, t.text, t.confidence"
          + from("techniques t", "t");
      case CHECKS -> "SELECT a.id, k.kind, k.severity, k.start_offset, k.end_offset, k.message" + from("checks k", "k");
      case MARKERS -> "SELECT a.id, m.type, m.start_offset, m.end_offset, m.text, m.term, m.category, m.side,"
          + " m.convention" + from("markers m", "m");
    };
    try (PreparedStatement p = connection.prepareStatement(sql); ResultSet r = p.executeQuery()) {
      int n = table.columns().size();
      while (r.next()) {
        List<Object> values = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          values.add(r.getObject(i));
        }
        visitor.row(values);
      }
    }
  }

  private static String from(String table, String alias) {
    return " FROM " + table + " JOIN articles a ON a.seq = " + alias + ".article_seq ORDER BY a.seq, " + alias + ".ord";
  }

  /** The results matching {@code where} (over {@code r}, cross_results) with their article ids, in two queries. */
  List<CrossSourceResult> results(String where, String... values) throws SQLException {
    java.util.Map<String, List<String>> articles = new java.util.HashMap<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT x.kind, x.id, x.article_id FROM cross_result_articles x"
        + " JOIN cross_results r ON r.kind = x.kind AND r.id = x.id WHERE " + where + " ORDER BY x.article_id")) {
      for (int i = 0; i < values.length; i++) {
        p.setString(i + 1, values[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          articles.computeIfAbsent(r.getString(1) + '\u0000' + r.getString(2), k -> new ArrayList<>()).add(r.getString(3));
        }
      }
    }
    List<CrossSourceResult> rows = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT r.kind, r.id, r.json FROM cross_results r WHERE "
        + where + " ORDER BY r.kind, r.id")) {
      for (int i = 0; i < values.length; i++) {
        p.setString(i + 1, values[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(new CrossSourceResult(r.getString(1), r.getString(2),
              articles.getOrDefault(r.getString(1) + '\u0000' + r.getString(2), List.of()), r.getString(3)));
        }
      }
    }
    return rows;
  }
}
