package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.CIRCUMSTANCE_OPENERS;
import static dev.scrutiny.claims.ClaimWords.SKIP_BEFORE_CUE;
import static dev.scrutiny.claims.ClaimWords.isAdverb;
import static dev.scrutiny.claims.ClaimWords.isTimeWord;

/**
 * What may stand between a subject and its cue, walking back from the cue: adverbs, auxiliaries, a
 * circumstance ("the ministry on May 3 said"), a parenthesis ("Elijah Cummings (D-Md.) said") and a dash
 * parenthesis. Each method returns the word index where the subject's phrase ends.
 */
final class SubjectGaps {

  private SubjectGaps() {}

  /** Back from word {@code j} over adverbs, auxiliaries and a circumstance ("on May 3"). */
  static int skipToHead(ClaimContext doc, int j, int floor) {
    boolean skipped = true;
    while (skipped && j >= floor) {
      skipped = false;
      while (j >= floor && (SKIP_BEFORE_CUE.contains(doc.word(j).lower()) || isAdverb(doc.word(j)))) {
        j--;
        skipped = true;
      }
      // a circumstance between subject and verb: "Sanders on Saturday criticized", "the ministry on May 3 said"
      int t = j;
      while (t >= floor && (isTimeWord(doc.word(t).lower()) || doc.word(t).startsWithDigit())) {
        t--;
      }
      boolean pollShare = t - 1 >= floor && doc.word(t).is("in") && ClaimWords.startsWithFigure(doc.word(t - 1));
      if (t < j && t >= floor && CIRCUMSTANCE_OPENERS.contains(doc.word(t).lower()) && !pollShare) { // not "six in 10"
        j = t - 1;
        skipped = true;
      }
    }
    return j;
  }

  /** A parenthesis after a name: "Elijah Cummings (D-Md.) said". */
  static int skipParenthesis(ClaimContext doc, int j, int floor) {
    if (j >= floor && doc.word(j).is(")")) {
      int k = j - 1;
      while (k >= floor && !doc.word(k).is("(") && k > j - 8) {
        k--;
      }
      if (k >= floor && doc.word(k).is("(")) {
        return k - 1;
      }
    }
    return j;
  }

  /** A dash parenthesis: "Democratic leaders — and, in particular, Harry Reid — insisted". */
  static int skipDashes(ClaimContext doc, int j, int floor) {
    if (j >= floor && isDash(doc.word(j))) {
      String dash = doc.word(j).text();
      int close = j;
      if (dash.equals("-") && j - 1 >= floor && doc.word(j - 1).is("-")) {
        close = j - 1; // "--" written as two hyphens
      }
      int k = close - 1;
      while (k >= floor && !doc.word(k).is(dash) && k > j - 30) {
        k--;
      }
      if (k > floor && doc.word(k).is(dash)) {
        int open = dash.equals("-") && k - 1 > floor && doc.word(k - 1).is("-") ? k - 1 : k;
        return open - 1;
      }
    }
    return j;
  }

  /** A dash that sets off a parenthesis: an em or en dash, or a hyphen written apart ("Trump - who … - said"). */
  static boolean isDash(Word w) {
    return w.is("—") || w.is("–") || w.is("--") || w.is("-");
  }
}
