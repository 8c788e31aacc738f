package dev.scrutiny.bench;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
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
 * Articles per second of the whole default pipeline (every shipped analyzer) on generated news of
 * about {@code chars} characters. Run with {@code java -jar scrutiny-lab/target/benchmarks.jar Pipeline};
 * {@code -t 2} measures two threads sharing the one pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class PipelineBenchmark {

  @Param("5000")
  int chars;

  /** Distinct articles cycled through. */
  @Param("64")
  int count;

  @Param("42")
  long seed;

  private List<Article> articles;
  private Pipeline pipeline;

  @Setup
  public void setUp() {
    articles = BenchArticles.news(seed, count, chars);
    pipeline = Scrutiny.defaultPipeline();
    articles.forEach(a -> Scrutiny.analyze(pipeline, a)); // load every model before timing
  }

  /** Per-thread position in the article list, so threads do not contend on a shared counter. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Benchmark
  public Analysis analyze(Cursor cursor) {
    Article a = articles.get(cursor.next++ % articles.size());
    return Scrutiny.analyze(pipeline, a);
  }
}
