package dev.scrutiny.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.Input;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Articles from Parquet with the schema {@code id string, text string, metadata} where {@code metadata} is a struct
 * or a {@code map<string,string>} with any of {@code title, url, source, author, published, language} (those may
 * also be top-level columns). Each row goes through the core's JSON-lines reader, so text normalisation, dates and
 * warnings are exactly those of a JSON line with the same fields. A row without an id gets
 * {@code FILE#PARTITION.ROW}.
 */
final class ParquetArticles {

  static final Set<String> FIELDS = Set.of("title", "url", "source", "author", "published", "language");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ParquetArticles() {}

  /** The articles of one partition of a Parquet input's rows. */
  static Iterator<Ingested> read(InputFile file, int partition, Iterator<Row> rows, IngestOptions options) {
    String base = ArticleFiles.fileName(file.uri()).replaceFirst("\\.parquet$", "");
    List<Ingested> out = new ArrayList<>();
    int n = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
      n++;
      String where = file.name() + " (partition " + partition + ", row " + n + ")";
      String line = toJsonLine(row, base + "#" + partition + "." + n);
      ArticleReader reader = new ArticleReader(options, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
      try (Stream<IngestResult> results = reader.read(Input.stdin())) {
        for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
          out.add(switch (r) {
            case IngestResult.Loaded l -> Ingested.of(ReadArticle.of(l, file.index(), partition * 1_000_000 + n,
                where, true));
            case IngestResult.Failed f -> Ingested.of(BadRecord.failed(where, f.reason()));
            case IngestResult.Skipped s -> Ingested.of(new BadRecord(where, BadRecord.SKIPPED, s.reason()));
          });
        }
      }
    }
    return out.iterator();
  }

  /** The row as one JSON object with the fields the core's reader takes. */
  static String toJsonLine(Row row, String fallbackId) {
    ObjectNode o = JSON.createObjectNode();
    StructType schema = row.schema();
    Object id = value(row, "id");
    o.put("id", id == null ? fallbackId : id.toString());
    Object text = value(row, "text");
    if (text != null) {
      o.put("text", text.toString());
    }
    for (String f : FIELDS) {
      Object v = value(row, f);
      if (v != null) {
        o.put(f, v.toString());
      }
    }
    Object metadata = schema.getFieldIndex("metadata").isDefined() ? row.getAs("metadata") : null;
    if (metadata instanceof Row m) {
      for (StructField f : m.schema().fields()) {
        Object v = m.getAs(f.name());
        if (v != null && FIELDS.contains(f.name()) && !o.has(f.name())) {
          o.put(f.name(), v.toString());
        }
      }
    } else if (metadata instanceof scala.collection.Map<?, ?> raw) {
      @SuppressWarnings("unchecked")
      scala.collection.Map<Object, Object> m = (scala.collection.Map<Object, Object>) raw;
      scala.collection.Iterator<Object> it = m.keysIterator();
      while (it.hasNext()) {
        Object k = it.next();
        scala.Option<Object> found = m.get(k);
        Object v = found.isDefined() ? found.get() : null;
        if (k != null && v != null && FIELDS.contains(k.toString()) && !o.has(k.toString())) {
          o.put(k.toString(), v.toString());
        }
      }
    }
    return o.toString();
  }

  private static @Nullable Object value(Row row, String field) {
    return row.schema().getFieldIndex(field).isDefined() ? row.getAs(field) : null;
  }
}
