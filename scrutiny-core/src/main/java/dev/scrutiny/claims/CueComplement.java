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
    if (at < 0 && AS_OBJECT.contains(cue.lemma()) && asAfterObject(doc, k, end)) {
      at = k; // sees the strikes as retaliation, views the talks as a trap
    }
    if (at < 0 && COMMITMENTS.contains(cue.lemma()) && infinitiveAt(doc, k, end)
        && (!WISHES.contains(cue.lemma()) || statedWish(doc, cue, k))) {
      at = k; // vowed to retake the town, threatened to strike Kyiv, declined to comment, wants to join the bloc
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
   * "said on Tuesday, in a televised address, that …", "added, though, that …"; -1 when a verb, a clause word or
   * other punctuation comes first, or "that" comes more than sixteen words on.
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
      } else if (!w.isWord() || ClaimWords.CLAUSE_STOP.contains(l) && !setOffThough(doc, j)
          || ClaimWords.BE.contains(l) || ClaimWords.MODALS.contains(l)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether word {@code j} is "though" set off by commas, an adverb like "however": "added, though, that …". */
  private static boolean setOffThough(ClaimContext doc, int j) {
    return doc.word(j).is("though") && doc.word(j - 1).is(",") && j + 1 < doc.words.size() && doc.word(j + 1).is(",");
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
    return maxSkip > 0 ? thatAfterCircumstances(doc, k, end) : -1;
  }

  /**
   * Where the content starts when "that" follows a longer chain of circumstances, each a preposition and a few
   * words: "said earlier on Friday during a news conference that …", "wrote in the auction description of the
   * handgun that …"; -1 when anything else comes first (a verb, a pronoun, a clause word, punctuation) or "that"
   * opens a relative clause ("the issues that the president mentioned" has no preposition chain before it).
   */
  private static int thatAfterCircumstances(ClaimContext doc, int k, int end) {
    int j = k;
    if (j < end && (doc.word(j).is("earlier") || doc.word(j).is("later"))) {
      j++; // "said earlier on Friday …"
    }
    int groups = 0;
    while (j < end && groups < 4 && CHAIN_PREPOSITIONS.contains(doc.word(j).lower())) {
      int words = 0;
      j++;
      while (j < end && words < 6 && !doc.word(j).is("that") && !CHAIN_PREPOSITIONS.contains(doc.word(j).lower())) {
        Word w = doc.word(j);
        String l = w.lower();
        if (!w.isWord() || ClaimWords.CLAUSE_STOP.contains(l) || ClaimWords.BE.contains(l)
            || ClaimWords.MODALS.contains(l) || ClaimWords.HAVE.contains(l) || SUBJECT_PRONOUNS.contains(l)) {
          return -1;
        }
        words++;
        j++;
      }
      if (words == 0) {
        return -1;
      }
      groups++;
      if (j + 1 < end && doc.word(j).is("that")) {
        String next = doc.word(j + 1).lower();
        boolean relative = ClaimWords.BE.contains(next) || ClaimWords.MODALS.contains(next) || next.endsWith("ed")
            || RELATIVE_VERBS.contains(next);
        return relative ? -1 : j + 1;
      }
    }
    return -1;
  }

  /** Prepositions that open a circumstance in a chain before "that" (not "to", which may open an infinitive). */
  private static final java.util.Set<String> CHAIN_PREPOSITIONS = java.util.Set.of("on", "in", "at", "during",
      "after", "before", "with", "from", "for", "of", "via", "through", "near", "outside", "inside", "amid", "by");

  private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "they", "we", "i",
      "it", "you", "there", "this");

  /** Verbs that make "that" a relative pronoun when they follow it: "…, that went on for two hours". */
  private static final java.util.Set<String> RELATIVE_VERBS = java.util.Set.of("went", "had", "has", "have", "came",
      "made", "took", "gave", "led", "ran", "became", "began", "held", "brought");

  /**
   * Cues of a commitment, threat, refusal or wish whose complement may be "to" and a verb: what the speaker promised,
   * threatened, refused or wants is a statement of theirs ("vowed to retake every village", "declined to say
   * whether …", "Hungary wants to block the package").
   */
  static final java.util.Set<String> COMMITMENTS = java.util.Set.of("vow", "pledge", "promise", "swear", "threaten",
      "refuse", "decline", "agree", "offer", "want", "seek", "hope");

  /**
   * Whether a wish cue followed by "to" (word {@code k}) states a wish of its subject: not a performative ("I want to
   * thank …", "we would like to make it clear …") and not inside a clause that only names the wish ("what our
   * rivals wanted to achieve failed", "the regions where they want to live", "if someone wants to resolve it, …").
   */
  private static boolean statedWish(ClaimContext doc, CueMatch cue, int k) {
    int v = k + 1;
    if (ClaimWords.isAdverb(doc.word(v)) && v + 1 < doc.words.size()) {
      v++; // "wanted to specifically note"
    }
    String verb = doc.word(v).lower();
    if (PERFORMATIVES.contains(verb)
        || verb.equals("make") && v + 1 < doc.words.size() && (doc.word(v + 1).is("clear") || doc.word(v + 1).is("it"))) {
      return false;
    }
    for (int j = cue.first() - 1; j >= Math.max(0, cue.first() - 4); j--) {
      Word w = doc.word(j);
      if (!w.isWord()) {
        break;
      }
      if (WISH_CLAUSES.contains(w.lower())) {
        return false;
      }
    }
    return true;
  }

  /** Words that open a clause in which a wish is named, not stated: "what", "where", "if" … */
  private static final java.util.Set<String> WISH_CLAUSES = java.util.Set.of("what", "whatever", "where", "wherever",
      "when", "whenever", "if", "unless", "how", "why", "whether", "whoever", "anyone", "anybody");

  /** Commitments that are wishes: "wants to join the bloc", "sought to calm", "hopes to retake". */
  private static final java.util.Set<String> WISHES = java.util.Set.of("want", "seek", "hope");

  /**
   * Verbs after "want to" that make the phrase a speaker's performative, not a wish: "I want to thank …", "I would
   * like to stress …" (the statement, if any, is the next cue's), "we want to hear …".
   */
  private static final java.util.Set<String> PERFORMATIVES = java.util.Set.of("thank", "stress", "emphasise",
      "emphasize", "underline", "note", "mention", "say", "add", "repeat", "remind", "point", "express", "ask",
      "hear", "know", "congratulate", "welcome", "wish", "apologise", "apologize", "assure", "draw", "highlight",
      "reiterate", "recall", "tell", "announce", "inform", "clarify", "share", "address", "begin", "start", "end",
      "conclude", "finish");

  /** Words after "to" that begin a noun phrase, not a verb: "agreed to a ceasefire", "offered to the court". */
  private static final java.util.Set<String> NOUN_PHRASE_STARTS = java.util.Set.of("a", "an", "the", "this", "that",
      "these", "those", "his", "her", "its", "their", "our", "my", "your", "all", "some", "any", "no", "each", "every",
      "both", "such", "him", "them", "me", "us", "it", "what", "which", "whom", "date", "power", "office", "terms");

  /** Whether words from {@code k} are "[not] to be named", "to be identified" and the like. */
  static boolean anonymity(ClaimContext doc, int k, int end) {
    int j = k < end && doc.word(k).is("not") ? k + 1 : k;
    return j + 2 < end && doc.word(j).is("to") && doc.word(j + 1).is("be")
        && UNNAMED.contains(doc.word(j + 2).lower());
  }

  /** What an anonymous source asks not to be: "named", "identified", "quoted" … */
  private static final java.util.Set<String> UNNAMED = java.util.Set.of("named", "identified", "quoted", "cited",
      "publicly", "disclosed", "revealed", "photographed", "interviewed");

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

  /** Cues of a view whose object and "as" state it: "sees the expansion as a threat", "regards the deal as dead". */
  private static final java.util.Set<String> AS_OBJECT = java.util.Set.of("see", "view", "regard", "consider");

  /** Words after "as" that make it no complement: "as soon as", "as well", "as if", "as part of" … */
  private static final java.util.Set<String> NOT_AS_COMPLEMENT = java.util.Set.of("soon", "long", "well", "much", "far",
      "many", "if", "though", "part", "it", "they", "he", "she", "we", "i", "you");

  /**
   * Whether an object of up to six words after the cue (word {@code k} on) is followed by "as" and its complement, with
   * no punctuation or clause word between: "sees Ukraine and Moldova as a buffer"; not "saw him there in 1999".
   */
  private static boolean asAfterObject(ClaimContext doc, int k, int end) {
    for (int j = k + 1; j < Math.min(end - 1, k + 7); j++) {
      Word w = doc.word(j);
      if (w.is("as")) {
        Word next = doc.word(j + 1);
        return next.isWord() && !NOT_AS_COMPLEMENT.contains(next.lower());
      }
      if (!w.isWord() || ClaimWords.CLAUSE_STOP.contains(w.lower()) && !w.is("and")
          || ClaimWords.BE.contains(w.lower())) {
        return false;
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
