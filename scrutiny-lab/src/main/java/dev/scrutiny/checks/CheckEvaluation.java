package dev.scrutiny.checks;

import dev.scrutiny.article.Analysis;
import dev.scrutiny.article.Article;
import dev.scrutiny.article.LayerKey;
import dev.scrutiny.pipeline.Analyzer;
import dev.scrutiny.pipeline.Pipeline;
import dev.scrutiny.places.Place;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Measures how often checks fire on a corpus, for false-alarm analysis: checks per 1,000 sentences by
 * kind and severity, the share of articles with any ERROR, and a seeded random sample of firings to read.
 * On consistent text (official press releases) nearly every firing is a false alarm.
 */
public final class CheckEvaluation {

  private CheckEvaluation() {}

  /**
   * One firing with its context, for reading.
   *
   * @param articleId the article
   * @param check     the check
   * @param covered   the text the check covers
   * @param context   the sentence around it
   */
  public record Firing(String articleId, Check check, String covered, String context) {}

  /**
   * Corpus figures.
   *
   * @param articles        articles read
   * @param sentences       sentences in them
   * @param byKind          firings per kind
   * @param bySeverity      firings per severity
   * @param articlesWithError articles with at least one ERROR check
   * @param notes           skipped families and substituted inputs, once each
   * @param sample          a seeded random sample of firings
   * @param checkNanos      wall-clock time spent in the checks alone (inputs excluded)
   */
  public record Report(int articles, long sentences, Map<CheckKind, Integer> byKind, Map<Severity, Integer> bySeverity,
                       int articlesWithError, List<String> notes, List<Firing> sample, long checkNanos) {

    public double perThousandSentences(int count) {
      return sentences == 0 ? 0 : 1000.0 * count / sentences;
    }

    public double errorArticleShare() {
      return articles == 0 ? 0 : (double) articlesWithError / articles;
    }

    public int total() {
      return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * The analyzers among {@code candidates} needed to produce the layers checks read (sentences, times,
   * places) and able to run in order: what the evaluation runs before the checks. Analyzers producing
   * {@code checks} itself are left out.
   */
  public static Pipeline inputs(List<? extends Analyzer<?>> candidates) {
    Set<LayerKey<?>> needed = new HashSet<>(Set.of(Sentence.LAYER, TimeExpression.LAYER, Place.LAYER));
    List<Analyzer<?>> keep = new ArrayList<>();
    List<Analyzer<?>> reversed = new ArrayList<>(candidates);
    Collections.reverse(reversed);
    for (Analyzer<?> a : reversed) {
      if (needed.contains(a.produces()) && !a.produces().equals(Check.LAYER)) {
        keep.add(a);
        needed.addAll(a.requires());
      }
    }
    Collections.reverse(keep);
    Set<LayerKey<?>> available = new HashSet<>();
    List<Analyzer<?>> runnable = new ArrayList<>();
    for (Analyzer<?> a : keep) {
      if (available.containsAll(a.requires())) {
        runnable.add(a);
        available.add(a.produces());
      }
    }
    return Pipeline.of(runnable);
  }

  /** Runs {@code inputs} then the checks over every article and counts; {@code sampleSize} firings are kept. */
  public static Report evaluate(List<Article> articles, Pipeline inputs, CheckAnalyzer checks, int sampleSize,
                                long seed) {
    Map<CheckKind, Integer> byKind = new EnumMap<>(CheckKind.class);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (CheckKind k : CheckKind.values()) {
      byKind.put(k, 0);
    }
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0);
    }
    Set<String> notes = new LinkedHashSet<>();
    List<Firing> all = new ArrayList<>();
    long sentences = 0;
    long nanos = 0;
    int withError = 0;
    for (Article article : articles) {
      Analysis a = inputs.run(article);
      a.diagnostics().forEach(d -> notes.add(d.stage() + ": " + d.message()));
      long t0 = System.nanoTime();
      CheckAnalyzer.Run run = checks.run(a);
      new dev.scrutiny.article.Layer<>(Check.LAYER, checks.name(), run.checks(), a.text().length());
      nanos += System.nanoTime() - t0;
      notes.addAll(run.skipped().stream().filter(s -> !s.startsWith("publication date")).toList());
      sentences += a.layer(Sentence.LAYER).isPresent() ? a.items(Sentence.LAYER).size() : dev.scrutiny.text.Segmenter.sentences(a.text()).size();
      boolean error = false;
      for (Check c : run.checks()) {
        byKind.merge(c.kind(), 1, Integer::sum);
        bySeverity.merge(c.severity(), 1, Integer::sum);
        error |= c.severity() == Severity.ERROR;
        String text = a.text();
        int from = Math.max(0, text.lastIndexOf('.', Math.max(0, c.start() - 1)) + 1);
        int to = text.indexOf('.', c.end());
        to = to < 0 ? text.length() : Math.min(text.length(), to + 1);
        if (to - from > 400) {
          from = Math.max(0, c.start() - 150);
          to = Math.min(text.length(), c.end() + 150);
        }
        all.add(new Firing(article.id(), c, text.substring(c.start(), c.end()), text.substring(from, to).strip()));
      }
      if (error) {
        withError++;
      }
    }
    Collections.shuffle(all, new Random(seed));
    return new Report(articles.size(), sentences, byKind, bySeverity, withError, List.copyOf(notes),
        List.copyOf(all.subList(0, Math.min(sampleSize, all.size()))), nanos);
  }
}
