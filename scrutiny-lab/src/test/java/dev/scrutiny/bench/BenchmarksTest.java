package dev.scrutiny.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Analyzer;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

class BenchmarksTest {

  @Test
  void everyAnalyzerOfTheDefaultPipelineHasABenchmarkAndEveryBenchmarkAnAnalyzer() throws Exception {
    List<String> params = List.of(AnalyzerBenchmark.class.getDeclaredField("analyzer").getAnnotation(Param.class).value());
    List<Analyzer<?>> all = Scrutiny.defaultPipeline().analyzers();
    List<String> bare = all.stream().map(a -> a.name().replaceFirst("/.*", "")).toList();
    assertThat(params).containsExactlyInAnyOrderElementsOf(bare);
    for (String p : params) {
      assertThat(all.get(AnalyzerBenchmark.indexOf(all, p)).name()).startsWith(p + "/");
    }
  }

  @Test
  void anUnknownAnalyzerIsNamedWithTheOnesThatExist() {
    assertThatThrownBy(() -> AnalyzerBenchmark.indexOf(Scrutiny.defaultPipeline().analyzers(), "horoscope"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'horoscope'").hasMessageContaining("claims");
  }

  @Test
  void generatedArticlesAreSeededAndLongEnough() {
    List<Article> a = BenchArticles.news(3, 4, 2000);
    assertThat(a).hasSize(4).allSatisfy(x -> assertThat(x.text().length()).isGreaterThanOrEqualTo(2000));
    assertThat(BenchArticles.news(3, 4, 2000).get(2).text()).isEqualTo(a.get(2).text());
    assertThat(BenchArticles.news(4, 4, 2000).get(2).text()).isNotEqualTo(a.get(2).text());
    assertThatThrownBy(() -> BenchArticles.news(3, 0, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The generated JMH harness runs both benchmarks (in this JVM, one short iteration) and measures work. */
  @Test
  void theBenchmarksRunUnderJmh() throws Exception {
    Options opt = new OptionsBuilder()
        .include(PipelineBenchmark.class.getName()).include(AnalyzerBenchmark.class.getName())
        .param("analyzer", "tokens", "claims").param("chars", "1500").param("count", "4")
        .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
        .shouldFailOnError(true).verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT).build();
    Collection<RunResult> results = new Runner(opt).run();
    assertThat(results).hasSize(3);
    assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    assertThat(results.stream().map(r -> r.getParams().getBenchmark()).distinct().toList())
        .containsExactlyInAnyOrder(PipelineBenchmark.class.getName() + ".analyze",
            AnalyzerBenchmark.class.getName() + ".analyze");
  }
}
