package dev.scrutiny.corpus;

import java.util.List;

/** The query tables, with the columns {@link CorpusStore#forEachRow} gives (and CSV export writes). */
public enum Table {
  ARTICLES("articles", List.of("id", "title", "source", "published", "language", "genre", "url", "author",
      "revision", "revision_of", "latest", "words", "content_hash", "origin")),
  STATEMENTS("statements", List.of("article_id", "id", "speaker", "speaker_key", "speaker_type", "cue", "stance",
      "kind", "date", "hedged", "checkworthiness", "start", "end", "content")),
  ENTITIES("entities", List.of("article_id", "entity_id", "type", "name", "key", "mentions")),
  PLACES("places", List.of("article_id", "place_id", "name", "surface", "country", "admin1", "latitude", "longitude",
      "kind", "convention", "gazetteer_id", "mentions")),
  TECHNIQUES("techniques", List.of("article_id", "technique", "start", "end", "text", "confidence")),
  CHECKS("checks", List.of("article_id", "kind", "severity", "start", "end", "message")),
  MARKERS("markers", List.of("article_id", "type", "start", "end", "text", "term", "category", "side", "convention"));

  private final String tableName;
  private final List<String> columns;

  Table(String tableName, List<String> columns) {
    this.tableName = tableName;
    this.columns = columns;
  }

  /** The SQL table name, also the CSV file's name. */
  public String tableName() {
    return tableName;
  }

  /** Column names in order. */
  public List<String> columns() {
    return columns;
  }
}
