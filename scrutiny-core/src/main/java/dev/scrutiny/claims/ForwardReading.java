package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.APPROXIMATORS;
import static dev.scrutiny.claims.ClaimWords.NO_CONTENT_START;
import static dev.scrutiny.claims.ClaimWords.OBJECT_VERBS;
import static dev.scrutiny.claims.ClaimWords.POSSESSIVE_HER;
import static dev.scrutiny.claims.ClaimWords.startsWithQuantity;

import dev.scrutiny.article.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cue in normal order, SPEAKER CUE [that] CONTENT ("The ministry said on Tuesday that …",
 * rule {@value #RULE}), and the "as" clause, As SPEAKER CUE, CONTENT ("As Peskov put it, …", rule
 * {@value #AS_RULE}). Immutable.
 */
final class ForwardReading {

  /** Rule id of "SPEAKER CUE [that] CONTENT". */
  static final String RULE = "cue-forward";
  /** Rule id of "As SPEAKER CUE, CONTENT". */
  static final String AS_RULE = "cue-as";

  /** "As X put it, CONTENT": the content runs from the first comma after the cue. */
  @Nullable Draft asClause(ClaimContext doc, CueClause c) {
    int comma = -1;
    for (int j = c.cue().last() + 1; j < c.end(); j++) {
      if (doc.word(j).is(",")) {
        comma = j;
        break;
      }
    }
    if (comma < 0 || comma + 2 >= c.end() || c.speaker() == null) {
      return null;
    }
    Span content = doc.span(comma + 1, c.end() - 1);
    return c.draft(doc, List.of(content), c.speaker(), doc.kindOf(content, ClaimKind.INDIRECT), AS_RULE);
  }

  /** Whether the clause has a speaker before the cue and a complement after it that the cue may attribute. */
  boolean applies(ClaimContext doc, CueClause c) {
    return c.speaker() != null && hasComplement(doc, c) && (c.explicit() || c.loose());
  }

  /** Where the content would end: the clause's end, or the closing mark of a quotation the content opened. */
  int contentEnd(ClaimContext doc, CueClause c) {
    int end = c.end();
    int contentEnd = doc.word(end - 1).end();
    if (end < c.hi() && Quotes.isQuoteChar(doc.word(end).text().charAt(0))
        && doc.speechQuoteAround(doc.word(c.contentStart()).start()) == null) {
      for (int j = c.contentStart(); j < end; j++) {
        Word w = doc.word(j);
        if (Quotes.isOpening(doc.text, w.start()) && Quotes.isQuoteChar(w.text().charAt(0))) {
          return doc.word(end).end(); // the content opened this quote: keep its closing mark
        }
      }
    }
    return contentEnd;
  }

  /**
   * The statement after the cue, or null when the reading does not apply or leaves too little ("CONTENT,
   * a Cairo airport official told The Associated Press.": then the content came before the comma).
   */
  @Nullable Draft read(ClaimContext doc, CueClause c) {
    if (!applies(doc, c)) {
      return null;
    }
    Span content = new Span(doc.word(c.contentStart()).start(), contentEnd(doc, c));
    int words = c.end() - c.contentStart();
    // "denied targeting civilians": a gerund phrase of two words states something
    boolean gerundPhrase = words == 2 && GERUND_CUES.contains(c.cue().lemma())
        && doc.word(c.contentStart()).lower().endsWith("ing")
        && !doc.word(c.contentStart()).capitalised() && doc.word(c.contentStart() + 1).isWord();
    // "…, Ben Carson said after the attacks.": a circumstance alone is no statement; "said during the past year
    // our trade grew by a third" is one
    boolean circumstance = !c.explicit() && CIRCUMSTANCE_STARTS.contains(doc.word(c.contentStart()).lower());
    // an object verb's content right after the cue may be its object ("told him the news"); after a listener or a
    // circumstance the clause has begun ("told reporters the talks had stalled")
    boolean objectFirst = OBJECT_VERBS.contains(c.cue().lemma()) && c.contentStart() == c.cue().last() + 1;
    boolean tooShort = content.length() < 8 || !c.explicit() && (words < (gerundPhrase ? 2 : circumstance ? 6 : 3)
        || objectFirst && words < 5);
    if (!c.explicit() && circumstanceOnly(doc, c.contentStart(), c.end())) {
      return null; // "…, Hollande said Tuesday in Paris, noting …": when and where, not what; the content came before
    }
    if (tooShort || !c.explicit() && PUBLISHING.contains(c.cue().lemma()) && reportObject(doc, c.contentStart(), c.end())) {
      return null; // "posted a video on Sunday, noting …": the video is no statement; the participle reports
    }
    return c.draft(doc, List.of(doc.trim(content)), c.speaker(), doc.kindOf(content, ClaimKind.INDIRECT), RULE);
  }

  /**
   * Whether the words from {@code at} to {@code end}, or to a comma after which the sentence turns to something else,
   * say only when and where: they open with a day, month or time word ("Tuesday in Paris", "Friday night") and hold
   * nothing but time words, prepositions, determiners, names and figures.
   */
  private static boolean circumstanceOnly(ClaimContext doc, int at, int end) {
    if (at >= end || !ClaimWords.isTimeWord(doc.word(at).lower())) {
      return false;
    }
    for (int j = at + 1; j < end; j++) {
      Word w = doc.word(j);
      if (w.is(",")) {
        // "…, Hollande said Tuesday in Paris, noting …" ends the cue's clause; "noted in an op-ed Thursday, the
        // leading candidate …" goes on with the statement
        return j + 1 < end && InvertedReading.continuesOtherwise(doc.word(j + 1));
      }
      String l = w.lower();
      boolean circumstance = ClaimWords.isTimeWord(l) || ClaimWords.PREPOSITIONS.contains(l)
          || ReportingCueRule.TIME_MODIFIERS.contains(l) || l.equals("a") || l.equals("an") || w.startsWithDigit()
          || w.capitalised() && !l.equals("i") || MEDIUMS.contains(l);
      if (!w.isWord() || !circumstance) {
        return false;
      }
    }
    return true;
  }

  /** Nouns of where a statement was made: "said Friday in a statement", "told in an interview". */
  static final java.util.Set<String> MEDIUMS = java.util.Set.of("statement", "statements", "interview",
      "interviews", "speech", "address", "post", "letter", "release", "briefing", "video", "message", "tweet",
      "email", "conference", "remarks", "appearance", "broadcast", "call", "meeting", "session", "hearing", "press",
      "news", "televised", "written", "joint", "telephone", "phone", "radio", "television", "podcast", "op-ed");

  /**
   * Whether the words from {@code at} to {@code end} (at most twelve) say only where, when and to whom a statement
   * was made: "in a statement to the regional council", "on Friday at a news conference in Kyiv". They open with a
   * preposition and hold no verb, clause word, quotation or "that".
   */
  static boolean circumstancePhrase(ClaimContext doc, int at, int end) {
    if (at >= end || end - at > 12 || !ClaimWords.PREPOSITIONS.contains(doc.word(at).lower())) {
      return false;
    }
    for (int j = at; j < end; j++) {
      Word w = doc.word(j);
      String l = w.lower();
      if (!w.isWord() && !w.is("-") || l.equals("that") || ClaimWords.CLAUSE_STOP.contains(l) && !l.equals("as")
          || ClaimWords.BE.contains(l) || ClaimWords.MODALS.contains(l) && !w.capitalised() // "in May": the month
          || ClaimWords.HAVE.contains(l) || !w.capitalised() && l.endsWith("ed") && !MEDIUMS.contains(l)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> CIRCUMSTANCE_STARTS = java.util.Set.of("after", "before", "during",
      "following", "amid", "through", "until");

  /** Cues whose object may be a gerund phrase: "denied targeting civilians", "admitted hitting the depot". */
  private static final java.util.Set<String> GERUND_CUES = java.util.Set.of("deny", "admit", "acknowledge",
      "propose", "suggest", "recommend");

  /** Cues whose object may be the medium rather than the statement: "posted a video", "wrote a letter". */
  private static final java.util.Set<String> PUBLISHING = java.util.Set.of("post", "publish", "tweet", "broadcast",
      "write");

  /** Whether words from {@code at} are a report noun as object: "a video", "a statement", "his address". */
  private static boolean reportObject(ClaimContext doc, int at, int end) {
    int k = at;
    if (k < end && ClaimWords.DETERMINERS.contains(doc.word(k).lower())) {
      k++;
    }
    if (k < end && !ClaimWords.STATEMENT_OPENERS.contains(doc.word(k).lower()) && k + 1 < end) {
      k++; // "a short video", "a new statement"
    }
    return k > at && k < end && ClaimWords.STATEMENT_OPENERS.contains(doc.word(k).lower());
  }

  /** "said more than 1 million donors gave": a comparative before "than" opens a quantity. */
  private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("more", "less", "fewer");

  /** Verbs that give their object a name: "calling him a total stiff", "branded them traitors". */
  static final java.util.Set<String> NAMING = java.util.Set.of("call", "label", "dub", "brand", "term");

  /**
   * Whether the words from {@code at} are an object pronoun and what the speaker calls it: after a naming verb
   * ("calling him a total stiff") or before "as" ("praised them as heroes", "described her as reckless"); after
   * other verbs the pronoun is whom the statement was made to ("told him").
   */
  private static boolean namedObject(ClaimContext doc, CueClause c, int at) {
    return ClaimWords.OBJECT_PRONOUNS.contains(doc.word(at).lower()) && at + 2 < c.end()
        && (NAMING.contains(c.cue().lemma()) || doc.word(at + 1).is("as"));
  }

  /** Whether a finite verb comes within four words from {@code from}: "her group never worked", "her unit had". */
  private static boolean verbSoon(ClaimContext doc, int from, int end) {
    for (int j = from; j < Math.min(end, from + 4); j++) {
      Word w = doc.word(j);
      String l = w.lower();
      if (!w.isWord()) {
        return false;
      }
      if (j > from && (l.endsWith("ed") || ClaimWords.BE.contains(l) || ClaimWords.MODALS.contains(l)
          || l.equals("had") || l.equals("has") || l.equals("never") || l.equals("not"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code at} after a verb like "tell" name only whom it was told to, then end the clause or
   * open a subordinate one: "The front is holding, the commander told reporters as he toured the trenches" (the
   * content is before the cue).
   */
  static boolean listenerOnly(ClaimContext doc, CueClause c, int at) {
    if (c.explicit() || !OBJECT_VERBS.contains(c.cue().lemma())) {
      return false;
    }
    for (int j = at; j < Math.min(c.end(), at + 4); j++) {
      Word w = doc.word(j);
      if (!w.isWord() || j > at && ClaimWords.CLAUSE_STOP.contains(w.lower())) {
        return false;
      }
      if (ClaimWords.OBJECT_PRONOUNS.contains(w.lower()) || SpeakerNouns.nounCanSpeak(w.lower())) {
        return j + 1 >= c.end() || doc.word(j + 1).is(".")
            || SUBORDINATORS.contains(doc.word(j + 1).lower()) && !doc.hasWord("that", j + 2, c.end());
      }
    }
    return false;
  }

  private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("myself", "yourself", "himself",
      "herself", "itself", "ourselves", "yourselves", "themselves");

  /** Words that open a subordinate clause of time or manner after the listener. */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "when", "while", "after",
      "before");

  private static boolean hasComplement(ClaimContext doc, CueClause c) {
    int at = c.contentStart();
    if (!(at + 1 < c.end()) || doc.word(at).is(",") || doc.word(at).is(".")) {
      return false;
    }
    Word first = doc.word(at);
    if (listenerOnly(doc, c, at) || c.cue().lemma().equals("find") && REFLEXIVES.contains(first.lower())) {
      return false; // "found himself embroiled in controversy" finds nothing out
    }
    // "told the AP her group never worked with him": after a listener "her" opens the clause's subject
    boolean afterListener = at > c.cue().last() + 1 && first.is("her") && OBJECT_VERBS.contains(c.cue().lemma())
        && verbSoon(doc, at + 1, c.end());
    return c.explicit() || afterListener || !NO_CONTENT_START.contains(first.lower())
        || POSSESSIVE_HER.contains(c.cue().lemma()) && first.is("her")
        || namedObject(doc, c, at)
        || first.is("no") && doc.word(at + 1).is("matter") // "says no matter what they do, …"
        || first.is("no") && verbSoon(doc, at + 1, c.end()) // "said no decision had been made", not "said no"
        || first.is("at") && (doc.word(at + 1).is("least") || doc.word(at + 1).is("most")) // "said at least 12 …"
        || APPROXIMATORS.contains(first.lower()) && at + 1 < c.end() && startsWithQuantity(doc.word(at + 1))
        || COMPARATIVES.contains(first.lower()) && at + 3 < c.end() && doc.word(at + 1).is("than")
            && c.cue().lemma().equals("say") && startsWithQuantity(doc.word(at + 2)) && !doc.word(at + 3).is("times");
  }
}
