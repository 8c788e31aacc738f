package dev.scrutiny.cli;

import dev.scrutiny.Scrutiny;
import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Diagnostic;
import dev.scrutiny.ingest.ArticleReader;
import dev.scrutiny.ingest.IngestPlan;
import dev.scrutiny.ingest.IngestResult;
import dev.scrutiny.ingest.Origin;
import dev.scrutiny.pipeline.Budget;
import dev.scrutiny.pipeline.HeapGuard;
import dev.scrutiny.pipeline.OverBudgetException;
import dev.scrutiny.pipeline.Pipeline;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs a batch with a budget per article. Inputs are read (and HTML extracted) on a reader thread,
 * articles analysed on {@code threads} workers; the calling thread only hands results on, in input
 * order. Each article gets {@code budget} of work: the pipeline stops it at the next analyzer once the
 * time is spent, and an analyzer that does not return within the budget plus a grace period is
 * abandoned (its worker interrupted and replaced), so one hostile article costs at most its budget
 * while the rest of the batch goes on. Out-of-memory in one article fails that article; while the
 * heap is nearly full after collection, no new article starts until the ones in flight are done.
 */
final class BudgetedBatch {

  /** What the batch hands on, in input order. */
  interface Listener {
    void analysed(Analysis analysis) throws IOException;

    void failed(Origin origin, String reason) throws IOException;

    void skipped(Origin origin, String reason) throws IOException;

    /** The reader moved on to a new input (for progress). */
    void nextInput();
  }

  private static final Duration GRACE = Duration.ofSeconds(2);

  private record Job(Origin origin, @Nullable IngestResult notAnalysed, @Nullable Future<Outcome> future, Started started) {}

  private record Outcome(@Nullable Analysis analysis, @Nullable String failure) {}

  /** When the worker began the article; 0 while it waits in the queue. */
  private static final class Started {
    volatile long nanos;
  }

  private static final Job END = new Job(Origin.of("-"), null, null, new Started());

  private final Pipeline pipeline;
  private final Duration budget;
  private final int threads;

  private final Runnable prepare;

  BudgetedBatch(Pipeline pipeline, Duration budget, int threads) {
    this(pipeline, budget, threads, () -> warmUp(pipeline));
  }

  /**
   * A batch whose models are readied by {@code prepare} before the budgets start, such as waiting for a
   * background warm-up of the same pipeline rather than analysing a warm-up article a second time.
   */
  BudgetedBatch(Pipeline pipeline, Duration budget, int threads, Runnable prepare) {
    this.pipeline = pipeline;
    this.budget = budget;
    this.threads = threads;
    this.prepare = prepare;
  }

  /**
   * Models load lazily on first use; that is not any article's work, so it happens before the budgets start. The
   * warm-up article declares its language: the language model loads only if an article needs it (one that is not
   * plainly English), in analyse() before that article's budget starts.
   */
  private static void warmUp(Pipeline pipeline) {
    Scrutiny.analyze(pipeline, dev.scrutiny.article.Article.builder("warm-up",
        "Officials said on Monday that the talks in Kyiv would resume.").language("en").build());
  }

  void run(ArticleReader reader, IngestPlan plan, Listener listener) throws IOException, InterruptedException {
    prepare.run();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> daemon(r, "scrutiny-analyze"));
    BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(Math.max(8, threads * 4));
    Thread readerThread = daemon(() -> read(reader, plan, pool, jobs, listener), "scrutiny-read");
    readerThread.start();
    try {
      while (true) {
        Job job = jobs.take();
        if (job == END) {
          break;
        }
        hand(job, pool, listener);
      }
    } finally {
      readerThread.interrupt();
      pool.shutdownNow();
    }
  }

  private void read(ArticleReader reader, IngestPlan plan, ThreadPoolExecutor pool, BlockingQueue<Job> jobs,
      Listener listener) {
    String currentInput = null;
    try (Stream<IngestResult> results = reader.results(plan)) {
      for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
        if (currentInput != null && !r.origin().input().equals(currentInput)) {
          listener.nextInput();
        }
        currentInput = r.origin().input();
        if (r instanceof IngestResult.Loaded l) {
          waitWhileHeapIsLow(pool);
          Started started = new Started();
          jobs.put(new Job(l.origin(), null, pool.submit(() -> analyse(l, started)), started));
        } else {
          jobs.put(new Job(r.origin(), r, null, new Started()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException | OutOfMemoryError e) {
      putQuietly(jobs, new Job(Origin.of(currentInput == null ? "-" : currentInput),
          new IngestResult.Failed(Origin.of(currentInput == null ? "-" : currentInput),
              "reading stopped: " + e), null, new Started()));
    }
    if (currentInput != null) {
      listener.nextInput();
    }
    putQuietly(jobs, END);
  }

  private static void putQuietly(BlockingQueue<Job> jobs, Job job) {
    try {
      jobs.put(job);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** While the heap is nearly full, lets the articles in flight finish before starting another. */
  private static void waitWhileHeapIsLow(ThreadPoolExecutor pool) throws InterruptedException {
    if (!HeapGuard.low()) {
      return;
    }
    while (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
      Thread.sleep(20);
    }
    System.gc(); // refresh the after-collection figure the guard reads
  }

  private Outcome analyse(IngestResult.Loaded l, Started started) {
    try {
      // language identification reads at most a few thousand characters; the first article that needs the
      // language model loads it here, before its budget starts
      dev.scrutiny.article.Article article = Scrutiny.withLanguage(l.article());
      started.nanos = System.nanoTime();
      Analysis a = Scrutiny.analyze(pipeline, article, Budget.of(budget));
      for (Diagnostic d : l.warnings()) {
        a = a.with(d);
      }
      return new Outcome(a, null);
    } catch (OverBudgetException e) {
      return new Outcome(null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // analyzers' own failures are diagnostics; this is a step outside them (language identification)
      return new Outcome(null, "analysis crashed: " + e);
    } catch (OutOfMemoryError e) {
      return new Outcome(null, "out of memory while analysing this article; the rest of the batch goes on"
          + " (give Java more, e.g. SCRUTINY_JAVA_OPTS=-Xmx2g, or use --threads 1)");
    }
  }

  private void hand(Job job, ThreadPoolExecutor pool, Listener listener) throws IOException, InterruptedException {
    if (job.notAnalysed() != null) {
      switch (job.notAnalysed()) {
        case IngestResult.Failed f -> listener.failed(f.origin(), f.reason());
        case IngestResult.Skipped s -> listener.skipped(s.origin(), s.reason());
        case IngestResult.Loaded l -> throw new IllegalStateException("a loaded article without a job: " + l.origin());
      }
      return;
    }
    Outcome o = await(job, pool);
    if (o.analysis() != null) {
      listener.analysed(o.analysis());
    } else {
      listener.failed(job.origin(), String.valueOf(o.failure()));
    }
  }

  private Outcome await(Job job, ThreadPoolExecutor pool) throws InterruptedException {
    Future<Outcome> f = job.future();
    long hardLimit = budget.plus(GRACE).toNanos();
    while (true) {
      try {
        return f.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long started = job.started().nanos;
        if (started != 0 && System.nanoTime() - started > hardLimit) {
          f.cancel(true);
          abandonWorker(pool);
          return new Outcome(null, "over the time budget of " + seconds(budget)
              + " per article; its analysis was abandoned (raise it with --budget)");
        }
      } catch (CancellationException e) {
        return new Outcome(null, "cancelled");
      } catch (ExecutionException e) {
        // analyse() turns budget and memory failures into outcomes; anything here is a bug
        throw new IllegalStateException("analysis crashed: " + e.getCause(), e.getCause());
      }
    }
  }

  /** The worker stuck on an abandoned article keeps its thread; add one so the batch keeps its pace. */
  private static void abandonWorker(ThreadPoolExecutor pool) {
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
