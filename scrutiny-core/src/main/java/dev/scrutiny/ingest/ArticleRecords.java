package dev.scrutiny.ingest;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.Published;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from a record of named fields (a JSON line, a CSV record) to an article: the text
 * cleaned and checked, the id taken from the record or its position and made unique in the batch, the
 * metadata fields copied, the language and publication date checked. A record that cannot be an
 * article fails alone, naming its input and line.
 */
final class ArticleRecords {

  static final int MAX_ID_LENGTH = 200;

  /** The fields of one record by their JSON-lines names ({@code id, title, url, …}). */
  @FunctionalInterface
  interface Fields {
    /** The value of field {@code name}, or null; a value it cannot use is null with a warning. */
    @Nullable String get(String name, List<Diagnostic> warnings);
  }

  /**
   * How one format names a record's parts.
   *
   * @param textName the text as messages name it ({@code field "text"}, {@code column 'body'})
   * @param idFields the fields whose first value is the id, before the record's position
   */
  record Shape(String textName, List<String> idFields) {}

  private final IdAllocator ids;
  private final @Nullable Published fallback;

  /**
   * @param ids      the batch's ids, so that repeated ones get {@code -2}, {@code -3}…
   * @param fallback the date of articles that state none, or null
   */
  ArticleRecords(IdAllocator ids, @Nullable Published fallback) {
    this.ids = ids;
    this.fallback = fallback;
  }

  /**
   * The article of one record, or why there is none.
   *
   * @param rawText      the record's text as given
   * @param positionalId the id when the record gives none ({@code file#line})
   * @param warnings     warnings so far (such as the file's decoding); the article's warnings are added
   */
  IngestResult toResult(Origin origin, String rawText, Shape shape, Fields fields, String positionalId,
      List<Diagnostic> warnings) {
    String text = CleanText.normalize(rawText);
    if (text.isEmpty()) {
      return new IngestResult.Failed(origin, shape.textName() + " is empty");
    }
    String problem = ProseCheck.problem(text);
    if (problem != null) {
      return new IngestResult.Failed(origin, problem);
    }
    Fields once = once(fields);
    String id = id(once, shape, positionalId, warnings);
    Article article = Article.builder(id, text)
        .title(once.get("title", warnings))
        .url(once.get("url", warnings))
        .source(once.get("source", warnings))
        .author(once.get("author", warnings))
        .language(ArticleMetadata.language(once.get("language", warnings), warnings))
        .build();
    return ArticleMetadata.loaded(article, origin, ArticleMetadata.given(once.get("published", warnings)), warnings,
        fallback);
  }

  /** The record's own id (cut to {@value #MAX_ID_LENGTH} characters), else its position; unique in the batch. */
  private String id(Fields fields, Shape shape, String positionalId, List<Diagnostic> warnings) {
    String wanted = null;
    for (String name : shape.idFields()) {
      wanted = wanted != null ? wanted : fields.get(name, warnings);
    }
    wanted = wanted != null ? wanted : positionalId;
    wanted = wanted.length() > MAX_ID_LENGTH ? wanted.substring(0, MAX_ID_LENGTH) : wanted;
    String id = ids.allocate(wanted);
    if (!id.equals(wanted)) {
      warnings.add(Diagnostic.of(ArticleReader.STAGE, "duplicate id '" + wanted + "' renamed '" + id + "'"));
    }
    return id;
  }

  /** Reads each field once, so a field both tried as the id and copied warns once. */
  private static Fields once(Fields fields) {
    Map<String, @Nullable String> seen = new HashMap<>();
    return (name, warnings) -> {
      if (!seen.containsKey(name)) {
        seen.put(name, fields.get(name, warnings));
      }
      return seen.get(name);
    };
  }
}
