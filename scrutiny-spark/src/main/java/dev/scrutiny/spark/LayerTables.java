package dev.scrutiny.spark;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.checks.Check;
import dev.scrutiny.claims.Claim;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.markers.Marker;
import dev.scrutiny.persuasion.FrameLabel;
import dev.scrutiny.persuasion.GenreLabel;
import dev.scrutiny.persuasion.TechniqueMatch;
import dev.scrutiny.places.Place;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The Parquet tables: {@code articles} (one row per article) and one table per layer (one row per annotation),
 * each keyed by {@code articleId}; layer tables also carry {@code index}, the annotation's position in its layer as
 * in the JSON. Columns come from the core's records ({@link RecordColumns}).
 *
 * <pre>{@code
 * SELECT s.speakerName, s.content.text, a.published
 * FROM statements s JOIN articles a ON a.id = s.articleId
 * WHERE s.speakerName LIKE '%Gerasimov%' AND year(a.publishedDate) = 2025
 * }</pre>
 */
final class LayerTables {

  /** A layer table: its name and the layer it flattens. */
  record Table(String name, LayerKey<?> layer) {}

  /** The layer tables, in output order. */
  static final List<Table> TABLES = List.of(
      new Table("statements", Claim.LAYER),
      new Table("entities", Entity.LAYER),
      new Table("places", Place.LAYER),
      new Table("times", TimeExpression.LAYER),
      new Table("techniques", TechniqueMatch.LAYER),
      new Table("checks", Check.LAYER),
      new Table("markers", Marker.LAYER));

  static final String ARTICLES = "articles";

  private LayerTables() {}

  /** Schema of the {@code articles} table. */
  static StructType articleSchema() {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("id", DataTypes.StringType, false));
    for (String s : List.of("title", "url", "source", "author", "published")) {
      f.add(DataTypes.createStructField(s, DataTypes.StringType, true));
    }
    f.add(DataTypes.createStructField("publishedDate", DataTypes.DateType, true));
    f.add(DataTypes.createStructField("language", DataTypes.StringType, true));
    f.add(DataTypes.createStructField("text", DataTypes.StringType, false));
    f.add(array("genre", GenreLabel.class));
    f.add(array("frames", FrameLabel.class));
    f.add(array("diagnostics", Diagnostic.class));
    return DataTypes.createStructType(f);
  }

  /** Schema of a layer table: {@code articleId, index}, then the layer record's fields. */
  static StructType schema(Table t) {
    List<StructField> f = new ArrayList<>();
    f.add(DataTypes.createStructField("articleId", DataTypes.StringType, false));
    f.add(DataTypes.createStructField("index", DataTypes.IntegerType, false));
    if (t.layer().type().isInterface()) {
      f.add(DataTypes.createStructField("type", DataTypes.StringType, true));
    }
    f.addAll(RecordColumns.fields(t.layer().type()));
    return DataTypes.createStructType(f);
  }

  /** The {@code articles} row of an analysed article, in the order of {@link #articleSchema()}. */
  static IntFunction<@Nullable Object> articleValues(Analysis analysis) {
    Article a = analysis.article();
    @Nullable Object[] v = {a.id(), a.title(), a.url(), a.source(), a.author(),
        a.published() == null ? null : a.published().toString(),
        a.published() == null ? null : a.published().date(),
        a.language(), a.text(),
        analysis.items(GenreLabel.LAYER), analysis.items(FrameLabel.LAYER), analysis.diagnostics()};
    return i -> v[i];
  }

  /**
   * The row of a layer table for the annotation at {@code index} of the article {@code articleId}: the key, the
   * marker type where the layer has several record types, then the record's components by column name.
   */
  static IntFunction<@Nullable Object> layerValues(Table t, StructType schema, String articleId, int index,
      Annotation item) {
    int first = t.layer().type().isInterface() ? 3 : 2;
    StructField[] fields = schema.fields();
    return i -> i == 0 ? articleId : i == 1 ? index
        : i < first ? (item instanceof Marker m ? m.type() : null)
        : ParquetValues.component(item, fields[i].name());
  }

  private static StructField array(String name, Class<?> record) {
    return DataTypes.createStructField(name,
        DataTypes.createArrayType(DataTypes.createStructType(RecordColumns.fields(record)), true), true);
  }
}
