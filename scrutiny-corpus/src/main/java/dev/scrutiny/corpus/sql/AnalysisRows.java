package dev.scrutiny.corpus.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query-table rows of one analysis, read from its JSON (the documented schema, so the store
 * follows the schema rather than the analyzers' Java types). Each row holds its values in the
 * column order of the table's insert statement, without {@code article_seq} and {@code ord}.
 */
record AnalysisRows(@Nullable String genre, int words, List<Object[]> statements, List<Object[]> entities,
                    List<Object[]> places, List<Object[]> techniques, List<Object[]> checks,
                    List<Object[]> markers) {

  static AnalysisRows of(JsonNode tree, String articleId) {
    String text = tree.path("text").asText("");
    Map<String, String> entityKeys = new HashMap<>();
    List<Object[]> entities = new ArrayList<>();
    for (JsonNode e : tree.path("entities")) {
      entityKeys.put(e.path("id").asText(), str(e, "key"));
      entities.add(new Object[] {e.path("id").asText(), str(e, "type"), str(e, "name"), str(e, "key"),
          e.path("mentions").size()});
    }
    return new AnalysisRows(genre(tree), words(text), statements(tree, text, articleId, entityKeys), entities,
        places(tree), techniques(tree), checks(tree), markers(tree));
  }

  /** The stable id of a statement: its article's id and its content's offsets. */
  static String statementId(String articleId, int start, int end) {
    return articleId + "/c" + start + "-" + end;
  }

  private static List<Object[]> statements(JsonNode tree, String text, String articleId, Map<String, String> keys) {
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode c : tree.path("claims")) {
      int start = c.path("content").path("start").asInt(0);
      int end = c.path("content").path("end").asInt(0);
      String content = start >= 0 && end <= text.length() && start <= end ? text.substring(start, end) : "";
      String entityId = str(c, "speakerEntityId");
      rows.add(new Object[] {statementId(articleId, start, end), str(c, "speakerName"),
          entityId == null ? null : keys.get(entityId), str(c, "speakerType"), str(c.path("cue"), "lemma"),
          str(c, "stance"), str(c, "kind"), str(c, "date"), c.path("hedged").asBoolean() ? 1 : 0,
          c.path("checkworthiness").asDouble(0), start, end, content, str(c, "side")});
    }
    return rows;
  }

  private static List<Object[]> places(JsonNode tree) {
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode p : tree.path("places")) {
      rows.add(new Object[] {p.path("id").asText(), str(p, "name"), str(p, "surface"), str(p, "country"),
          str(p, "admin1"), num(p, "latitude"), num(p, "longitude"), str(p, "kind"), str(p, "convention"),
          p.hasNonNull("gazetteerId") ? p.get("gazetteerId").asLong() : null, p.path("mentions").size()});
    }
    return rows;
  }

  private static List<Object[]> techniques(JsonNode tree) {
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode t : tree.path("techniques")) {
      rows.add(new Object[] {t.path("technique").asText(), t.path("start").asInt(), t.path("end").asInt(),
          str(t, "text"), num(t, "confidence")});
    }
    return rows;
  }

  private static List<Object[]> checks(JsonNode tree) {
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode k : tree.path("checks")) {
      rows.add(new Object[] {k.path("kind").asText(), str(k, "severity"), k.path("start").asInt(),
          k.path("end").asInt(), k.path("message").asText("")});
    }
    return rows;
  }

  private static List<Object[]> markers(JsonNode tree) {
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode m : tree.path("markers")) {
      String type = m.path("type").asText("");
      if (type.equals("summary")) {
        continue;
      }
      String text = str(m, "text") != null ? str(m, "text") : str(m, "surface");
      String term = str(m, "term") != null ? str(m, "term") : str(m, "name");
      rows.add(new Object[] {type, m.path("start").asInt(), m.path("end").asInt(), text, term,
          str(m, "category"), str(m, "side"), str(m, "convention")});
    }
    return rows;
  }

  private static @Nullable String genre(JsonNode tree) {
    JsonNode g = tree.path("genre");
    return g.isArray() && !g.isEmpty() ? str(g.get(0), "genre") : null;
  }

  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  private static @Nullable String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static @Nullable Double num(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }
}
