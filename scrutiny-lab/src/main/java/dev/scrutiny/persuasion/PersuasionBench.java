package dev.scrutiny.persuasion;

import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.TokenAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the persuasion, frame and genre analyzers (with paragraphs) over many articles, for
 * {@code scrutiny bench persuasion}. Generated articles are built, seeded, from invented war-news
 * sentences, some neutral and some loaded.
 */
public final class PersuasionBench {

  private static final String[] NEUTRAL = {
      "Officials in the regional administration said the convoy reached the town on Tuesday morning.",
      "The ministry reported that repairs to the power line would take at least two weeks.",
      "According to the mayor, about 1,200 residents have left the district since the spring.",
      "Talks between the two delegations are expected to resume next month in a neutral capital.",
      "Satellite images published by a private company show new trenches south of the river.",
      "The central bank kept its key rate unchanged, citing uncertainty over grain exports.",
      "A spokesman for the border guard said three drones were shot down overnight.",
      "Aid agencies warned that winter fuel supplies remain below last year's level."};
  private static final String[] LOADED = {
      "This so-called peace plan is nothing but a shameless surrender dressed up as diplomacy!",
      "The corrupt puppet regime and its thugs will stop at nothing to silence the truth.",
      "Every true patriot knows that our nation will never bow to these warmongers.",
      "Why should anyone trust a government that has lied about every single casualty figure?",
      "If we do not act now, the enemy will be at our gates before it is too late.",
      "They call it a liberation, but it is a brutal, barbaric invasion, plain and simple.",
      "Either we stand together or we will be crushed one by one: there is no other choice.",
      "What about the bombs their allies dropped on innocent villages for years?"};

  private PersuasionBench() {}

  /** {@code count} articles of about {@code words} words each, seeded. */
  public static List<Article> generate(int count, int words, long seed) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 0;
      while (n < words) {
        int sentences = 2 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          String[] pool = r.nextInt(3) == 0 ? LOADED : NEUTRAL;
          String sentence = pool[r.nextInt(pool.length)];
          sb.append(sentence).append(' ');
          n += sentence.split(" ").length;
        }
        sb.setLength(sb.length() - 1);
        sb.append("\n\n");
      }
      out.add(Article.builder("bench-" + i, sb.toString().strip()).title("Front line report " + i).language("en").build());
    }
    return out;
  }

  /** The pipeline measured: paragraphs, sentences and tokens (the layers read), techniques, frames, genre. */
  public static Pipeline pipeline() {
    return Pipeline.of(List.of(new ParagraphAnalyzer(), new SentenceAnalyzer(), new TokenAnalyzer(),
        new PersuasionAnalyzer(), new FrameAnalyzer(), new GenreAnalyzer()));
  }

  /**
   * Throughput of one run: wall-clock articles per second, and CPU milliseconds per article (summed over
   * the worker threads, so it does not depend on other load on the machine).
   */
  public record Throughput(double articlesPerSecond, double cpuMillisPerArticle) {}

  /** Articles per second when {@code threads} threads share {@code pipeline} over {@code articles}. */
  public static Throughput measure(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      long t0 = System.nanoTime();
      List<Future<Long>> futures = new ArrayList<>();
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          long c0 = mx.getCurrentThreadCpuTime();
          for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
            pipeline.run(articles.get(i));
          }
          return mx.getCurrentThreadCpuTime() - c0;
        }));
      }
      long cpu = 0;
      for (Future<Long> f : futures) {
        cpu += f.get();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Throughput(articles.size() / seconds, cpu / 1e6 / articles.size());
    } finally {
      pool.shutdown();
    }
  }
}
