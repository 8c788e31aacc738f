package dev.scrutiny.spark;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.render.JsonRenderer;
import dev.scrutiny.stories.Digest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Analyses articles on an executor and turns each into one wide row: the article's JSON line (exactly
 * {@code scrutiny analyze --format jsonl --no-timings}), its {@code articles} row and its rows of every layer table;
 * or, for a bad record, the input and reason. The job caches these rows once and writes every output from them.
 *
 * <p>The pipeline is {@link Scrutiny#defaultPipeline()}: built once per executor JVM on first use and shared by
 * the JVM's tasks (analyzers are thread-safe), so models load once per executor, not per article or task.
 */
final class AnalysedRows {

  static final String ID = "articleId";
  static final String JSON = "json";
  static final String BAD_INPUT = "badInput";
  static final String BAD_KIND = "badKind";
  static final String BAD_REASON = "badReason";
  /** The article's {@link DigestCodec encoded} cross-source digest. */
  static final String DIGEST = "digest";
  private static final JsonRenderer RENDERER = JsonRenderer.defaults().withTimings(false);

  private AnalysedRows() {}

  static StructType schema() {
    List<StructField> f = new ArrayList<>();
    for (String s : List.of(ID, JSON, BAD_INPUT, BAD_KIND, BAD_REASON)) {
      f.add(DataTypes.createStructField(s, DataTypes.StringType, true));
    }
    f.add(DataTypes.createStructField(DIGEST, DataTypes.BinaryType, true));
    f.add(DataTypes.createStructField(LayerTables.ARTICLES, LayerTables.articleSchema(), true));
    for (LayerTables.Table t : LayerTables.TABLES) {
      f.add(DataTypes.createStructField(t.name(), DataTypes.createArrayType(LayerTables.schema(t), true), true));
    }
    return DataTypes.createStructType(f);
  }

  /**
   * Analyses a partition; {@code digests} says whether to make each article's cross-source digest (left null
   * when the cross-source stages do not run).
   */
  static Iterator<Row> analyse(Iterator<Ingested> in, JobCounters counters, boolean digests) {
    List<StructType> tableSchemas = LayerTables.TABLES.stream().map(LayerTables::schema).toList();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Row next() {
        Ingested i = in.next();
        if (i.bad() != null) {
          (i.bad().kind().equals(BadRecord.SKIPPED) ? counters.skipped : counters.failed).add(1);
          return bad(i.bad());
        }
        ReadArticle r = i.article();
        counters.read.add(1);
        try {
          Analysis a = analyse(Scrutiny.defaultPipeline(), r);
          Row row = row(a, tableSchemas, digests);
          counters.analysed.add(1);
          counters.timings.add(a.timingsNanos());
          return row;
        } catch (RuntimeException | StackOverflowError e) {
          counters.failed.add(1);
          return bad(BadRecord.failed(r.input(), "analysis failed for article '" + r.id() + "': " + e));
        }
      }
    };
  }

  /** As {@code scrutiny analyze} does: the pipeline, then the ingest warnings. */
  static Analysis analyse(Pipeline pipeline, ReadArticle r) {
    Analysis a = Scrutiny.analyze(pipeline, r.article());
    for (Diagnostic d : r.diagnostics()) {
      a = a.with(d);
    }
    return a;
  }

  private static Row row(Analysis a, List<StructType> tableSchemas, boolean digest) {
    List<@Nullable Object> v = new ArrayList<>();
    v.add(a.article().id());
    v.add(RENDERER.toJsonLine(a));
    v.add(null);
    v.add(null);
    v.add(null);
    v.add(digest ? DigestCodec.encode(Digest.of(a)) : null);
    v.add(LayerTables.articleRow(a));
    for (int t = 0; t < LayerTables.TABLES.size(); t++) {
      v.add(CollectionConverters.asScala(LayerTables.rows(LayerTables.TABLES.get(t), a, tableSchemas.get(t))).toSeq());
    }
    return RowFactory.create(v.toArray());
  }

  private static Row bad(BadRecord b) {
    Object[] v = new Object[5 + 1 + 1 + LayerTables.TABLES.size()];
    v[2] = b.input();
    v[3] = b.kind();
    v[4] = b.reason();
    return RowFactory.create(v);
  }
}
