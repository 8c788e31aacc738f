package dev.scrutiny.spark;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.render.JsonRenderer;
import dev.scrutiny.stories.Digest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.jspecify.annotations.Nullable;

/**
 * One analysing task: reads its partition's articles once, analyses each with the executor's pipeline and writes
 * it at once to the partition's outputs ({@link PartitionOutput}: the JSON line exactly as
 * {@code scrutiny analyze --format jsonl --no-timings} writes it, the Parquet rows, or the failed record), commits
 * the files when the partition is done, and returns only the articles' encoded cross-source digests
 * ({@link DigestCodec}; none when the cross-source stages do not run). Nothing of an analysis is kept after it is
 * written.
 *
 * <p>The pipeline is {@link Scrutiny#defaultPipeline()}: built once per executor JVM on first use and shared by
 * the JVM's tasks (analyzers are thread-safe), so models load once per executor, not per article or task.
 */
final class PartitionTask {

  private static final JsonRenderer RENDERER = JsonRenderer.defaults().withTimings(false);

  private PartitionTask() {}

  /** Analyses and writes a partition; returns the digests when {@code digests} is set. */
  static Iterator<byte[]> run(Iterator<Ingested> in, JobOutput output, JobCounters counters, boolean digests)
      throws IOException {
    TaskContext task = TaskContext.get();
    PartitionOutput out = output.open(task.partitionId(), task.taskAttemptId());
    List<byte[]> made = new ArrayList<>();
    try {
      while (in.hasNext()) {
        byte @Nullable [] digest = one(in.next(), out, counters, digests);
        if (digest != null) {
          made.add(digest);
        }
      }
      out.commit();
    } catch (IOException | RuntimeException | Error e) {
      out.abort();
      throw e;
    }
    return made.iterator();
  }

  private static byte @Nullable [] one(Ingested i, PartitionOutput out, JobCounters counters, boolean digests)
      throws IOException {
    if (i.bad() != null) {
      (i.bad().kind().equals(BadRecord.SKIPPED) ? counters.skipped : counters.failed).add(1);
      out.bad(i.bad());
      return null;
    }
    ReadArticle r = i.article();
    counters.read.add(1);
    Analysis a;
    String json;
    byte @Nullable [] digest;
    try {
      a = analyse(Scrutiny.defaultPipeline(), r);
      json = RENDERER.toJsonLine(a);
      digest = digests ? DigestCodec.encode(Digest.of(a)) : null;
    } catch (RuntimeException | StackOverflowError e) {
      counters.failed.add(1);
      out.bad(BadRecord.failed(r.input(), "analysis failed for article '" + r.id() + "': " + e));
      return null;
    }
    out.article(a, json);
    counters.analysed.add(1);
    counters.timings.add(a.timingsNanos());
    return digest;
  }

  /** As {@code scrutiny analyze} does: the pipeline, then the ingest warnings. */
  static Analysis analyse(Pipeline pipeline, ReadArticle r) {
    Analysis a = Scrutiny.analyze(pipeline, r.article());
    for (Diagnostic d : r.diagnostics()) {
      a = a.with(d);
    }
    return a;
  }
}
