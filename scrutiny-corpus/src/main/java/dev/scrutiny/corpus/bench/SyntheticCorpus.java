package dev.scrutiny.corpus.bench;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Published;
import dev.scrutiny.corpus.CorpusStore;
import dev.scrutiny.corpus.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus for benchmarks: articles of 150–450 words drawn from an invented vocabulary
 * with a Zipf distribution (so a few words are everywhere and most are rare, as in news), 40 outlets,
 * three years of dates, two languages. Seeded: the same seed gives the same corpus. Articles are
 * stored with their metadata and text only (no analysis layers), which is what search reads.
 */
public final class SyntheticCorpus {

  static final int VOCABULARY = 20_000;
  private static final String[] SYLLABLES = {"ka", "ro", "vi", "ne", "sto", "la", "mir", "do", "zan", "pe", "ul",
      "tre", "go", "shi", "ba", "len", "or", "ki", "mo", "das", "ve", "ry", "tu", "ha"};

  private final Random random;
  private final List<String> words = new ArrayList<>();
  private final double[] cumulative = new double[VOCABULARY];

  public SyntheticCorpus(long seed) {
    this.random = new Random(seed);
    Random w = new Random(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + (i < 200 ? 0 : 1) + w.nextInt(i < 2000 ? 2 : 3);
      for (int s = 0; s < n; s++) {
        b.append(SYLLABLES[w.nextInt(SYLLABLES.length)]);
      }
      words.add(b.append(i < 26 ? "" : Integer.toString(i % 97, 36)).toString());
    }
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / Math.pow(i + 1, 1.05);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
  }

  /** A word of the vocabulary by frequency rank (0 = most frequent). */
  public String word(int rank) {
    return words.get(rank);
  }

  /** A word drawn with its Zipf frequency. */
  public String draw() {
    double u = random.nextDouble();
    int lo = 0;
    int hi = VOCABULARY - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words.get(lo);
  }

  /** The {@code i}-th article: unique text (it carries its number), one of 40 outlets, a date in 2023–2025. */
  public Article article(int i) {
    int length = 150 + random.nextInt(300);
    StringBuilder text = new StringBuilder(length * 8);
    for (int w = 0; w < length; w++) {
      if (w > 0) {
        text.append(w % 80 == 0 ? "\n\n" : w % 14 == 0 ? ". " : " ");
      }
      text.append(draw());
    }
    text.append(". Report ").append(i).append('.');
    String title = draw() + " " + draw() + " " + draw();
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
    return Article.builder("s" + i, text.toString()).title(title).source("outlet-" + (i * 7919 % 40))
        .url("https://outlet-" + (i * 7919 % 40) + ".example/" + i).published(Published.of(date))
        .language(i % 5 == 0 ? "ru" : "en").build();
  }

  /** Adds articles {@code from} (inclusive) to {@code to} (exclusive), 1,000 per transaction. */
  public void fill(CorpusStore store, int from, int to) {
    Provenance p = new Provenance("bench", "none");
    for (int start = from; start < to; start += 1000) {
      List<Analysis> batch = new ArrayList<>();
      for (int i = start; i < Math.min(to, start + 1000); i++) {
        batch.add(Analysis.of(article(i)));
      }
      store.addAll(batch, p, "synthetic");
    }
  }
}
