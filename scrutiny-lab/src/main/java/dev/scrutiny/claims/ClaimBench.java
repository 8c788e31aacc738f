package dev.scrutiny.claims;

import dev.scrutiny.article.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures claim extraction throughput over plain-text files, through {@link
 * PolnearEvaluator#analyseFully} (the default pipeline, with fallback layers where it lacks them).
 *
 * <pre>{@code
 * System.out.println(ClaimBench.run(ClaimBench.read(Path.of("texts"), 200), 3).report());
 * }</pre>
 */
public final class ClaimBench {

  private ClaimBench() {}

  /** Figures of one benchmark run (the last of its rounds). */
  public record Result(int articles, long characters, int claims, int attributed, long nanos) {

    public double charactersPerSecond() {
      return characters / (nanos / 1e9);
    }

    /** Multi-line report of the figures. */
    public String report() {
      return String.format(Locale.ROOT, "articles %d, characters %d%nclaims %d (attributed %d)%n"
          + "%.1f articles/s%n%.0f chars/s", articles, characters, claims, attributed, articles / (nanos / 1e9),
          charactersPerSecond());
    }
  }

  /**
   * Up to {@code limit} {@code .txt} files under {@code dir} (recursively, in path order) as articles.
   *
   * @throws IllegalArgumentException when {@code dir} is not a folder
   */
  public static List<Article> read(Path dir, int limit) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("expected a folder of .txt files, got " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
    List<Article> out = new ArrayList<>();
    for (Path p : files) {
      out.add(Article.builder(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)).build());
    }
    return out;
  }

  /** Analyses every article {@code rounds} times (the first rounds warm the JVM up) and times the last. */
  public static Result run(List<Article> articles, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    }
    Result last = null;
    for (int r = 0; r < rounds; r++) {
      long chars = 0;
      int claims = 0;
      int attributed = 0;
      long t0 = System.nanoTime();
      for (Article a : articles) {
        List<Claim> c = PolnearEvaluator.analyse(a);
        chars += a.text().length();
        claims += c.size();
        attributed += (int) c.stream().filter(Claim::attributed).count();
      }
      last = new Result(articles.size(), chars, claims, attributed, System.nanoTime() - t0);
    }
    return last;
  }
}
