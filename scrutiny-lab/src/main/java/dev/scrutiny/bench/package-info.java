/**
 * JMH benchmarks: throughput of the whole default pipeline ({@link dev.scrutiny.bench.PipelineBenchmark}) and
 * of each analyzer given its input layers ({@link dev.scrutiny.bench.AnalyzerBenchmark}), over seeded generated
 * news ({@link dev.scrutiny.bench.BenchArticles}). Built into {@code scrutiny-lab/target/benchmarks.jar} by
 * {@code ./mvnw -pl scrutiny-lab -am package -Pbenchmarks -DskipTests}; JMH itself is never shipped.
 */
@NullMarked
package dev.scrutiny.bench;

import org.jspecify.annotations.NullMarked;
