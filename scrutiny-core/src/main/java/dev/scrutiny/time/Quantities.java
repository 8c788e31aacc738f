package dev.scrutiny.time;

import static dev.scrutiny.time.TimeLexicon.NUMBERS;
import static dev.scrutiny.time.TimeLexicon.UNITS;
import static dev.scrutiny.time.TimeLexicon.VAGUE_NUMBERS;

import org.jspecify.annotations.Nullable;

/** Reads counts ("20", "twenty-five", "a few", "a couple of") and time units ("two-year") off the tokens. */
final class Quantities {

  private Quantities() {}

  /** A count: its value (-1 when vague: "several", "a few") and the token after it. */
  record Num(long value, int to) {}

  /** A unit: its ISO designator (see {@link TimeLexicon#UNITS}), the token after it, and its number. */
  record Unit(String iso, int to, boolean plural) {}

  static @Nullable Num number(TimeTokens t, int i) {
    String w = t.at(i);
    if (i >= t.size) {
      return null;
    }
    if (t.kind[i] == TimeTokens.NUM) {
      String digits = w.replace(",", "");
      if (!TimeFormat.digits(digits) || digits.isEmpty() || digits.length() > 9) {
        return null; // "10:30", "3.5", "2014–2015" are no counts
      }
      return new Num(Long.parseLong(digits), i + 1);
    }
    if (w.equals("a") || w.equals("an")) {
      return article(t, i);
    }
    if (VAGUE_NUMBERS.contains(w)) {
      return new Num(-1, i + 1);
    }
    Integer v = NUMBERS.get(w);
    if (v == null) {
      return null;
    }
    // "twenty-five", "twenty five"
    int to = i + 1;
    long value = v;
    if (v >= 20 && v < 100) {
      int k = t.is(to, "-") ? to + 1 : to;
      Integer u = NUMBERS.get(t.at(k));
      if (u != null && u > 0 && u < 10 && !t.at(k).equals("a")) {
        value += u;
        to = k + 1;
      }
    }
    if (t.is(to, "hundred")) {
      value *= 100;
      to++;
    }
    return new Num(value, to);
  }

  /** "a" / "an" as a count: "a couple of", "a few", "a dozen", one; "a half" is none. */
  private static @Nullable Num article(TimeTokens t, int i) {
    if (t.is(i + 1, "couple") && t.is(i + 2, "of")) {
      return new Num(2, i + 3);
    }
    if (t.is(i + 1, "few")) {
      return new Num(-1, i + 2);
    }
    if (t.is(i + 1, "dozen")) {
      return new Num(12, i + 2);
    }
    if (t.is(i + 1, "half")) {
      return null;
    }
    return new Num(1, i + 1);
  }

  /** A unit at token i, allowing a hyphen before it ("two-year"); not an age ("two-year-old"). */
  static @Nullable Unit unit(TimeTokens t, int i) {
    int k = t.is(i, "-") ? i + 1 : i;
    String u = UNITS.get(t.at(k));
    if (u == null) {
      return null;
    }
    String w = t.at(k);
    boolean plural = w.endsWith("s") && !w.equals("hrs") || w.equals("centuries");
    if (t.is(k + 1, "-") && t.is(k + 2, "old")) {
      return null;
    }
    return new Unit(u, k + 1, plural);
  }
}
