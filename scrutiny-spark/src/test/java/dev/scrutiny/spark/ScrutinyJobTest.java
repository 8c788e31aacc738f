package dev.scrutiny.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scrutiny.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Runs the job once in local mode on a small corpus (text, HTML, JSON lines with bad lines and an id that collides
 * across files, Parquet, a hidden and an unsupported file) and holds its output against {@code scrutiny analyze
 * --format jsonl --no-timings} run in-process on the same articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScrutinyJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private SparkSession spark;
  private Path out;
  private JobCounters counters;
  private Path corpus;

  @BeforeAll
  void runJobOnce() throws IOException {
    corpus = dir.resolve("corpus");
    copyTree(Path.of("src/test/resources/corpus"), corpus);
    Files.writeString(corpus.resolve("desk/.draft.txt"), "A hidden draft.\n");
    Files.write(corpus.resolve("desk/scan.pdf"), "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));
    // the settings ./scrutiny spark uses on one machine (interpreted projections, no generated code)
    org.apache.spark.SparkConf local = new org.apache.spark.SparkConf();
    SparkMain.localDefaults(local);
    spark = SparkSession.builder().master("local[2]").appName("scrutiny-test").config(local)
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
        .getOrCreate();
    writeParquetAndTwinJsonl();
    out = dir.resolve("out");
    JobOptions options = new JobOptions(List.of(corpus.resolve("desk").toString(), corpus.resolve("wire.jsonl").toString(),
        corpus.resolve("extra.parquet").toString()), out.toString(), 3, 10_000_000, null);
    counters = new ScrutinyJob(spark, options).run();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesAreTheClisByteForByteAfterSortingById() throws IOException {
    StringWriter err = new StringWriter();
    Path cliOut = dir.resolve("cli.jsonl");
    int code = Main.commandLine().setErr(new PrintWriter(err)).execute("analyze", "--format", "jsonl", "--no-timings",
        "--out", cliOut.toString(), corpus.resolve("desk").toString(), corpus.resolve("wire.jsonl").toString(),
        corpus.resolve("extra-twin.jsonl").toString());
    assertThat(code).as(err.toString()).isEqualTo(1); // the bad JSON line and the empty file fail in both

    List<String> cli = sortedById(Files.readAllLines(cliOut, StandardCharsets.UTF_8));
    List<String> job = sortedById(partLines(out.resolve("jsonl")));
    assertThat(job).hasSize(8).containsExactlyElementsOf(cli);
    assertThat(job.stream().map(ScrutinyJobTest::id))
        .contains("harbour-strike", "harbour-strike-2", "wire#2", "briefing", "px-1", "px-2");
  }

  @Test
  void everyAnalysedArticleIsInOneStoryAndTheDuplicateTableIsWritten() throws IOException {
    List<String> ids = partLines(out.resolve("jsonl")).stream().map(ScrutinyJobTest::id).sorted().toList();
    List<String> inStories = new ArrayList<>();
    for (Row r : spark.read().parquet(out.resolve("parquet/stories").toString()).collectAsList()) {
      inStories.addAll(CollectionConverters.asJava(r.<scala.collection.Seq<String>>getAs("articles")));
    }
    assertThat(inStories.stream().sorted().toList()).isEqualTo(ids);
    Dataset<Row> duplicates = spark.read().parquet(out.resolve("parquet/duplicates").toString());
    assertThat(duplicates.columns()).containsExactly("a", "b", "kind", "similarity", "first");
    assertThat(counters.stories).isEqualTo(spark.read().parquet(out.resolve("parquet/stories").toString()).count());
    assertThat(counters.duplicates).isEqualTo(duplicates.count());
  }

  @Test
  void badRecordsGoToTheSideOutputWithTheirReason() throws IOException {
    List<JsonNode> bad = new ArrayList<>();
    for (String line : partLines(out.resolve("failed"))) {
      bad.add(JSON.readTree(line));
    }
    assertThat(bad).extracting(b -> b.get("badKind").asText() + " " + b.get("badInput").asText() + ": "
        + b.get("badReason").asText())
        .anyMatch(s -> s.startsWith("failed ") && s.contains("wire.jsonl:3: not valid JSON"))
        .anyMatch(s -> s.startsWith("failed ") && s.contains("wire.jsonl:5: field \"text\" is empty"))
        .anyMatch(s -> s.startsWith("failed ") && s.contains("empty.txt: no text"))
        .anyMatch(s -> s.startsWith("skipped ") && s.contains(".draft.txt"))
        .anyMatch(s -> s.startsWith("skipped ") && s.contains("scan.pdf"))
        .anyMatch(s -> s.startsWith("failed ") && s.contains("extra.parquet") && s.contains("\"text\""));
    assertThat(counters.read.value()).isEqualTo(8);
    assertThat(counters.analysed.value()).isEqualTo(8);
    assertThat(counters.failed.value()).isEqualTo(4);
    assertThat(counters.skipped.value()).isEqualTo(2);
    assertThat(counters.timings.value()).containsKeys("entities/1", "places/1");
    // "claims/1", or "claims/1+<encoder>" where scrutiny-encoder is on the class path (this test's, through the CLI)
    assertThat(counters.timings.value().keySet()).anyMatch(k -> k.startsWith("claims/1"));
  }

  @Test
  void parquetTablesHoldTypedRowsKeyedByArticle() throws IOException {
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (String line : partLines(out.resolve("jsonl"))) {
      JsonNode n = JSON.readTree(line);
      byId.put(n.get("id").asText(), n);
    }
    Dataset<Row> articles = spark.read().parquet(out.resolve("parquet/articles").toString());
    assertThat(articles.count()).isEqualTo(byId.size());
    assertThat(articles.schema().apply("publishedDate").dataType()).isEqualTo(DataTypes.DateType);

    for (LayerTables.Table t : LayerTables.TABLES) {
      Dataset<Row> table = spark.read().parquet(out.resolve("parquet/" + t.name()).toString());
      long expected = byId.values().stream().mapToLong(n -> n.path(t.layer().name()).size()).sum();
      assertThat(table.count()).as(t.name()).isEqualTo(expected);
    }
    Dataset<Row> statements = spark.read().parquet(out.resolve("parquet/statements").toString());
    assertThat(statements.schema().apply("checkworthiness").dataType()).isEqualTo(DataTypes.DoubleType);
    statements.createOrReplaceTempView("statements");
    articles.createOrReplaceTempView("articles");
    List<Row> mirsky = spark.sql("""
        SELECT s.articleId, s.speaker.text, s.content.text, a.publishedDate FROM statements s
        JOIN articles a ON a.id = s.articleId WHERE s.speakerName LIKE '%Mirsky%'""").collectAsList();
    assertThat(mirsky).isNotEmpty().allSatisfy(r -> {
      assertThat(r.getString(0)).isEqualTo("harbour-strike");
      String text = byId.get("harbour-strike").get("text").asText();
      assertThat(text).contains(r.getString(2));
    });
    Dataset<Row> places = spark.read().parquet(out.resolve("parquet/places").toString());
    assertThat(places.schema().apply("latitude").dataType()).isEqualTo(DataTypes.DoubleType);
    Dataset<Row> markers = spark.read().parquet(out.resolve("parquet/markers").toString());
    assertThat(markers.filter("type = 'summary'").count()).isEqualTo(
        byId.values().stream().filter(n -> n.path("markers").size() > 0).count());
  }

  @Test
  void everyOutputFolderIsMarkedDoneAndNoTemporaryFileIsLeft() {
    assertThat(out.resolve(JobOutput.TEMPORARY)).doesNotExist();
    List<String> folders = new ArrayList<>(List.of("jsonl", "failed", "parquet/articles"));
    LayerTables.TABLES.forEach(t -> folders.add("parquet/" + t.name()));
    assertThat(folders).allSatisfy(f -> assertThat(out.resolve(f).resolve(JobOutput.SUCCESS)).exists());
  }

  /** extra.parquet (id, text, metadata map) and the same articles as JSON lines for the CLI. */
  private void writeParquetAndTwinJsonl() throws IOException {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("metadata",
            DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)));
    List<Row> rows = List.of(
        row(schema, "px-1", "The governor of Velmar said on Friday that the port was working again.\r\n\r\n"
                + "Ships had been waiting since 3 June 2025.",
            CollectionConverters.asScala(Map.of("title", "Port reopens", "published", "2025-06-06",
                "source", "Test Wire"))),
        row(schema, "px-2", "Two soldiers were wounded near Dornitz, the army said in its morning report.",
            CollectionConverters.asScala(Map.of("language", "en-GB"))),
        row(schema, "px-3", null, null));
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(corpus.resolve("extra.parquet").toString());
    List<String> twin = new ArrayList<>();
    for (Row r : rows.subList(0, 2)) {
      twin.add(ParquetArticles.toJsonLine(r, "unused"));
    }
    Files.write(corpus.resolve("extra-twin.jsonl"), twin, StandardCharsets.UTF_8);
  }

  private static Row row(StructType schema, Object... values) {
    return new GenericRowWithSchema(values, schema);
  }

  private static List<String> partLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static List<String> sortedById(List<String> lines) {
    return lines.stream().filter(l -> !l.isBlank()).sorted(Comparator.comparing(ScrutinyJobTest::id)).toList();
  }

  private static String id(String line) {
    try {
      return JSON.readTree(line).get("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
