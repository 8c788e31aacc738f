package dev.scrutiny.entities;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.Layer;
import dev.scrutiny.text.Segmenter;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One-thread throughput of the runtime NER path (features and decoding over text segmented beforehand by
 * the shared {@link Segmenter}), measured on given or generated articles. Used by {@code scrutiny bench ner}.
 *
 * @param tokens             tokens per round
 * @param nerTokensPerSecond best-round tokens/s of recognition alone
 * @param analyzerTokensPerSecond best-round tokens/s of {@link EntityAnalyzer} (recognition, curated lists
 *                           and within-article resolution) on the same text, segmented beforehand
 * @param modelLoadMillis    time to load the bundled model
 */
public record NerBench(long tokens, double nerTokensPerSecond, double analyzerTokensPerSecond,
                       double modelLoadMillis) {

  /** Segments the articles once, then times {@code rounds} passes of the bundled model over them. */
  public static NerBench run(List<String> articles, int rounds) {
    long t0 = System.nanoTime();
    NerModel model = NerModel.bundled();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    List<List<String[]>> docs = new ArrayList<>();
    List<Analysis> analyses = new ArrayList<>();
    long tokens = 0;
    for (String text : articles) {
      Segmenter.Segmentation seg = Segmenter.segment(text);
      List<Token> toks = seg.tokens();
      List<String[]> sentences = new ArrayList<>();
      int t = 0;
      for (Sentence s : seg.sentences()) {
        List<String> words = new ArrayList<>();
        while (t < toks.size() && toks.get(t).start() < s.end()) {
          words.add(text.substring(toks.get(t).start(), toks.get(t).end()));
          t++;
        }
        sentences.add(words.toArray(String[]::new));
        tokens += words.size();
      }
      docs.add(sentences);
      analyses.add(Analysis.of(Article.builder("b" + analyses.size(), text).build())
          .with(new Layer<>(Token.LAYER, "bench", toks, text.length()), 0)
          .with(new Layer<>(Sentence.LAYER, "bench", seg.sentences(), text.length()), 0));
    }
    EntityAnalyzer analyzer = new EntityAnalyzer();
    long best = Long.MAX_VALUE;
    long bestAnalyzer = Long.MAX_VALUE;
    int found = 0;
    // two warm-up rounds of each, then timed rounds alternating, so neither side profits from JIT order
    for (int r = -2; r < rounds; r++) {
      long start = System.nanoTime();
      for (List<String[]> d : docs) {
        found += model.chunks(d).size();
      }
      long nanos = System.nanoTime() - start;
      start = System.nanoTime();
      for (Analysis a : analyses) {
        found += analyzer.analyze(a).size();
      }
      long analyzerNanos = System.nanoTime() - start;
      if (r >= 0) {
        best = Math.min(best, nanos);
        bestAnalyzer = Math.min(bestAnalyzer, analyzerNanos);
      }
    }
    return new NerBench(tokens, found < 0 ? 0 : tokens * 1e9 / best, tokens * 1e9 / bestAnalyzer, loadMs);
  }

  /** Printable figures. */
  public String report() {
    return String.format(Locale.ROOT, "model load %.0f ms%ntokens %d%n"
            + "EntityAnalyzer (NER + lists + resolution, one thread): %.0f tokens/s%n"
            + "NER (features + decoding, one thread): %.0f tokens/s",
        modelLoadMillis, tokens, analyzerTokensPerSecond, nerTokensPerSecond);
  }

  /** Generated war-news-like articles of about {@code tokens} tokens in total (seeded). */
  public static List<String> generate(int tokens, long seed) {
    String[] people = {"Vladimir Putin", "Volodymyr Zelensky", "Valery Gerasimov", "Mykhailo Podoliak",
        "Ramzan Kadyrov", "Oleksandr Syrskyi", "Antony Blinken", "Sergei Lavrov"};
    String[] places = {"Pokrovsk", "Sudzha", "Kursk", "Kharkiv", "Kyiv", "Moscow", "Donetsk", "Zaporizhzhia"};
    String[] orgs = {"NATO", "the Kremlin", "the Wagner Group", "the United Nations", "the Defence Ministry"};
    String[] templates = {
        "%s said on Monday that troops near %s had repelled an attack backed by %s.",
        "Speaking in %s, %s accused %s of shelling civilian areas with HIMARS rockets.",
        "The strike on %s was confirmed by %s, while %s declined to comment.",
        "According to %s, ATACMS missiles hit an airfield outside %s overnight, %s said.",
        "%s's adviser told reporters in %s that talks with %s were not on the table."};
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    StringBuilder article = new StringBuilder();
    int count = 0;
    while (count < tokens) {
      String t = templates[r.nextInt(templates.length)];
      String s = switch (t.indexOf("%s")) {
        case 0 -> String.format(t, pick(r, people), pick(r, places), pick(r, orgs));
        default -> String.format(t, pick(r, places), pick(r, people), pick(r, orgs));
      };
      article.append(s).append(' ');
      count += s.split("\\s+").length + 2;
      if (article.length() > 4000) {
        out.add(article.toString());
        article.setLength(0);
      }
    }
    if (!article.isEmpty()) {
      out.add(article.toString());
    }
    return out;
  }

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }
}
