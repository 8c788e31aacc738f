package dev.scrutiny.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
   */
  public record Scores(int gold, int system, int strictSys, int strictGold, int relaxedSys, int relaxedGold,
                       int matches, int typeOk, int valueOk, long tokens, long nanos) {

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

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
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
    int gold = 0;
    int system = 0;
    int strictSys = 0;
    int strictGold = 0;
    int relaxedSys = 0;
    int relaxedGold = 0;
    int matches = 0;
    int typeOk = 0;
    int valueOk = 0;
    long tokens = 0;
    long nanos = 0;
    // warm-up passes so that the speed figure is not the JIT's
    for (int pass = 0; pass < 3; pass++) {
      for (TimeMlDocument d : docs) {
        TimeTagger.tag(d.text(), d.dct());
      }
    }
    for (TimeMlDocument d : docs) {
      tokens += countTokens(d.text());
      long t0 = System.nanoTime();
      List<TimeExpression> sys = TimeTagger.tag(d.text(), d.dct());
      nanos += System.nanoTime() - t0;
      List<TimeExpression> g = d.gold();
      gold += g.size();
      system += sys.size();
      boolean[] goldUsed = new boolean[g.size()];
      for (TimeExpression s : sys) {
        boolean strict = false;
        boolean relaxed = false;
        int bestGold = -1;
        for (int k = 0; k < g.size(); k++) {
          TimeExpression x = g.get(k);
          if (x.start() == s.start() && x.end() == s.end()) {
            strict = true;
          }
          if (x.start() < s.end() && s.start() < x.end()) {
            relaxed = true;
            if (bestGold < 0 || (!goldUsed[k] && goldUsed[bestGold])) {
              bestGold = k;
            }
          }
        }
        if (strict) {
          strictSys++;
        }
        if (relaxed) {
          relaxedSys++;
          if (!goldUsed[bestGold]) {
            goldUsed[bestGold] = true;
            matches++;
            TimeExpression x = g.get(bestGold);
            boolean tOk = x.type() == s.type();
            boolean vOk = x.value().equals(s.value());
            typeOk += tOk ? 1 : 0;
            valueOk += vOk ? 1 : 0;
            if (!tOk || !vOk) {
              errors.accept("WRONG\t" + d.id() + "\t" + d.dct() + "\t" + x.text() + "\t" + x.type() + " "
                  + x.value() + "\t=> " + s.text() + "\t" + s.type() + " " + s.value()
                  + "\t|" + context(d.text(), s.start(), s.end()));
            }
          }
        } else {
          errors.accept("SPURIOUS\t" + d.id() + "\t" + s.text() + "\t" + s.type() + " " + s.value()
              + "\t|" + context(d.text(), s.start(), s.end()));
        }
      }
      for (int k = 0; k < g.size(); k++) {
        TimeExpression x = g.get(k);
        boolean strict = false;
        boolean relaxed = false;
        for (TimeExpression s : sys) {
          if (x.start() == s.start() && x.end() == s.end()) {
            strict = true;
          }
          if (x.start() < s.end() && s.start() < x.end()) {
            relaxed = true;
          }
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
    }
    return new Scores(gold, system, strictSys, strictGold, relaxedSys, relaxedGold, matches, typeOk, valueOk,
        tokens, nanos);
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
