package dev.scrutiny.spark;

import java.io.IOException;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A Parquet file of one table written with parquet-hadoop's writer (the library Spark writes Parquet with): the
 * Parquet schema Spark derives from the table's Spark schema, Snappy compression, and the footer entries Spark puts
 * there (its schema and version), so Spark, DuckDB and pandas read it as a file Spark wrote.
 */
final class ParquetTableWriter {

  /** Where Spark keeps a file's Spark schema in the Parquet footer. */
  static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";
  static final String SPARK_VERSION_KEY = "org.apache.spark.version";

  /** One row: the value of each column by position (null for none), and the article text spans are cut from. */
  record TableRow(IntFunction<@Nullable Object> values, String text) {}

  private ParquetTableWriter() {}

  /** Opens {@code path} (replacing it) for rows of {@code schema}. */
  static ParquetWriter<TableRow> open(Path path, Configuration conf, StructType schema, String sparkVersion)
      throws IOException {
    return new Builder(HadoopOutputFile.fromPath(path, conf), new Support(schema, sparkVersion))
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  /** Turns rows into Parquet records ({@link ParquetValues}). */
  private static final class Support extends WriteSupport<TableRow> {
    private final StructType schema;
    private final String sparkVersion;
    private @Nullable RecordConsumer consumer;

    Support(StructType schema, String sparkVersion) {
      this.schema = schema;
      this.sparkVersion = sparkVersion;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(new SparkToParquetSchemaConverter(SQLConf.get()).convert(schema),
          Map.of(SPARK_SCHEMA_KEY, schema.json(), SPARK_VERSION_KEY, sparkVersion));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      consumer = recordConsumer;
    }

    @Override
    public void write(TableRow row) {
      if (consumer == null) {
        throw new IllegalStateException("write before prepareForWrite");
      }
      ParquetValues.row(consumer, schema, row.values(), row.text());
    }
  }

  private static final class Builder extends ParquetWriter.Builder<TableRow, Builder> {
    private final Support support;

    Builder(OutputFile file, Support support) {
      super(file);
      this.support = support;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<TableRow> getWriteSupport(Configuration conf) {
      return support;
    }
  }
}
