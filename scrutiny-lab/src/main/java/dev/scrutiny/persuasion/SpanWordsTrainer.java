package dev.scrutiny.persuasion;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.text.BoundedSentences;
import dev.scrutiny.text.ParagraphAnalyzer;
import dev.scrutiny.text.SentenceAnalyzer;
import dev.scrutiny.text.Token;
import dev.scrutiny.text.TokenAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Counts the {@link SpanWords} of a language from the SemEval-2023 subtask-3 span annotations of its training
 * articles (the final split left out), and chooses the threshold by 5-fold cross-validation over articles: for
 * each threshold, the word-level highlights the shipped technique model shows on the held-out fold's articles
 * with the other folds' counts, and how many overlap an annotated span of the same technique. The threshold is
 * the smallest of the grid whose pooled span precision reaches {@link #TARGET} (when none does, the most precise).
 *
 * <p>Overlap with an annotated span is a lower bound on a highlight's precision: annotators did not mark every
 * instance. The technique model itself was trained on these articles, so the figures judge the span choice, not
 * the model.
 */
public final class SpanWordsTrainer {

  /** The span precision the threshold must reach in cross-validation. */
  public static final double TARGET = 0.5;
  /** Thresholds tried, smallest first (0 shows every highlight the model would). */
  public static final double[] GRID = {0, 0.02, 0.05, 0.1, 0.15, 0.2};

  private SpanWordsTrainer() {}

  /** One article with its annotated spans (technique, start, end). */
  record Annotated(String id, String text, List<Span> spans) {}

  record Span(Technique technique, int start, int end) {}

  /** Span precision of one threshold: highlights shown and those overlapping a gold span of their technique. */
  public record Point(double threshold, int shown, int overlapping) {
    public double precision() {
      return shown == 0 ? 0 : overlapping / (double) shown;
    }
  }

  /** What training gives: the table (with its threshold) and the cross-validated points. */
  public record Trained(SpanWords table, List<Point> cv, int articles) {}

  /** Reads, counts and chooses; progress to {@code log}. */
  public static Trained train(Path data, String lang, PrintWriter log) {
    List<Annotated> all = read(data, lang);
    List<Annotated> train = all.stream().filter(a -> !SemevalTrainer.inFinalSplit(a.id())).toList();
    Pipeline pipeline = textPipeline();
    Map<String, List<Token>> tokens = new HashMap<>();
    for (Annotated a : all) {
      tokens.put(a.id(), tokensOf(pipeline, a, lang));
    }
    PersuasionModels models = PersuasionModels.forLanguage(lang);
    int[][] counts = new int[GRID.length][2];
    for (int k = 0; k < 5; k++) {
      int fold = k;
      SpanWords table = count(train.stream().filter(a -> fold(a.id()) != fold).toList(), tokens, 0);
      List<Annotated> held = train.stream().filter(a -> fold(a.id()) == fold).toList();
      for (int g = 0; g < GRID.length; g++) {
        Point p = score(held, lang, models, table.withThreshold(GRID[g]));
        counts[g][0] += p.shown();
        counts[g][1] += p.overlapping();
      }
      log.printf(Locale.ROOT, "fold %d of 5: %d articles held out%n", k + 1, held.size());
      log.flush();
    }
    List<Point> cv = new ArrayList<>();
    for (int g = 0; g < GRID.length; g++) {
      cv.add(new Point(GRID[g], counts[g][0], counts[g][1]));
    }
    return new Trained(count(train, tokens, choose(cv)), cv, train.size());
  }

  /** The smallest threshold whose precision reaches {@link #TARGET}; when none does, the most precise one. */
  static double choose(List<Point> cv) {
    Point best = cv.get(0);
    for (Point p : cv) {
      if (p.precision() >= TARGET) {
        return p.threshold();
      }
      if (p.precision() > best.precision()) {
        best = p;
      }
    }
    return best.threshold();
  }

  /** The span precision of {@code table} on the final split (look once, after choosing). */
  public static Point scoreFinal(Path data, String lang, SpanWords table) {
    List<Annotated> fin = read(data, lang).stream().filter(a -> SemevalTrainer.inFinalSplit(a.id())).toList();
    return score(fin, lang, PersuasionModels.forLanguage(lang), table);
  }

  /** Word-level highlights shown on {@code articles} with {@code table}, and those overlapping gold. */
  static Point score(List<Annotated> articles, String lang, PersuasionModels models, SpanWords table) {
    Pipeline p = Pipeline.of(List.of(new ParagraphAnalyzer(), new BoundedSentences(new SentenceAnalyzer()),
        new TokenAnalyzer(), new PersuasionAnalyzer(models, PersuasionAnalyzer.Mode.PRECISION, table)));
    int shown = 0;
    int overlapping = 0;
    for (Annotated a : articles) {
      Analysis an = p.run(Article.builder(a.id(), a.text()).language(lang).build());
      for (TechniqueMatch m : an.items(TechniqueMatch.LAYER)) {
        if (!SpanWords.TECHNIQUES.contains(m.technique())) {
          continue;
        }
        shown++;
        if (a.spans().stream().anyMatch(s -> s.technique() == m.technique() && s.start() < m.end()
            && m.start() < s.end())) {
          overlapping++;
        }
      }
    }
    return new Point(table.threshold(), shown, overlapping);
  }

  /** Per word-level technique and word (a token's norm): occurrences inside its spans, and all occurrences. */
  static SpanWords count(List<Annotated> articles, Map<String, List<Token>> tokens, double threshold) {
    Map<String, Integer> total = new HashMap<>();
    Map<Technique, Map<String, Integer>> inside = new EnumMap<>(Technique.class);
    for (Annotated a : articles) {
      for (Token t : tokens.get(a.id())) {
        if (!t.isWord()) {
          continue;
        }
        total.merge(t.norm(), 1, Integer::sum);
        for (Technique tech : SpanWords.TECHNIQUES) {
          if (a.spans().stream().anyMatch(s -> s.technique() == tech && s.start() < t.end() && t.start() < s.end())) {
            inside.computeIfAbsent(tech, x -> new HashMap<>()).merge(t.norm(), 1, Integer::sum);
          }
        }
      }
    }
    Map<Technique, Map<String, int[]>> counts = new EnumMap<>(Technique.class);
    for (Technique tech : SpanWords.TECHNIQUES) {
      Map<String, int[]> m = new HashMap<>();
      inside.getOrDefault(tech, Map.of()).forEach((w, n) -> m.put(w, new int[] {n, total.get(w)}));
      counts.put(tech, m);
    }
    return SpanWords.of(counts, threshold);
  }

  private static int fold(String id) {
    CRC32 crc = new CRC32();
    crc.update(("cv" + id).getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % 5);
  }

  private static Pipeline textPipeline() {
    return Pipeline.of(List.of(new ParagraphAnalyzer(), new BoundedSentences(new SentenceAnalyzer()),
        new TokenAnalyzer()));
  }

  private static List<Token> tokensOf(Pipeline p, Annotated a, String lang) {
    return p.run(Article.builder(a.id(), a.text()).language(lang).build()).items(Token.LAYER);
  }

  /** The training articles of {@code lang} with their span annotations (an article without a file has none). */
  static List<Annotated> read(Path data, String lang) {
    Path dir = data.resolve(lang).resolve("train-labels-subtask-3-spans");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("expected span annotations in " + dir);
    }
    List<Annotated> out = new ArrayList<>();
    for (SemevalCorpus.Doc d : SemevalCorpus.trainArticles(data, lang, 3)) {
      Path f = dir.resolve("article" + d.id() + "-labels-subtask-3.txt");
      List<Span> spans = new ArrayList<>();
      try {
        if (Files.exists(f)) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            if (p.length >= 4) {
              spans.add(new Span(Technique.fromOfficial(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("bad span line in " + f + ": " + e.getMessage(), e);
      }
      out.add(new Annotated(d.id(), d.text(), spans));
    }
    return out;
  }
}
