package dev.scrutiny.time;

import dev.scrutiny.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Scores {@link TimeTagger} against TimeML gold the TempEval-3 way: strict (same offsets) and relaxed
 * (any overlap) extent precision, recall and F1; type and value accuracy over relaxed matches; and
 * attribute F1 as relaxed F1 × attribute accuracy. Each document is tagged with its creation date.
 *
 * <pre>{@code
 * TimexEvaluation.Scores s = TimexEvaluation.evaluate(TimeMlReader.readAll(dir), line -> {});
 * System.out.println(s.headline());
 * }</pre>
 */
public final class TimexEvaluation {

  private TimexEvaluation() {}

  /**
   * The figures of one evaluation.
   *
   * @param gold        gold expressions
   * @param system      system expressions
   * @param strictSys   system expressions with an exact gold match
   * @param strictGold  gold expressions with an exact system match
   * @param relaxedSys  system expressions overlapping some gold expression
   * @param relaxedGold gold expressions overlapping some system expression
   * @param matches     relaxed one-to-one matches used for attribute scoring
   * @param typeOk      matches with the right type
   * @param valueOk     matches with the right value
   * @param tokens      whitespace-separated tokens tagged
   * @param nanos       time spent in the tagger
   * @param byRule      system expressions and their errors per producing rule, most errors first
   */
  public record Scores(int gold, int system, int strictSys, int strictGold, int relaxedSys, int relaxedGold,
                       int matches, int typeOk, int valueOk, long tokens, long nanos, List<RuleTally> byRule) {

    public double strictP() { return ratio(strictSys, system); }
    public double strictR() { return ratio(strictGold, gold); }
    public double strictF1() { return f1(strictP(), strictR()); }
    public double relaxedP() { return ratio(relaxedSys, system); }
    public double relaxedR() { return ratio(relaxedGold, gold); }
    public double relaxedF1() { return f1(relaxedP(), relaxedR()); }
    public double typeAccuracy() { return ratio(typeOk, matches); }
    public double valueAccuracy() { return ratio(valueOk, matches); }
    public double typeF1() { return relaxedF1() * typeAccuracy(); }
    public double valueF1() { return relaxedF1() * valueAccuracy(); }

    /** Tokens per second of tagging on the calling thread. */
    public double tokensPerSecond() {
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    /** The fixed last line: {@code strictF1=… relaxedF1=… typeAcc=… valueF1=…}. */
    public String headline() {
      return String.format(Locale.ROOT, "strictF1=%.4f relaxedF1=%.4f typeAcc=%.4f valueF1=%.4f",
          strictF1(), relaxedF1(), typeAccuracy(), valueF1());
    }

    /** Human-readable per-measure lines. */
    public List<String> report() {
      return List.of(
          String.format(Locale.ROOT, "gold=%d system=%d relaxedMatches=%d", gold, system, matches),
          String.format(Locale.ROOT, "strict   P=%.4f R=%.4f F1=%.4f", strictP(), strictR(), strictF1()),
          String.format(Locale.ROOT, "relaxed  P=%.4f R=%.4f F1=%.4f", relaxedP(), relaxedR(), relaxedF1()),
          String.format(Locale.ROOT, "type     acc=%.4f F1=%.4f", typeAccuracy(), typeF1()),
          String.format(Locale.ROOT, "value    acc=%.4f F1=%.4f", valueAccuracy(), valueF1()),
          String.format(Locale.ROOT, "speed    %d tokens in %.3f s = %.0f tokens/s (one thread)",
              tokens, nanos / 1e9, tokensPerSecond()));
    }

    /** One line per rule: its expressions and its errors (spurious, wrong extent, type, value). */
    public List<String> ruleReport() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "%-22s %6s %8s %6s %6s %6s %7s", "rule", "system", "spurious",
          "extent", "type", "value", "errors"));
      for (RuleTally r : byRule) {
        lines.add(String.format(Locale.ROOT, "%-22s %6d %8d %6d %6d %6d %7d", r.rule(), r.system(), r.spurious(),
            r.extent(), r.wrongType(), r.wrongValue(), r.errors()));
      }
      return lines;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The system expressions of one {@link TimexRule} and how many were spurious (no gold overlap), of the
   * wrong extent (overlapping, not exact), or matched with the wrong type or value.
   */
  public record RuleTally(String rule, int system, int spurious, int extent, int wrongType, int wrongValue) {

    /** The sum of the four error counts (an expression with a wrong extent and value counts twice). */
    public int errors() {
      return spurious + extent + wrongType + wrongValue;
    }

    RuleTally add(boolean isSpurious, boolean isExtent, boolean isWrongType, boolean isWrongValue) {
      return new RuleTally(rule, system + 1, spurious + (isSpurious ? 1 : 0), extent + (isExtent ? 1 : 0),
          wrongType + (isWrongType ? 1 : 0), wrongValue + (isWrongValue ? 1 : 0));
    }
  }

  /** Reads every {@code .tml} file under {@code dir} and scores it. */
  public static Scores evaluate(Path dir, Consumer<String> errors) {
    return evaluate(TimeMlReader.readAll(dir), errors);
  }

  /**
   * Scores the tagger on {@code docs}; each error (missed, spurious, wrong type or value) is passed to
   * {@code errors} as one line, for inspection.
   */
  public static Scores evaluate(List<TimeMlDocument> docs, Consumer<String> errors) {
    // warm-up passes so that the speed figure is not the JIT's
    for (int pass = 0; pass < 3; pass++) {
      for (TimeMlDocument d : docs) {
        Segmenter.Segmentation seg = Segmenter.segment(d.text());
        TimeTagger.tag(d.text(), d.dct(), seg.sentences(), seg.tokens());
      }
    }
    Tally t = new Tally(errors);
    for (TimeMlDocument d : docs) {
      t.tokens += countTokens(d.text());
      // the shared sentence and token layers, as the analyzer reads them; cut outside the timing
      Segmenter.Segmentation seg = Segmenter.segment(d.text());
      long t0 = System.nanoTime();
      List<TimeExpression> sys = TimeTagger.tag(d.text(), d.dct(), seg.sentences(), seg.tokens());
      t.nanos += System.nanoTime() - t0;
      t.score(d, sys);
    }
    return t.scores();
  }

  /** The running counts of one evaluation. */
  private static final class Tally {
    private final Consumer<String> errors;
    private final Map<String, RuleTally> byRule = new HashMap<>();
    int gold;
    int system;
    int strictSys;
    int strictGold;
    int relaxedSys;
    int relaxedGold;
    int matches;
    int typeOk;
    int valueOk;
    long tokens;
    long nanos;

    Tally(Consumer<String> errors) {
      this.errors = errors;
    }

    void score(TimeMlDocument d, List<TimeExpression> sys) {
      List<TimeExpression> g = d.gold();
      gold += g.size();
      system += sys.size();
      boolean[] goldUsed = new boolean[g.size()];
      for (TimeExpression s : sys) {
        scoreSystem(d, s, goldUsed);
      }
      for (TimeExpression x : g) {
        scoreGold(d, x, sys);
      }
    }

    /** Matches one system expression to gold: exact, overlapping (one-to-one for attributes) or spurious. */
    private void scoreSystem(TimeMlDocument d, TimeExpression s, boolean[] goldUsed) {
      List<TimeExpression> g = d.gold();
      boolean strict = false;
      int bestGold = -1;
      for (int k = 0; k < g.size(); k++) {
        TimeExpression x = g.get(k);
        strict |= exact(x, s);
        if (overlap(x, s) && (bestGold < 0 || (!goldUsed[k] && goldUsed[bestGold]))) {
          bestGold = k;
        }
      }
      boolean relaxed = bestGold >= 0;
      strictSys += strict ? 1 : 0;
      if (!relaxed) {
        errors.accept("SPURIOUS\t" + d.id() + "\t" + s.text() + "\t" + s.type() + " " + s.value()
            + "\t" + s.rule() + "\t|" + context(d.text(), s.start(), s.end()));
        tally(byRule, s.rule(), true, false, false, false);
        return;
      }
      relaxedSys++;
      if (goldUsed[bestGold]) {
        tally(byRule, s.rule(), false, !strict, false, false);
        return;
      }
      goldUsed[bestGold] = true;
      matches++;
      TimeExpression x = g.get(bestGold);
      boolean tOk = x.type() == s.type();
      boolean vOk = x.value().equals(s.value());
      typeOk += tOk ? 1 : 0;
      valueOk += vOk ? 1 : 0;
      tally(byRule, s.rule(), false, !strict, !tOk, !vOk);
      if (!tOk || !vOk) {
        errors.accept("WRONG\t" + d.id() + "\t" + d.dct() + "\t" + x.text() + "\t" + x.type() + " "
            + x.value() + "\t=> " + s.text() + "\t" + s.type() + " " + s.value()
            + "\t" + s.rule() + "\t|" + context(d.text(), s.start(), s.end()));
      }
    }

    /** Whether one gold expression was found exactly, by overlap, or missed. */
    private void scoreGold(TimeMlDocument d, TimeExpression x, List<TimeExpression> sys) {
      boolean strict = false;
      boolean relaxed = false;
      for (TimeExpression s : sys) {
        strict |= exact(x, s);
        relaxed |= overlap(x, s);
      }
      strictGold += strict ? 1 : 0;
      relaxedGold += relaxed ? 1 : 0;
      if (!relaxed) {
        errors.accept("MISSED\t" + d.id() + "\t" + d.dct() + "\t" + x.text() + "\t" + x.type() + " " + x.value()
            + "\t|" + context(d.text(), x.start(), x.end()));
      } else if (!strict) {
        errors.accept("EXTENT\t" + d.id() + "\t" + x.text() + "\t|" + context(d.text(), x.start(), x.end()));
      }
    }

    Scores scores() {
      List<RuleTally> rules = new ArrayList<>(byRule.values());
      rules.sort(Comparator.comparingInt(RuleTally::errors).reversed().thenComparing(RuleTally::rule));
      return new Scores(gold, system, strictSys, strictGold, relaxedSys, relaxedGold, matches, typeOk, valueOk,
          tokens, nanos, List.copyOf(rules));
    }

    private static boolean exact(TimeExpression x, TimeExpression s) {
      return x.start() == s.start() && x.end() == s.end();
    }

    private static boolean overlap(TimeExpression x, TimeExpression s) {
      return x.start() < s.end() && s.start() < x.end();
    }
  }

  private static void tally(Map<String, RuleTally> byRule, String rule, boolean spurious, boolean extent,
      boolean wrongType, boolean wrongValue) {
    byRule.put(rule, byRule.getOrDefault(rule, new RuleTally(rule, 0, 0, 0, 0, 0))
        .add(spurious, extent, wrongType, wrongValue));
  }

  private static String context(String text, int s, int e) {
    int a = Math.max(0, s - 50);
    int b = Math.min(text.length(), e + 50);
    return (text.substring(a, s) + "[" + text.substring(s, e) + "]" + text.substring(e, b)).replace('\n', ' ');
  }

  /** Whitespace-separated tokens, the usual tokens/s denominator. */
  public static long countTokens(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
