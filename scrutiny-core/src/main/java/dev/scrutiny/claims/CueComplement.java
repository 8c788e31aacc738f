package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.AT_FIGURE;
import static dev.scrutiny.claims.ClaimWords.OBJECT_COMPLEMENT;
import static dev.scrutiny.claims.ClaimWords.OBJECT_VERBS;
import static dev.scrutiny.claims.ClaimWords.PREPOSITIONS;
import static dev.scrutiny.claims.ClaimWords.startsWithFigure;

/** Finds an explicit complement after a reporting cue, which makes the cue attribute what follows. */
final class CueComplement {

  private CueComplement() {}

  /**
   * Where the content of an explicit complement starts, looking from word {@code k} (right after the cue)
   * to before word {@code end}, or -1 when there is none.
   */
  static int find(ClaimContext doc, CueMatch cue, int k, int end) {
    int at = thatOrColon(doc, cue, k, end);
    if (at < 0 && OBJECT_COMPLEMENT.contains(cue.lemma()) && objectThen(doc, k, end)) {
      at = k; // accused Kyiv of shelling, praised the troops for, urged allies to
    }
    if (at < 0 && AT_FIGURE.contains(cue.lemma()) && figureAt(doc, k, end)) {
      at = k; // put Ukrainian losses at 64,000, estimated the damage at $2bn
    }
    if (at < 0 && COMMITMENTS.contains(cue.lemma()) && infinitiveAt(doc, k, end)) {
      at = k; // vowed to retake the town, threatened to strike Kyiv, declined to comment
    }
    if (at < 0 && k < end && doc.word(k).is(",") && k + 1 < end
        && Quotes.isOpening(doc.text, doc.word(k + 1).start())) {
      at = k + 1; // said, “…”
    }
    if (at < 0) {
      at = thatAfterParenthesis(doc, k, end); // said, among other things, that … / said on Tuesday, in an address, that …
    }
    return at;
  }

  /**
   * Where the content starts when "that" follows a phrase set off by commas after the cue: "said, twice, that …",
   * "said on Tuesday, in a televised address, that …"; -1 when a verb, a clause word or other punctuation comes
   * first, or "that" comes more than sixteen words on.
   */
  private static int thatAfterParenthesis(ClaimContext doc, int k, int end) {
    boolean opened = false;
    for (int j = k; j < Math.min(end - 1, k + 16); j++) {
      Word w = doc.word(j);
      String l = w.lower();
      if (w.is(",")) {
        opened = true;
      } else if (w.is("that")) {
        // not "that is, …" nor a relative "that went on for hours"
        String next = doc.word(j + 1).lower();
        boolean clauseVerb = ClaimWords.BE.contains(next) || next.endsWith("ed") || RELATIVE_VERBS.contains(next);
        return opened && doc.word(j - 1).is(",") && !clauseVerb ? j + 1 : -1;
      } else if (!w.isWord() || ClaimWords.CLAUSE_STOP.contains(l) || ClaimWords.BE.contains(l)
          || ClaimWords.MODALS.contains(l)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the complement from word {@code k} is "that", a colon or a quotation (not an object and "of"). */
  static boolean thatOrColonAt(ClaimContext doc, CueMatch cue, int k, int end) {
    return thatOrColon(doc, cue, k, end) >= 0;
  }

  /**
   * "that", a colon or a quotation, after an addressee or a circumstance: told reporters that, said on Tuesday
   * that, said Tuesday that.
   */
  private static int thatOrColon(ClaimContext doc, CueMatch cue, int k, int end) {
    int maxSkip = OBJECT_VERBS.contains(cue.lemma())
        || k < end && (PREPOSITIONS.contains(doc.word(k).lower()) || ClaimWords.isTimeWord(doc.word(k).lower())) ? 6 : 0;
    for (int j = k; j < Math.min(end, k + maxSkip + 1); j++) {
      Word w = doc.word(j);
      if (w.is("that") || w.is(":") || Quotes.isOpening(doc.text, w.start())) {
        return w.is("that") || w.is(":") ? j + 1 : j;
      }
      if (w.is(",") || w.is(";") || w.is(".")) {
        break;
      }
    }
    return -1;
  }

  /** Verbs that make "that" a relative pronoun when they follow it: "…, that went on for two hours". */
  private static final java.util.Set<String> RELATIVE_VERBS = java.util.Set.of("went", "had", "has", "have", "came",
      "made", "took", "gave", "led", "ran", "became", "began", "held", "brought");

  /**
   * Cues of a commitment, threat or refusal whose complement may be "to" and a verb: what the speaker promised,
   * threatened or refused is a statement of theirs ("vowed to retake every village", "declined to say whether …").
   */
  static final java.util.Set<String> COMMITMENTS = java.util.Set.of("vow", "pledge", "promise", "swear", "threaten",
      "refuse", "decline", "agree", "offer");

  /** Words after "to" that begin a noun phrase, not a verb: "agreed to a ceasefire", "offered to the court". */
  private static final java.util.Set<String> NOUN_PHRASE_STARTS = java.util.Set.of("a", "an", "the", "this", "that",
      "these", "those", "his", "her", "its", "their", "our", "my", "your", "all", "some", "any", "no", "each", "every",
      "both", "such", "him", "them", "me", "us", "it", "what", "which", "whom", "date", "power", "office", "terms");

  /** Whether words {@code k, k+1} are "to" and a lower-case word that may be a verb, with more after it or not. */
  private static boolean infinitiveAt(ClaimContext doc, int k, int end) {
    if (k + 1 >= end || !doc.word(k).is("to")) {
      return false;
    }
    Word verb = doc.word(k + 1);
    String l = verb.lower();
    return verb.isWord() && !verb.capitalised() && !NOUN_PHRASE_STARTS.contains(l) && !startsWithFigure(verb)
        && !l.endsWith("ing");
  }

  private static boolean objectThen(ClaimContext doc, int k, int end) {
    for (int j = k + 1; j < Math.min(end, k + 6); j++) {
      Word w = doc.word(j);
      if (w.is("of") || w.is("for") || w.is("to")) {
        return true;
      }
      if (!w.isWord()) {
        break;
      }
    }
    return false;
  }

  private static boolean figureAt(ClaimContext doc, int k, int end) {
    for (int j = k + 1; j < Math.min(end - 1, k + 8); j++) {
      Word w = doc.word(j);
      if (w.is("at") && startsWithFigure(doc.word(j + 1))) {
        return true;
      }
      if (w.is(",") || w.is(";")) {
        break;
      }
    }
    return false;
  }
}
