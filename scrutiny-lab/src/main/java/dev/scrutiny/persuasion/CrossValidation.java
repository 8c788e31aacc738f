package dev.scrutiny.persuasion;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * K-fold cross-validation by article for one SemEval model: assigns articles to seeded folds, fits one model per
 * fold and keeps every example's out-of-fold scores (logits for genre, probabilities otherwise), then scores them
 * honestly, each fold with thresholds tuned on the other folds' out-of-fold scores. Openings (genre only) share
 * their article's fold and are scored as extra items.
 *
 * @param oof          out-of-fold scores of each target example
 * @param oofOpenings  out-of-fold logits of each opening
 */
record CrossValidation(String[] labels, FeatureConfig config, int subtask, List<TrainingExample> target,
    List<TrainingExample> openings, Map<String, Integer> foldOf, int folds, double[][] oof, double[][] oofOpenings) {

  /** Assigns folds (article ids shuffled with {@code seed}) and fits fold {@code f}'s model with seed {@code seed + f}. */
  static CrossValidation run(String[] labels, FeatureConfig config, int subtask, List<TrainingExample> target,
      List<TrainingExample> openings, List<TrainingExample> others, int folds, long seed) {
    List<String> docs = new ArrayList<>(new LinkedHashSet<>(target.stream().map(TrainingExample::doc).toList()));
    java.util.Collections.shuffle(docs, new Random(seed));
    boolean single = subtask == 1;
    Map<String, Integer> foldOf = single ? stratifiedFolds(docs, target, folds) : new HashMap<>();
    for (int i = 0; i < docs.size() && !single; i++) {
      foldOf.put(docs.get(i), i % folds);
    }
    double[][] oof = new double[target.size()][];
    double[][] oofOpenings = new double[openings.size()][];
    for (int f = 0; f < folds; f++) {
      LinearModel m = fit(labels, config, trainingSet(others, target, openings, foldOf, f), single, seed + f);
      for (int i = 0; i < target.size(); i++) {
        if (foldOf.get(target.get(i).doc()) == f) {
          oof[i] = single ? m.logits(target.get(i).x()) : m.probabilities(target.get(i).x());
        }
      }
      for (int i = 0; i < openings.size(); i++) {
        if (foldOf.get(openings.get(i).doc()) == f) {
          oofOpenings[i] = m.logits(openings.get(i).x());
        }
      }
    }
    return new CrossValidation(labels, config, subtask, target, openings, foldOf, folds, oof, oofOpenings);
  }

  /**
   * Folds stratified by genre: the shuffled articles of each genre are dealt round the folds in turn, each genre
   * starting where the previous one stopped, so that every fold holds its share of the rare genres (English has
   * 10 satire articles: plain dealing left some folds with none and others with four).
   */
  private static Map<String, Integer> stratifiedFolds(List<String> docs, List<TrainingExample> target, int folds) {
    Map<String, Integer> labelOf = new HashMap<>();
    for (TrainingExample e : target) {
      for (int l = 0; l < e.gold().length; l++) {
        if (e.gold()[l]) {
          labelOf.putIfAbsent(e.doc(), l);
        }
      }
    }
    int labels = target.isEmpty() ? 0 : target.get(0).gold().length;
    Map<String, Integer> foldOf = new HashMap<>();
    int next = 0;
    for (int l = 0; l < labels; l++) {
      for (String d : docs) {
        if (labelOf.getOrDefault(d, 0) == l) {
          foldOf.put(d, next++ % folds);
        }
      }
    }
    return foldOf;
  }

  /** The other languages' and known-non-satire examples, then the target and openings outside fold {@code skip}. */
  static List<TrainingExample> trainingSet(List<TrainingExample> others, List<TrainingExample> target,
      List<TrainingExample> openings, Map<String, Integer> foldOf, int skip) {
    List<TrainingExample> train = new ArrayList<>(others);
    for (TrainingExample e : target) {
      if (foldOf.get(e.doc()) != skip) {
        train.add(e);
      }
    }
    for (TrainingExample e : openings) {
      if (foldOf.get(e.doc()) != skip) {
        train.add(e);
      }
    }
    return train;
  }

  static LinearModel fit(String[] labels, FeatureConfig config, List<TrainingExample> train, boolean single,
      long seed) {
    if (single && !config.words() && !config.bigrams()) {
      return SemevalTrainer.GENRE_TRAINER.fit(labels, config, train);
    }
    List<FeatureVector> xs = new ArrayList<>(train.size());
    boolean[][] gold = new boolean[train.size()][];
    boolean[][] taught = new boolean[train.size()][];
    double[] weight = new double[train.size()];
    for (int i = 0; i < train.size(); i++) {
      TrainingExample e = train.get(i);
      xs.add(e.x());
      gold[i] = e.gold();
      taught[i] = e.taught();
      weight[i] = e.weight();
    }
    return LogisticTrainer.defaults().fit(labels, config, xs, gold, taught, weight, seed, single);
  }

  private boolean single() {
    return subtask == 1;
  }

  /**
   * Prints the honest per-label figures and the headline (macro-F1 for genre, micro-F1 otherwise; for genre also
   * with every genre equally common and on the openings alone) and returns each fold's thresholds, tuned on the
   * other folds.
   */
  double[][] report(PrintWriter log, String lang, long seed, double otherWeight) {
    Map<String, List<String>> gold = new LinkedHashMap<>();
    Map<String, List<String>> pred = new LinkedHashMap<>();
    double[][] perFold = new double[folds][];
    for (int f = 0; f < folds; f++) {
      perFold[f] = thresholds(f);
      LinearModel rule = rule(perFold[f]);
      for (int i = 0; i < target.size(); i++) {
        TrainingExample e = target.get(i);
        if (foldOf.get(e.doc()) == f) {
          gold.put(e.key(), goldLabels(e.gold(), labels));
          pred.put(e.key(), decide(rule, oof[i]));
        }
      }
    }
    List<SemevalScorer.LabelScore> scores = SemevalScorer.perLabel(gold, pred);
    String measure = single() ? "macro-F1" : "micro-F1";
    double headline = single() ? SemevalScorer.macro(scores) : SemevalScorer.micro(scores);
    log.printf(Locale.ROOT, "== subtask %d, %s: %d-fold CV by article (seed %d), %d %s, other languages weight %.2f%n",
        subtask, lang, folds, seed, target.size(), subtask == 3 ? "paragraphs" : "articles", otherWeight);
    log.printf(Locale.ROOT, "%-45s %6s %6s %6s %7s%n", "label", "P", "R", "F1", "support");
    for (SemevalScorer.LabelScore s : scores) {
      log.printf(Locale.ROOT, "%-45s %6.3f %6.3f %6.3f %7d%n", s.label(), s.precision(), s.recall(), s.f1(), s.support());
    }
    log.printf(Locale.ROOT, "CV %s %s subtask %d: %.4f (micro %.4f, macro %.4f)%n", lang, measure, subtask, headline,
        SemevalScorer.micro(scores), SemevalScorer.macro(scores));
    if (single()) {
      reportGenre(log, lang, gold, pred, perFold);
    }
    return perFold;
  }

  private void reportGenre(PrintWriter log, String lang, Map<String, List<String>> gold, Map<String, List<String>> pred,
      double[][] perFold) {
    Map<String, List<String>> goldOpenings = new LinkedHashMap<>();
    Map<String, List<String>> predOpenings = new LinkedHashMap<>();
    for (int i = 0; i < openings.size(); i++) {
      TrainingExample e = openings.get(i);
      goldOpenings.put(e.key(), goldLabels(e.gold(), labels));
      predOpenings.put(e.key(), decide(rule(perFold[foldOf.get(e.doc())]), oofOpenings[i]));
    }
    log.printf(Locale.ROOT, "CV %s subtask 1 macro-F1 with every genre equally common (each article weighs 1/its genre's "
        + "count): %.4f%n", lang, balancedMacro(gold, pred, labels));
    List<SemevalScorer.LabelScore> os = SemevalScorer.perLabel(goldOpenings, predOpenings);
    log.printf(Locale.ROOT, "CV %s subtask 1 on the title and first %d paragraphs only: macro-F1 %.4f (%s)%n", lang,
        SemevalExamples.OPENING_PARAGRAPHS, SemevalScorer.macro(os), String.join(", ", os.stream().map(x ->
            String.format(Locale.ROOT, "%s %.3f", x.label(), x.f1())).toList()));
  }

  private LinearModel rule(double[] thresholds) {
    return new LinearModel(labels, config, new float[labels.length][0], new float[labels.length], thresholds);
  }

  /**
   * Thresholds tuned on the out-of-fold scores of every fold but {@code skip} (-1: all): per-genre offsets for
   * macro-F1, one threshold shared by every frame, per-label thresholds for techniques (both for micro-F1).
   * Frames share theirs: per-frame thresholds read 0.675 micro-F1 against 0.684 shared in 5-fold CV (seeds 13 to
   * 15), and 0.653 against 0.661 with folds of articles collected together.
   */
  double[] thresholds(int skip) {
    List<double[]> scores = new ArrayList<>();
    List<boolean[]> gold = new ArrayList<>();
    for (int i = 0; i < target.size(); i++) {
      if (foldOf.get(target.get(i).doc()) != skip) {
        scores.add(oof[i]);
        gold.add(target.get(i).gold());
      }
    }
    double[][] s = scores.toArray(double[][]::new);
    if (single()) {
      int[] g = new int[gold.size()];
      for (int i = 0; i < g.length; i++) {
        for (int l = 0; l < labels.length; l++) {
          if (gold.get(i)[l]) {
            g[i] = l;
          }
        }
      }
      return Thresholds.tuneMacro(s, g, labels.length);
    }
    boolean[][] g = gold.toArray(boolean[][]::new);
    return subtask == 2 ? Thresholds.tuneShared(s, g, labels.length) : Thresholds.tuneMicro(s, g, labels.length);
  }

  private List<String> decide(LinearModel rule, double[] scores) {
    if (subtask == 1) {
      return List.of(labels[PersuasionModels.decideGenre(rule, scores)]);
    }
    if (subtask == 2) {
      return PersuasionModels.decideFrames(rule, scores).stream().map(l -> labels[l]).toList();
    }
    List<String> out = new ArrayList<>();
    for (int l = 0; l < labels.length; l++) {
      if (scores[l] >= rule.threshold(l)) {
        out.add(labels[l]);
      }
    }
    return out;
  }

  /** Macro-F1 of single-label predictions with each item weighted 1 / (count of its gold label). */
  static double balancedMacro(Map<String, List<String>> gold, Map<String, List<String>> pred, String[] labels) {
    List<String> order = List.of(labels);
    int[] g = new int[gold.size()];
    double[][] oneHot = new double[gold.size()][labels.length];
    int i = 0;
    for (Map.Entry<String, List<String>> e : gold.entrySet()) {
      g[i] = order.indexOf(e.getValue().get(0));
      oneHot[i][order.indexOf(pred.get(e.getKey()).get(0))] = 1;
      i++;
    }
    return Thresholds.macroF1(oneHot, g, new double[labels.length], labels.length,
        Thresholds.balancedWeights(g, labels.length));
  }

  static List<String> goldLabels(boolean[] g, String[] labels) {
    List<String> out = new ArrayList<>();
    for (int l = 0; l < g.length; l++) {
      if (g[l]) {
        out.add(labels[l]);
      }
    }
    return out;
  }
}
