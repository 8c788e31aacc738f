package dev.scrutiny.bench;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second of one analyzer of the default pipeline, given the layers it reads: the analyzers
 * before it run once in setup, so only {@link Analyzer#analyze} is timed. {@code analyzer} is the
 * analyzer's name without its version ({@code entities}, {@code claims}, ...). Run with
 * {@code java -jar scrutiny-lab/target/benchmarks.jar Analyzer -p analyzer=claims}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class AnalyzerBenchmark {

  @Param({"paragraphs", "sentences", "tokens", "entities", "places", "time", "claims", "persuasion", "frames",
      "genre", "checks", "markers"})
  String analyzer;

  @Param("5000")
  int chars;

  /** Distinct articles cycled through. */
  @Param("32")
  int count;

  @Param("42")
  long seed;

  private Analyzer<?> measured;
  private List<Analysis> inputs;

  @Setup
  public void setUp() {
    List<Analyzer<?>> all = Scrutiny.defaultPipeline().analyzers();
    int at = indexOf(all, analyzer);
    measured = all.get(at);
    Pipeline before = Pipeline.of(all.subList(0, at));
    inputs = new ArrayList<>();
    for (Article a : BenchArticles.news(seed, count, chars)) {
      inputs.add(before.run(a));
    }
    inputs.forEach(measured::analyze); // load the analyzer's models before timing
  }

  /** The position of the analyzer called {@code name} (its name up to the version) in {@code analyzers}. */
  static int indexOf(List<Analyzer<?>> analyzers, String name) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < analyzers.size(); i++) {
      String full = analyzers.get(i).name();
      String bare = full.contains("/") ? full.substring(0, full.indexOf('/')) : full;
      if (bare.equals(name) || full.equals(name)) {
        return i;
      }
      names.add(bare);
    }
    throw new IllegalArgumentException("no analyzer '" + name + "' in the default pipeline; it has " + names);
  }

  /** Per-thread position in the input list. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public List<?> analyze(Cursor cursor) {
    return measured.analyze(inputs.get(cursor.next++ % inputs.size()));
  }
}
