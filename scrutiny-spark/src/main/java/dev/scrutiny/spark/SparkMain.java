package dev.scrutiny.spark;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.ingest.IngestOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the Spark job, for {@code ./scrutiny spark} and {@code spark-submit}.
 *
 * <pre>{@code
 * scrutiny spark [--master local[*]] --in PATH… --out DIR [--partitions N] [--published DATE] [--max-size BYTES]
 * }</pre>
 *
 * Without {@code --master}, the master comes from {@code spark-submit} (or {@code spark.master}), else
 * {@code local[*]}. Exit code 0 when every input was analysed, 1 when some records failed (see
 * {@code DIR/failed/}), 2 on usage errors.
 */
public final class SparkMain {

  static final String USAGE = """
      Usage: scrutiny spark [--master URL] --in PATH... --out DIR [--partitions N] [--published DATE] [--max-size BYTES]
                            [--no-cross-source]
      Analyses articles (text, HTML, JSON lines, Parquet with id/text/metadata; files or folders, local or any
      Hadoop file system) on Apache Spark and writes DIR/jsonl/ (as `scrutiny analyze --format jsonl
      --no-timings`), DIR/parquet/<table>/ (articles, statements, entities, places, times, techniques, checks,
      markers, and the cross-source tables stories and duplicates) and DIR/failed/ (records not analysed,
      with the reason).
        --master URL      Spark master (default: from spark-submit, else local[*])
        --in PATH...      inputs; repeatable
        --out DIR         output folder (its jsonl/, parquet/ and failed/ are replaced)
        --partitions N    analysis partitions (default: 4 per core, at least 50 records each)
        --published DATE  publication date (ISO) for articles that state none
        --max-size BYTES  reject inputs (or JSON lines) larger than this (default: %d)
        --no-cross-source skip the stories and duplicates tables
      """.formatted(IngestOptions.DEFAULT_MAX_BYTES);

  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the job in this JVM; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Parsed parsed;
    try {
      parsed = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("scrutiny spark: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (parsed == null) {
      out.print(USAGE);
      return 0;
    }
    long start = System.nanoTime();
    SparkSession spark = session(parsed.master());
    try {
      JobCounters counters = new ScrutinyJob(spark, parsed.options()).run();
      counters.print(err, (System.nanoTime() - start) / 1e9);
      err.printf(Locale.ROOT, "scrutiny spark: output in %s/{jsonl,parquet,failed}%n", parsed.options().out());
      return counters.failed.value() > 0 ? 1 : 0;
    } catch (java.io.IOException e) {
      err.println("scrutiny spark: " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
    }
  }

  static SparkSession session(@Nullable String master) {
    SparkConf conf = new SparkConf().setAppName("scrutiny");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      localDefaults(conf);
      // in local mode this JVM is also the executor: its models load on another thread while Spark starts
      Scrutiny.warmUpInBackground();
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * Settings for one machine, each unless already set: no web UI, and no generated code for the job's few
   * thousand rows per run. Generated code (whole-stage and per-expression) costs a cold JVM the Janino compile of
   * each of the job's plans and then the JIT compile of the generated classes, which on one machine exceeds
   * the time it saves; interpreted projections give the same rows.
   */
  static void localDefaults(SparkConf conf) {
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.codegen.wholeStage", "false");
    conf.setIfMissing("spark.sql.codegen.factoryMode", "NO_CODEGEN");
  }

  record Parsed(@Nullable String master, JobOptions options) {}

  /** The parsed arguments, or null for {@code --help}. */
  static @Nullable Parsed parse(String[] args) {
    String master = null;
    String outDir = null;
    String published = null;
    int partitions = 0;
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;
    boolean crossSource = true;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "--master" -> master = value(args, ++i, a);
        case "--out" -> outDir = value(args, ++i, a);
        case "--published" -> published = value(args, ++i, a);
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        case "--max-size" -> maxBytes = number(value(args, ++i, a), a);
        case "--no-cross-source" -> crossSource = false;
        case "--in" -> {
          int first = i + 1;
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            inputs.add(args[++i]);
          }
          if (i < first) {
            throw new IllegalArgumentException("--in needs at least one PATH");
          }
        }
        default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
      }
    }
    if (outDir == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    JobOptions options = new JobOptions(inputs, outDir, partitions, maxBytes, published, crossSource);
    ScrutinyJob.ingestOptions(options);
    return new Parsed(master, options);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String v, String option) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + ": not a number: '" + v + "'");
    }
  }
}
