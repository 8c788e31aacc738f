package dev.scrutiny.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit of the tasks' files: an attempt that dies leaves nothing in the output, a retried or speculative attempt
 * of the same partition leaves one copy, and a table no task wrote to still gets a readable (empty) file.
 */
class JobOutputTest {

  private final Configuration conf = new Configuration();

  @TempDir
  Path dir;

  @Test
  void onlyCommittedAttemptsReachTheOutputAndEachPartitionOnce() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("jsonl"));
    Files.writeString(out.resolve("jsonl/part-00042.txt"), "{\"id\":\"from an earlier run\"}\n");
    JobOutput output = JobOutput.prepare(out.toString(), conf, "4.2.0");

    PartitionOutput died = output.open(0, 7); // writes, then its executor is lost: no commit, no abort
    died.article(analysis("a1"), "{\"id\":\"a1\"}");
    PartitionOutput retried = output.open(0, 8);
    retried.article(analysis("a1"), "{\"id\":\"a1\"}");
    retried.commit();
    PartitionOutput speculative = output.open(0, 9);
    speculative.article(analysis("a1"), "{\"id\":\"a1\"}");
    speculative.commit();
    PartitionOutput failed = output.open(1, 10);
    failed.bad(BadRecord.failed("x.txt", "no text"));
    failed.abort();
    PartitionOutput bad = output.open(2, 11);
    bad.bad(BadRecord.failed("y.txt", "no text"));
    bad.commit();
    assertThat(out.resolve("_temporary/attempt-7/jsonl/part-00000.txt")).exists();
    output.finish();

    assertThat(out.resolve("_temporary")).doesNotExist();
    assertThat(visibleFiles(out)).containsExactlyInAnyOrder(
        "jsonl/part-00000.txt", "jsonl/_SUCCESS", "failed/part-00002.json", "failed/_SUCCESS",
        "parquet/articles/part-00000.snappy.parquet", "parquet/articles/_SUCCESS",
        "parquet/statements/part-00000.snappy.parquet", "parquet/statements/_SUCCESS",
        "parquet/entities/part-00000.snappy.parquet", "parquet/entities/_SUCCESS",
        "parquet/places/part-00000.snappy.parquet", "parquet/places/_SUCCESS",
        "parquet/times/part-00000.snappy.parquet", "parquet/times/_SUCCESS",
        "parquet/techniques/part-00000.snappy.parquet", "parquet/techniques/_SUCCESS",
        "parquet/checks/part-00000.snappy.parquet", "parquet/checks/_SUCCESS",
        "parquet/markers/part-00000.snappy.parquet", "parquet/markers/_SUCCESS");
    assertThat(Files.readAllLines(out.resolve("jsonl/part-00000.txt"), StandardCharsets.UTF_8))
        .containsExactly("{\"id\":\"a1\"}");
    assertThat(Files.readString(out.resolve("failed/part-00002.json")))
        .isEqualTo("{\"badInput\":\"y.txt\",\"badKind\":\"failed\",\"badReason\":\"no text\"}\n");
    try (ParquetFileReader articles = reader(out.resolve("parquet/articles/part-00000.snappy.parquet"));
         ParquetFileReader statements = reader(out.resolve("parquet/statements/part-00000.snappy.parquet"))) {
      assertThat(articles.getRecordCount()).isEqualTo(1);
      assertThat(articles.getFileMetaData().getKeyValueMetaData())
          .containsEntry(ParquetTableWriter.SPARK_SCHEMA_KEY, LayerTables.articleSchema().json());
      assertThat(statements.getRecordCount()).isZero();
      assertThat(statements.getFileMetaData().getKeyValueMetaData()).containsEntry(ParquetTableWriter.SPARK_SCHEMA_KEY,
          LayerTables.schema(LayerTables.TABLES.getFirst()).json());
    }
  }

  private static Analysis analysis(String id) {
    return Analysis.of(Article.builder(id, "The port reopened on Friday.").build())
        .with(Diagnostic.of("ingest", "a warning"));
  }

  private ParquetFileReader reader(Path file) throws IOException {
    return ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf));
  }

  private static List<String> visibleFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .map(p -> root.relativize(p).toString()).toList();
    }
  }
}
