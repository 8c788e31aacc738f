package dev.scrutiny.persuasion;

import dev.scrutiny.text.SentenceEncoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Mixes the technique classifier trained together with a fine-tuned encoder ({@code tools/finetune/techniques.py})
 * into the technique model ({@link EncoderHead}). The share of the classifier and the thresholds of both decision
 * rules are chosen on validation lines that neither model was trained on: the articles the fine-tuning tool held
 * out, scored by an encoder and classifier fine-tuned without them ({@code --validation-scores}), and by the
 * technique model's out-of-fold probabilities. Figures on them are honest within the validation lines: each
 * cross-validation fold's thresholds are tuned on the other folds' validation lines.
 *
 * @param head              the classifier file written by the tool for the shipped encoder ({@code --head-out})
 * @param encoderId         the id of the installed encoder it was trained with
 * @param validationScores  the validation lines' probabilities written by the tool ({@code --scores-out})
 * @param share             the classifier's share, or null to choose the best of 0, 0.25, …, 1 by micro-F1
 * @param encodeFrom        the classifier's gate ({@link EncoderHead#encodeFrom()}): a line is encoded only where the
 *                          text model gives some label at least this probability; null or 0 encodes every line
 */
public record HeadMix(Path head, String encoderId, Path validationScores, @Nullable Double share,
    @Nullable Double encodeFrom) {

  private static final double[] SHARES = {0, 0.25, 0.5, 0.75, 1};
  /** The gates whose figures on the validation lines are printed, to choose one from. */
  private static final double[] GATES = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};

  public HeadMix {
    if (share != null && !(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("--share: expected a value in [0, 1], got " + share);
    }
    if (encodeFrom != null && !(encodeFrom >= 0 && encodeFrom < 1)) {
      throw new IllegalArgumentException("--encode-from: expected a value in [0, 1), got " + encodeFrom);
    }
  }

  /** The classifier in {@code file}, one row per label of {@code labels} (a label it lacks never fires from it). */
  static EncoderHead readHead(Path file, String encoderId, String[] labels) {
    Map<String, String[]> rows = rows(file);
    int dimension = rows.isEmpty() ? 0 : rows.values().iterator().next().length - 2;
    float[][] w = new float[labels.length][];
    float[] b = new float[labels.length];
    if (dimension <= 0) {
      throw new IllegalArgumentException(file + ": expected lines of technique, bias and weights, found none");
    }
    for (int l = 0; l < labels.length; l++) {
      String[] r = rows.get(labels[l]);
      w[l] = new float[dimension];
      b[l] = -30f; // a technique the classifier never saw: probability 0
      if (r == null) {
        continue;
      }
      if (r.length - 2 != dimension) {
        throw new IllegalArgumentException(file + ": expected " + dimension + " weights for " + labels[l] + ", got "
            + (r.length - 2));
      }
      b[l] = Float.parseFloat(r[1]);
      for (int i = 0; i < dimension; i++) {
        w[l][i] = Float.parseFloat(r[i + 2]);
      }
    }
    for (String name : rows.keySet()) {
      if (!List.of(labels).contains(name)) {
        throw new IllegalArgumentException(file + ": unknown technique " + name);
      }
    }
    return new EncoderHead(encoderId, 1, w, b);
  }

  /** Lines of a tab-separated file by their first field, '#' comments skipped. */
  private static Map<String, String[]> rows(Path file) {
    Map<String, String[]> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] r = line.split("\t");
          out.put(r[0], r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** The validation lines' probabilities by key (article id, tab, line number), in the order of {@code labels}. */
  static Map<String, double[]> readScores(Path file, String[] labels) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ": expected a header line of article, line and techniques");
    }
    List<String> header = List.of(lines.get(0).split("\t"));
    int[] column = new int[labels.length];
    for (int l = 0; l < labels.length; l++) {
      column[l] = header.indexOf(labels[l]);
    }
    Map<String, double[]> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] r = line.split("\t");
      if (r.length != header.size()) {
        throw new IllegalArgumentException(file + ": expected " + header.size() + " fields, got " + r.length + ": " + line);
      }
      double[] p = new double[labels.length];
      for (int l = 0; l < labels.length; l++) {
        p[l] = column[l] < 0 ? 0 : Double.parseDouble(r[column[l]]);
      }
      out.put(r[0] + "\t" + r[1], p);
    }
    return out;
  }

  /**
   * The final technique model {@code fin} with the classifier mixed in at the chosen share, its F1 thresholds and
   * precision rule tuned on the validation lines; prints the table of shares.
   */
  LinearModel apply(LinearModel fin, CrossValidation cv, PrintWriter log, String lang) {
    String[] labels = cv.labels();
    EncoderHead tuned = readHead(head, encoderId, labels);
    Map<String, double[]> scores = readScores(validationScores, labels);
    List<TrainingExample> target = new ArrayList<>();
    List<double[]> textP = new ArrayList<>();
    List<double[]> headP = new ArrayList<>();
    for (int i = 0; i < cv.target().size(); i++) {
      double[] h = scores.get(cv.target().get(i).key());
      if (h != null) {
        target.add(cv.target().get(i));
        textP.add(cv.oof()[i]);
        headP.add(h);
      }
    }
    if (target.size() < scores.size() / 2 || target.isEmpty()) {
      throw new IllegalArgumentException(validationScores + ": only " + target.size() + " of its " + scores.size()
          + " lines are training lines of this run (wrong language, or the final split?)");
    }
    log.printf(Locale.ROOT, "-- %s: technique classifier of %s mixed in; %d validation lines of %d articles%n", lang,
        encoderId, target.size(), target.stream().map(TrainingExample::doc).distinct().count());
    double chosen = share != null ? share : -1;
    double best = -1;
    Map<Double, CrossValidation> byShare = new LinkedHashMap<>();
    for (double s : share != null ? new double[] {share} : SHARES) {
      double[][] mixed = new double[target.size()][];
      for (int i = 0; i < mixed.length; i++) {
        mixed[i] = EncoderHead.mix(textP.get(i), headP.get(i), s);
      }
      CrossValidation v = new CrossValidation(labels, cv.config(), 3, target, List.of(), cv.foldOf(), cv.folds(), mixed,
          new double[0][]);
      double f1 = honestMicroF1(v);
      log.printf(Locale.ROOT, "share %.2f: validation micro-F1 %.4f (F1 rule, thresholds of the other folds)%n", s, f1);
      byShare.put(s, v);
      if (share == null && f1 > best) {
        best = f1;
        chosen = s;
      }
    }
    double gate = encodeFrom == null ? 0 : encodeFrom;
    log.printf(Locale.ROOT, "gates at share %.2f (a line encoded where the text model gives a label this probability):%n",
        chosen);
    CrossValidation all = byShare.get(chosen); // every line encoded: gate 0
    double at = chosen;
    Map<Double, CrossValidation> byGate = new LinkedHashMap<>();
    for (double g : GATES) {
      CrossValidation gv = byGate.computeIfAbsent(g, x -> x == 0 ? all : gated(all, textP, headP, at, x));
      log.printf(Locale.ROOT, "  from %.2f: validation micro-F1 %.4f, %.1f%% of the lines encoded%n", g,
          honestMicroF1(gv), 100.0 * encodedShare(textP, g));
    }
    CrossValidation v = byGate.computeIfAbsent(gate, x -> x == 0 ? all : gated(all, textP, headP, at, x));
    if (gate > 0) {
      log.printf(Locale.ROOT, "chosen gate %.2f (%.1f%% of the validation lines encoded)%n", gate,
          100.0 * encodedShare(textP, gate));
    }
    log.printf(Locale.ROOT, "chosen share %.2f; its figures on the validation lines:%n", chosen);
    v.report(log, lang, 0, 0);
    double[][] rule = PrecisionRule.tune(labels, v, log, lang);
    return fin.withThresholds(v.thresholds(-1)).withPrecisionRule(rule[0], rule[1])
        .withHead(tuned.withShare(chosen).withGate(gate));
  }

  /** {@code v}'s lines mixed at {@code share} where they pass gate {@code g}, else the text model's own. */
  private static CrossValidation gated(CrossValidation v, List<double[]> textP, List<double[]> headP, double share,
      double g) {
    double[][] mixed = new double[textP.size()][];
    for (int i = 0; i < mixed.length; i++) {
      mixed[i] = EncoderHead.gated(textP.get(i), g) ? EncoderHead.mix(textP.get(i), headP.get(i), share) : textP.get(i);
    }
    return new CrossValidation(v.labels(), v.config(), 3, v.target(), List.of(), v.foldOf(), v.folds(), mixed,
        new double[0][]);
  }

  /** The share of lines that pass gate {@code g}. */
  private static double encodedShare(List<double[]> textP, double g) {
    return textP.isEmpty() ? 0 : textP.stream().filter(p -> EncoderHead.gated(p, g)).count() / (double) textP.size();
  }

  /** Micro-F1 of the F1 rule, each fold's lines decided by thresholds tuned on the other folds. */
  static double honestMicroF1(CrossValidation v) {
    long tp = 0, shown = 0, gold = 0;
    for (int f = 0; f < v.folds(); f++) {
      double[] t = v.thresholds(f);
      for (int i = 0; i < v.target().size(); i++) {
        TrainingExample e = v.target().get(i);
        if (v.foldOf().get(e.doc()) != f) {
          continue;
        }
        for (int l = 0; l < t.length; l++) {
          boolean p = v.oof()[i][l] >= t[l];
          shown += p ? 1 : 0;
          gold += e.gold()[l] ? 1 : 0;
          tp += p && e.gold()[l] ? 1 : 0;
        }
      }
    }
    return shown + gold == 0 ? 0 : 2.0 * tp / (shown + gold);
  }

  /**
   * The mixed model's probabilities of the final split's lines: the text model's, and the classifier's on the
   * installed encoder's vectors of the text of each line that passes the classifier's gate.
   */
  static double[][] probabilities(LinearModel m, String lang, List<TrainingExample> lines, Map<String, String> text) {
    EncoderHead h = java.util.Objects.requireNonNull(m.head(), "head");
    SentenceEncoder e = EncoderModels.headEncoder(lang, h, null);
    double[][] out = new double[lines.size()][];
    List<Integer> gated = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      out[i] = m.probabilities(lines.get(i).x());
      if (h.encodes(out[i])) {
        gated.add(i);
      }
    }
    float[][] v = e.encode(gated.stream()
        .map(i -> java.util.Objects.requireNonNull(text.get(lines.get(i).key()), lines.get(i).key())).toList());
    for (int k = 0; k < v.length; k++) {
      int i = gated.get(k);
      out[i] = h.mix(out[i], v[k]);
    }
    return out;
  }

  /** The text of every line of the technique articles of {@code lang} by key (article id, tab, line number). */
  static Map<String, String> lineTexts(Path data, String lang) {
    Map<String, String> out = new HashMap<>();
    for (SemevalCorpus.Doc d : SemevalCorpus.trainArticles(data, lang, 3)) {
      for (ArticleLine line : ArticleLine.split(d.text())) {
        out.put(d.id() + "\t" + line.number(), d.text().substring(line.start(), line.end()).strip());
      }
    }
    return out;
  }
}
