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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: lists the inputs on the driver, reads each file in its own task with scrutiny-core's reader, makes
 * ids unique across files, spreads the articles over the cluster and, in one pass, analyses each partition with the
 * executor's one pipeline and writes its outputs from the same task ({@link PartitionTask}, {@link JobOutput}):
 * <ul>
 *   <li>{@code OUT/jsonl/part-*.txt}: one JSON line per article, identical to
 *       {@code scrutiny analyze --format jsonl --no-timings};</li>
 *   <li>{@code OUT/parquet/<table>/}: {@code articles} and one table per layer ({@link LayerTables});</li>
 *   <li>{@code OUT/parquet/stories/} and {@code OUT/parquet/duplicates/}: the {@link CrossSourceStages cross-source
 *       stages}, unless turned off;</li>
 *   <li>{@code OUT/failed/}: JSON lines {@code {badInput, badKind, badReason}} for everything not analysed.</li>
 * </ul>
 * Only the articles' small cross-source digests go on from the analysing tasks (cached) to the cross-source stages;
 * the analyses themselves are not kept.
 */
final class ScrutinyJob {

  /** The fewest records a default partition gets (see {@link #defaultPartitions}). */
  static final int MIN_RECORDS_PER_PARTITION = 50;

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
    int partitions = options.partitions() > 0 ? options.partitions()
        : defaultPartitions(read.count(), sc.defaultParallelism());
    boolean crossSource = options.crossSource();
    long start = System.nanoTime();
    JobOutput output = JobOutput.prepare(options.out(), sc.hadoopConfiguration(), sc.version());
    JavaRDD<byte[]> digests = unique.repartition(partitions)
        .mapPartitions(it -> PartitionTask.run(it, output, counters, crossSource));
    if (crossSource) {
      digests = digests.persist(StorageLevel.MEMORY_AND_DISK());
    }
    digests.count(); // the one pass: every partition analysed and written
    output.finish();
    read.unpersist();
    counters.passSeconds = (System.nanoTime() - start) / 1e9;
    if (crossSource) {
      start = System.nanoTime();
      String out = options.out().endsWith("/") ? options.out() : options.out() + "/";
      CrossSourceStages.Result cross = CrossSourceStages.run(spark, digests, StorySettings.defaults());
      cross.duplicates().write().mode(SaveMode.Overwrite).parquet(out + "parquet/" + CrossSourceStages.DUPLICATES);
      cross.stories().write().mode(SaveMode.Overwrite).parquet(out + "parquet/" + CrossSourceStages.STORIES);
      counters.oversizedBuckets.add(cross.oversizedBuckets().value());
      counters.duplicates = spark.read().parquet(out + "parquet/" + CrossSourceStages.DUPLICATES).count();
      counters.stories = spark.read().parquet(out + "parquet/" + CrossSourceStages.STORIES).count();
      cross.release();
      digests.unpersist();
      counters.crossSourceSeconds = (System.nanoTime() - start) / 1e9;
    }
    return counters;
  }

  /**
   * Four partitions per core, so that every slot stays busy to the end, but no fewer than
   * {@value #MIN_RECORDS_PER_PARTITION} records in each: a small corpus gets fewer partitions, so fewer tasks
   * and fewer, larger files (each partition writes a file per table).
   */
  static int defaultPartitions(long records, int parallelism) {
    long bySize = (records + MIN_RECORDS_PER_PARTITION - 1) / MIN_RECORDS_PER_PARTITION;
    return (int) Math.max(1, Math.min(4L * parallelism, bySize));
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
