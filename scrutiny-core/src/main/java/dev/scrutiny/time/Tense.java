package dev.scrutiny.time;

/**
 * The tense around a token, read from cue words in its sentence: +1 future when a future cue (will, shall,
 * 'll, going to, plans/planned to, expected to, scheduled, due to, as soon as) lies within a few tokens of
 * it; else -1 past when the sentence has a past cue (was, were, had, an -ed verb; reporting verbs such as
 * "said" do not count, as they date the report, not the event); else 0. Stateless.
 */
final class Tense {

  /** Tokens looked at on each side for tense cues: a long sentence, not a whole unpunctuated text. */
  static final int SENTENCE_CAP = 60;
  static final int FUTURE_WINDOW_BEFORE = 8;
  static final int FUTURE_WINDOW_AFTER = 4;

  private Tense() {}

  /** The tense around token {@code i}: -1, 0 or +1. */
  static int at(TimeTokens t, int i) {
    // the sentence, capped so that a text without sentence ends stays linear
    int from = i;
    while (from > 0 && i - from < SENTENCE_CAP && t.sameSentence(from - 1, i)) {
      from--;
    }
    int to = i;
    while (to < t.size && to - i < SENTENCE_CAP && t.sameSentence(to, i)) {
      to++;
    }
    boolean past = false;
    for (int k = from; k < to && k < t.size; k++) {
      if (k == i) {
        continue;
      }
      int cue = cue(t, k);
      if (cue > 0 && k >= i - FUTURE_WINDOW_BEFORE && k <= i + FUTURE_WINDOW_AFTER) {
        return 1; // a modal or plan verb near the expression is rare and decisive
      }
      past |= cue < 0;
    }
    return past ? -1 : 0;
  }

  /** Whether the sentence of token {@code i} has the (lower-case) word {@code word}. */
  static boolean sentenceMentions(TimeTokens t, int i, String word) {
    for (int k = i; k >= 0 && i - k < SENTENCE_CAP && t.sameSentence(k, i); k--) {
      if (t.lower[k].equals(word)) {
        return true;
      }
    }
    for (int k = i + 1; k < t.size && k - i < SENTENCE_CAP && t.sameSentence(k, i); k++) {
      if (t.lower[k].equals(word)) {
        return true;
      }
    }
    return false;
  }

  static int cue(TimeTokens t, int k) {
    if (t.kind[k] != TimeTokens.WORD) {
      return 0;
    }
    String w = t.lower[k];
    switch (w) {
      case "will", "shall", "'ll", "plans", "plan", "scheduled", "upcoming", "intends", "tomorrow",
           "won't" -> {
        return 1;
      }
      case "going", "planning", "planned", "preparing", "set" -> {
        return t.is(k + 1, "to") ? 1 : w.equals("planned") ? -1 : 0;
      }
      case "soon", "early" -> {
        // "as soon as Tuesday", "as early as next week"
        return t.is(k - 1, "as") && t.is(k + 1, "as") ? 1 : 0;
      }
      case "due" -> {
        return t.is(k + 1, "to") ? 1 : 0;
      }
      case "expected" -> {
        return t.is(k + 1, "to") ? 1 : -1;
      }
      case "was", "were", "had", "did", "ago", "yesterday", "last", "wrote", "came",
           "went", "took", "gave", "made", "began", "saw", "met", "fell", "rose", "won", "lost", "left",
           "struck", "led", "held", "fought", "sent", "killed",
           "earlier", "previously", "wasn't", "weren't", "didn't", "hadn't" -> {
        return -1;
      }
      case "said", "told", "announced", "reported", "added", "stated", "claimed", "noted" -> {
        return 0; // the reporting verb dates the statement, not the event
      }
      default -> {
        return pastParticiple(w) ? -1 : 0;
      }
    }
  }

  /** An -ed verb form; a participle after "will be"/"is to be" stays future by the nearest-cue rule. */
  private static boolean pastParticiple(String w) {
    return w.length() > 4 && w.endsWith("ed") && !w.equals("need") && !w.equals("speed")
        && !w.equals("hundred") && !w.equals("proceed") && !w.equals("exceed") && !w.equals("succeed")
        && !w.equals("indeed") && !w.equals("breed") && !w.equals("embed") && !w.equals("united");
  }
}
