package dev.scrutiny.spark;

import dev.scrutiny.ingest.IngestOptions;
import dev.scrutiny.ingest.PublishedParser;
import dev.scrutiny.stories.StorySettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/**
 * The Spark job: lists the inputs on the driver, reads each file in its own task with scrutiny-core's reader, makes
 * ids unique across files, spreads the articles over the cluster, analyses each partition with the executor's one
 * pipeline, caches the result once and writes
 * <ul>
 *   <li>{@code OUT/jsonl/part-*.txt}: one JSON line per article, identical to
 *       {@code scrutiny analyze --format jsonl --no-timings};</li>
 *   <li>{@code OUT/parquet/<table>/}: {@code articles} and one table per layer ({@link LayerTables});</li>
 *   <li>{@code OUT/parquet/stories/} and {@code OUT/parquet/duplicates/}: the {@link CrossSourceStages cross-source
 *       stages}, unless turned off;</li>
 *   <li>{@code OUT/failed/}: JSON lines {@code {badInput, badKind, badReason}} for everything not analysed.</li>
 * </ul>
 */
final class ScrutinyJob {

  private final SparkSession spark;
  private final JobOptions options;

  ScrutinyJob(SparkSession spark, JobOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /** Runs the job; returns its counters. */
  JobCounters run() throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobCounters counters = new JobCounters(spark.sparkContext());
    IngestOptions ingest = ingestOptions(options);
    InputListing.Listing listing = InputListing.list(options.inputs(), ingest, sc.hadoopConfiguration());

    JavaRDD<Ingested> read = readAll(sc, listing, options).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Ingested> unique = DuplicateIds.rename(sc, read);
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * sc.defaultParallelism();
    boolean crossSource = options.crossSource();
    JavaRDD<Row> rows = unique.repartition(partitions)
        .mapPartitions(it -> AnalysedRows.analyse(it, counters, crossSource));
    Dataset<Row> analysed = spark.createDataFrame(rows, AnalysedRows.schema()).persist(StorageLevel.MEMORY_AND_DISK());

    String out = options.out().endsWith("/") ? options.out() : options.out() + "/";
    analysed.filter(col(AnalysedRows.JSON).isNotNull()).select(AnalysedRows.JSON)
        .write().mode(SaveMode.Overwrite).text(out + "jsonl");
    analysed.filter(col(AnalysedRows.BAD_INPUT).isNotNull())
        .select(AnalysedRows.BAD_INPUT, AnalysedRows.BAD_KIND, AnalysedRows.BAD_REASON)
        .coalesce(1).write().mode(SaveMode.Overwrite).json(out + "failed");
    Dataset<Row> ok = analysed.filter(col(AnalysedRows.JSON).isNotNull());
    ok.select(LayerTables.ARTICLES + ".*").write().mode(SaveMode.Overwrite).parquet(out + "parquet/articles");
    for (LayerTables.Table t : LayerTables.TABLES) {
      ok.select(explode(col(t.name())).as("r")).select("r.*")
          .write().mode(SaveMode.Overwrite).parquet(out + "parquet/" + t.name());
    }
    if (options.crossSource()) {
      CrossSourceStages.Result cross = CrossSourceStages.run(spark,
          ok.select(AnalysedRows.DIGEST).javaRDD().map(r -> (byte[]) r.get(0)), StorySettings.defaults());
      cross.duplicates().write().mode(SaveMode.Overwrite).parquet(out + "parquet/" + CrossSourceStages.DUPLICATES);
      cross.stories().write().mode(SaveMode.Overwrite).parquet(out + "parquet/" + CrossSourceStages.STORIES);
      counters.oversizedBuckets.add(cross.oversizedBuckets().value());
      counters.duplicates = spark.read().parquet(out + "parquet/" + CrossSourceStages.DUPLICATES).count();
      counters.stories = spark.read().parquet(out + "parquet/" + CrossSourceStages.STORIES).count();
      cross.release();
    }
    analysed.unpersist();
    read.unpersist();
    return counters;
  }

  private JavaRDD<Ingested> readAll(JavaSparkContext sc, InputListing.Listing listing, JobOptions options) {
    List<JavaRDD<Ingested>> parts = new ArrayList<>();
    List<Ingested> notRead = listing.notRead().stream().map(Ingested::of).toList();
    parts.add(sc.parallelize(notRead, 1));
    List<InputFile> articleFiles = listing.files().stream().filter(f -> f.kind() == InputFile.Kind.ARTICLES).toList();
    if (!articleFiles.isEmpty()) {
      // one file per task up to 16 tasks per core; beyond that a task reads several files in turn
      int slices = Math.max(1, Math.min(articleFiles.size(), 16 * sc.defaultParallelism()));
      parts.add(sc.parallelize(articleFiles, slices)
          .flatMap(f -> ArticleFiles.read(f, ingestOptions(options))));
    }
    for (InputFile f : listing.files()) {
      if (f.kind() == InputFile.Kind.PARQUET) {
        parts.add(spark.read().parquet(f.uri()).javaRDD()
            .mapPartitionsWithIndex((p, it) -> parquet(f, p, it, options), false));
      }
    }
    JavaRDD<Ingested> all = parts.getFirst();
    for (JavaRDD<Ingested> p : parts.subList(1, parts.size())) {
      all = all.union(p);
    }
    return all;
  }

  private static Iterator<Ingested> parquet(InputFile f, int partition, Iterator<Row> rows, JobOptions options) {
    return ParquetArticles.read(f, partition, rows, ingestOptions(options));
  }

  static IngestOptions ingestOptions(JobOptions options) {
    IngestOptions o = IngestOptions.defaults().withMaxBytes(options.maxBytes());
    if (options.published() != null) {
      String given = options.published();
      o = o.withFallbackPublished(PublishedParser.parse(given).orElseThrow(() ->
          new IllegalArgumentException("--published: not a date: '" + given + "' (expected e.g. 2025-04-26)")));
    }
    return o;
  }
}
