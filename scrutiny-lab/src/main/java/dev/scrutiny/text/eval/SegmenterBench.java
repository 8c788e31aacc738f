package dev.scrutiny.text.eval;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * One-thread throughput of sentence splitting plus tokenization: runs over the texts for a warm-up
 * period, then for a measured period, and reports tokens and sentences per second. Not a unit test:
 * figures depend on the machine, so they are printed ({@code scrutiny bench text}), never asserted.
 */
public final class SegmenterBench {

  private SegmenterBench() {}

  /**
   * Figures of one run.
   *
   * @param name      what was measured
   * @param passes    measured passes over all texts
   * @param tokens    tokens per pass
   * @param sentences sentences per pass
   * @param chars     characters per pass
   * @param seconds   measured wall-clock seconds
   */
  public record Result(String name, int passes, long tokens, long sentences, long chars, double seconds) {

    public double tokensPerSecond() {
      return passes * tokens / seconds;
    }

    public double sentencesPerSecond() {
      return passes * sentences / seconds;
    }

    public double megabytesPerSecond() {
      return passes * chars / seconds / 1e6;
    }

    public String format() {
      return String.format(Locale.ROOT, "%-22s %,12.0f tokens/s %,10.0f sentences/s %6.1f Mchar/s  (%d passes, %,d tokens, %,d sentences per pass, %.1f s)",
          name, tokensPerSecond(), sentencesPerSecond(), megabytesPerSecond(), passes, tokens, sentences, seconds);
    }
  }

  /** Sentences, then tokens per sentence, with any {@link TextSegmenter}: the pipeline's path. */
  public static Result run(TextSegmenter segmenter, List<String> texts, double warmupSeconds, double seconds) {
    return measure(segmenter.name() + " (sent+tok)", texts, warmupSeconds, seconds, text -> {
      List<Span> sentences = segmenter.sentences(text);
      long tokens = 0;
      for (Span s : sentences) {
        tokens += segmenter.tokens(text, s).size();
      }
      return (tokens << 24) | sentences.size();
    });
  }

  /**
   * Exactly what {@code SentenceAnalyzer} and {@code TokenAnalyzer} do: {@link Segmenter#sentences(String)},
   * then {@link Segmenter#tokens(String, int, int)} per sentence.
   */
  public static Result runPipelinePath(List<String> texts, double warmupSeconds, double seconds) {
    return measure("scrutiny (sent+tok)", texts, warmupSeconds, seconds, text -> {
      List<Sentence> sentences = Segmenter.sentences(text);
      long tokens = 0;
      for (Sentence s : sentences) {
        tokens += Segmenter.tokens(text, s.start(), s.end()).size();
      }
      return (tokens << 24) | sentences.size();
    });
  }

  /** {@link Segmenter#segment(String)}: paragraphs, sentences and tokens in one pass. */
  public static Result runOnePass(List<String> texts, double warmupSeconds, double seconds) {
    return measure("scrutiny (one pass)", texts, warmupSeconds, seconds, text -> {
      Segmenter.Segmentation s = Segmenter.segment(text);
      return ((long) s.tokens().size() << 24) | s.sentences().size();
    });
  }

  /** {@code work} returns tokens << 24 | sentences for one text (sentences per text stay below 2^24). */
  private static Result measure(String name, List<String> texts, double warmupSeconds, double seconds,
                                ToLongFunction<String> work) {
    long chars = 0;
    for (String t : texts) {
      chars += t.length();
    }
    long sink = 0;
    long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < end) {
      for (String t : texts) {
        sink += work.applyAsLong(t);
      }
    }
    long tokens = 0;
    long sentences = 0;
    int passes = 0;
    long t0 = System.nanoTime();
    long stop = t0 + (long) (seconds * 1e9);
    do {
      tokens = 0;
      sentences = 0;
      for (String t : texts) {
        long r = work.applyAsLong(t);
        tokens += r >>> 24;
        sentences += r & 0xFFFFFF;
      }
      passes++;
    } while (System.nanoTime() < stop);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    if (sink == 42) {
      System.out.print(""); // keeps the warm-up from being optimised away
    }
    return new Result(name, passes, tokens, sentences, chars, elapsed);
  }
}
