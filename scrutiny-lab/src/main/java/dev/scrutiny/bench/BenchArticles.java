package dev.scrutiny.bench;

import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.text.eval.NewsTextGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles the benchmarks measure: generated English war news, seeded, each at least
 * {@code chars} characters, published on 27 April 2025 (the same text {@code scrutiny bench pipeline}
 * generates by default).
 */
public final class BenchArticles {

  private BenchArticles() {}

  /** {@code count} generated articles of at least {@code chars} characters each. */
  public static List<Article> news(long seed, int count, int chars) {
    if (count < 1 || chars < 1) {
      throw new IllegalArgumentException("expected a positive count and length, got " + count + " and " + chars);
    }
    NewsTextGenerator gen = new NewsTextGenerator(seed);
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder t = new StringBuilder();
      while (t.length() < chars) {
        t.append(gen.article()).append("\n\n");
      }
      out.add(Article.builder("gen-" + i, t.toString()).language("en")
          .published(Published.parse("2025-04-27")).build());
    }
    return out;
  }
}
