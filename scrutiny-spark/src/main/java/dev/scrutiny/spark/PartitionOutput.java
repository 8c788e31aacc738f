package dev.scrutiny.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Annotation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The outputs of one task attempt: its partition's JSON lines, failed records and a Parquet file per table, each
 * opened on first use under {@code OUT/_temporary/attempt-ID/} and, on {@link #commit()}, renamed to
 * {@code OUT/jsonl/part-NNNNN.txt}, {@code OUT/failed/part-NNNNN.json} and
 * {@code OUT/parquet/<table>/part-NNNNN.snappy.parquet}. Only complete files are renamed, and a partition's files
 * have fixed names, so a retried or speculative attempt of the same partition replaces or keeps the same file
 * (analysis is deterministic: the same articles give the same bytes) and never adds a second copy; an attempt that
 * dies leaves its files under {@code _temporary/}, which the job removes at the end.
 */
final class PartitionOutput {

  static final String PARQUET_SUFFIX = ".snappy.parquet";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JobOutput job;
  private final FileSystem fs;
  private final Path attempt;
  private final String part;
  private final List<String> opened = new ArrayList<>();
  private @Nullable Writer jsonl;
  private @Nullable Writer failed;
  private final List<@Nullable ParquetWriter<ParquetTableWriter.TableRow>> tables = new ArrayList<>();

  PartitionOutput(JobOutput job, int partition, long attemptId) throws IOException {
    this.job = job;
    this.fs = job.root().getFileSystem(job.conf());
    this.attempt = new Path(new Path(job.root(), JobOutput.TEMPORARY), "attempt-" + attemptId);
    this.part = String.format(Locale.ROOT, "part-%05d", partition);
    for (int t = 0; t < job.tableCount(); t++) {
      tables.add(null);
    }
  }

  /** Writes an analysed article: its JSON line, its {@code articles} row and its rows of every layer table. */
  void article(Analysis analysis, String jsonLine) throws IOException {
    if (jsonl == null) {
      jsonl = text(JobOutput.JSONL + "/" + part + ".txt");
    }
    jsonl.write(jsonLine);
    jsonl.write('\n');
    String text = analysis.text();
    table(0).write(new ParquetTableWriter.TableRow(LayerTables.articleValues(analysis), text));
    String id = analysis.article().id();
    for (int t = 1; t < job.tableCount(); t++) {
      LayerTables.Table table = LayerTables.TABLES.get(t - 1);
      List<? extends Annotation> items = analysis.items(table.layer());
      StructType schema = job.schema(t);
      for (int i = 0; i < items.size(); i++) {
        table(t).write(new ParquetTableWriter.TableRow(
            LayerTables.layerValues(table, schema, id, i, items.get(i)), text));
      }
    }
  }

  /** Writes a record that was not analysed as {@code {badInput, badKind, badReason}}. */
  void bad(BadRecord b) throws IOException {
    if (failed == null) {
      failed = text(JobOutput.FAILED + "/" + part + ".json");
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("badInput", b.input());
    o.put("badKind", b.kind());
    o.put("badReason", b.reason());
    failed.write(o.toString());
    failed.write('\n');
  }

  /** Closes the files and renames them into place; a file another attempt already put there is kept. */
  void commit() throws IOException {
    close();
    for (String file : opened) {
      Path from = new Path(attempt, file);
      Path to = new Path(job.root(), file);
      if (!moved(from, to)) {
        if (!fs.exists(to)) {
          throw new IOException("cannot move " + from + " to " + to);
        }
        fs.delete(from, false);
      }
    }
    fs.delete(attempt, true);
  }

  /** Renames; false where the target exists and the file system does not replace it (HDFS, some object stores). */
  private boolean moved(Path from, Path to) throws IOException {
    try {
      return fs.rename(from, to);
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  /** Closes and deletes what this attempt wrote (a failed attempt); never throws. */
  void abort() {
    try {
      close();
    } catch (IOException | RuntimeException e) {
      // the files are deleted below either way
    }
    try {
      fs.delete(attempt, true);
    } catch (IOException e) {
      // left under _temporary/, which the job removes at the end
    }
  }

  private void close() throws IOException {
    IOException first = null;
    List<AutoCloseable> open = new ArrayList<>();
    open.add(jsonl);
    open.add(failed);
    open.addAll(tables);
    for (AutoCloseable c : open) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        first = first != null ? first : e instanceof IOException io ? io : new IOException(e);
      }
    }
    jsonl = null;
    failed = null;
    tables.replaceAll(t -> null);
    if (first != null) {
      throw first;
    }
  }

  private ParquetWriter<ParquetTableWriter.TableRow> table(int t) throws IOException {
    ParquetWriter<ParquetTableWriter.TableRow> w = tables.get(t);
    if (w == null) {
      String file = JobOutput.tableFolder(t) + "/" + part + PARQUET_SUFFIX;
      w = ParquetTableWriter.open(new Path(attempt, file), job.conf(), job.schema(t), job.sparkVersion());
      opened.add(file);
      tables.set(t, w);
    }
    return w;
  }

  private Writer text(String file) throws IOException {
    opened.add(file);
    return new BufferedWriter(new OutputStreamWriter(fs.create(new Path(attempt, file), true),
        StandardCharsets.UTF_8), 1 << 16);
  }
}
