package dev.scrutiny.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.StructType;

/**
 * The job's per-article outputs under {@code OUT/}: {@code jsonl/}, {@code failed/} and {@code parquet/<table>/},
 * written by the analysing tasks themselves ({@link PartitionOutput}), one part file per partition and output.
 *
 * <p>The driver {@link #prepare prepares} the folders (replacing those of an earlier run), the tasks write into
 * {@code OUT/_temporary/} and rename their files into place when they succeed, and the driver
 * {@link #finish finishes}: an empty Parquet file for a table no task wrote a row to (so the table stays readable),
 * {@code _temporary/} removed, and a {@code _SUCCESS} marker in each folder. All through Hadoop's
 * {@link FileSystem}, so it works the same on a local disk, HDFS or an object store.
 */
final class JobOutput implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;
  static final String JSONL = "jsonl";
  static final String FAILED = "failed";
  static final String PARQUET = "parquet";
  static final String TEMPORARY = "_temporary";
  static final String SUCCESS = "_SUCCESS";

  private final String out;
  private final HadoopConf conf;
  private final String sparkVersion;
  /** The {@code articles} schema, then one per {@link LayerTables#TABLES layer table}. */
  private final List<StructType> schemas;

  private JobOutput(String out, HadoopConf conf, String sparkVersion, List<StructType> schemas) {
    this.out = out;
    this.conf = conf;
    this.sparkVersion = sparkVersion;
    this.schemas = List.copyOf(schemas);
  }

  /** Replaces the folders of an earlier run with empty ones; returns the output the tasks write to. */
  static JobOutput prepare(String out, Configuration conf, String sparkVersion) throws IOException {
    List<StructType> schemas = new ArrayList<>();
    schemas.add(LayerTables.articleSchema());
    LayerTables.TABLES.forEach(t -> schemas.add(LayerTables.schema(t)));
    JobOutput o = new JobOutput(out, new HadoopConf(conf), sparkVersion, schemas);
    FileSystem fs = o.root().getFileSystem(conf);
    for (String replaced : List.of(JSONL, FAILED, PARQUET, TEMPORARY)) {
      fs.delete(new Path(o.root(), replaced), true);
    }
    for (String folder : o.folders()) {
      if (!fs.mkdirs(new Path(o.root(), folder))) {
        throw new IOException("cannot create the output folder " + new Path(o.root(), folder));
      }
    }
    return o;
  }

  /** Opens the output of one task attempt. */
  PartitionOutput open(int partition, long attemptId) throws IOException {
    return new PartitionOutput(this, partition, attemptId);
  }

  /** Once every task has committed: empty tables get an empty file, temporary files go, {@code _SUCCESS}. */
  void finish() throws IOException {
    Configuration c = conf.get();
    FileSystem fs = root().getFileSystem(c);
    for (int t = 0; t < tableCount(); t++) {
      Path folder = new Path(root(), tableFolder(t));
      FileStatus[] parts = fs.listStatus(folder, p -> p.getName().startsWith("part-"));
      if (parts.length == 0) {
        ParquetTableWriter.open(new Path(folder, "part-00000" + PartitionOutput.PARQUET_SUFFIX), c, schema(t),
            sparkVersion).close();
      }
    }
    fs.delete(new Path(root(), TEMPORARY), true);
    for (String folder : folders()) {
      fs.create(new Path(new Path(root(), folder), SUCCESS), true).close();
    }
  }

  Path root() {
    return new Path(out);
  }

  Configuration conf() {
    return conf.get();
  }

  String sparkVersion() {
    return sparkVersion;
  }

  int tableCount() {
    return schemas.size();
  }

  StructType schema(int table) {
    return schemas.get(table);
  }

  /** The folder of table {@code table} relative to the output: {@code parquet/articles}, {@code parquet/statements}… */
  static String tableFolder(int table) {
    return PARQUET + "/" + (table == 0 ? LayerTables.ARTICLES : LayerTables.TABLES.get(table - 1).name());
  }

  private List<String> folders() {
    List<String> f = new ArrayList<>(List.of(JSONL, FAILED));
    for (int t = 0; t < tableCount(); t++) {
      f.add(tableFolder(t));
    }
    return f;
  }
}
