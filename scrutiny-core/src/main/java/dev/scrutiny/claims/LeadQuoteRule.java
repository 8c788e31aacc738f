package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.HEADLINE_WORDS;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;

/**
 * A quotation after its attribution in the same sentence: Kadyrov told Polish TV: “…” / Putin said, “…” /
 * He said that “…” (rule {@value #RULE}); and a headline an outlet ran: TASS ran the story under the
 * headline «…» (rule {@value #HEADLINE}).
 */
final class LeadQuoteRule implements QuoteRule {

  static final String RULE = "quote-lead";
  static final String HEADLINE = "quote-headline";

  private final CueFinder cues;
  private final SpeakerPhrases phrases;

  LeadQuoteRule(CueFinder cues, SpeakerPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
  }

  @Override
  public int apply(ClaimContext doc, int qi) {
    Quote q = doc.quotes.get(qi);
    Sentence s = doc.sentenceAt(q.open());
    int lo = doc.wordAt(s == null ? doc.lineStart(q.open()) : s.start());
    int hi = doc.wordAt(q.open());
    if (hi <= lo) {
      return 0;
    }
    Word last = doc.word(hi - 1);
    if (HEADLINE_WORDS.contains(last.lower()) && headline(doc, q, lo, hi)) {
      return 1;
    }
    if (last.is(":") && statementLead(doc, q, lo, hi - 1)) {
      return 1;
    }
    boolean mark = last.is(":") || last.is(",") || last.is("that");
    if (!mark && !cues.isCue(last.lower())) {
      return 0;
    }
    int end = mark ? hi - 1 : hi;
    CueMatch lead = cues.last(doc, Math.max(lo, end - 8), end);
    Span speaker = QuoteRule.speaker(phrases, doc, lead, lo, end);
    if (speaker == null) {
      return last.is(":") && nameBeforeColon(doc, q, lo, hi - 1) ? 1 : 0;
    }
    doc.drafts.add(Draft.of(List.of(doc.trim(q.inner())), speaker, addedParticiple(doc, lead, end), doc,
        ClaimKind.DIRECT, RULE));
    return 1;
  }

  /**
   * The participle that introduces the quotation in "CONTENT, Spicer said, adding, “…”" (the word before the mark,
   * after a comma that follows {@code lead}): the quotation is what was added, and "said" stays free to report the
   * content before it; {@code lead} otherwise.
   */
  private CueMatch addedParticiple(ClaimContext doc, CueMatch lead, int end) {
    CueMatch added = end - 1 > lead.last() + 1 ? cues.at(doc, end - 1, end) : null;
    return added != null && added.gerund(doc) && doc.word(added.first() - 1).is(",") ? added : lead;
  }

  /** What such a verb puts out, before the colon of the quotation it introduces. */
  private static final java.util.Set<String> STATEMENTS = java.util.Set.of("statement", "message", "post",
      "announcement", "address", "communique", "communiqué", "reply", "response", "comment");

  /**
   * The ministry released the following statement: “…” — the subject of the verb that put out the statement speaks
   * (cue: the verb to the noun). At most three words between them ("the following", "a short").
   */
  private boolean statementLead(ClaimContext doc, Quote q, int lo, int colon) {
    int noun = colon - 1;
    if (noun <= lo || !STATEMENTS.contains(doc.word(noun).lower())) {
      return false;
    }
    int verb = noun - 1;
    while (verb > lo && verb >= noun - 3 && !ClaimWords.PUTTING_OUT.contains(doc.word(verb).lower())) {
      verb--;
    }
    if (verb <= lo || !ClaimWords.PUTTING_OUT.contains(doc.word(verb).lower())) {
      return false;
    }
    Span speaker = phrases.before(doc, verb, lo);
    if (speaker == null) {
      return false;
    }
    doc.drafts.add(new Draft(List.of(doc.trim(q.inner())), speaker,
        new Span(doc.word(verb).start(), doc.word(noun).end()), "statement", Stance.NEUTRAL, ClaimKind.DIRECT, RULE));
    return true;
  }

  /**
   * "… does not surprise the analyst Mykola Bielieskov: “…”", "…, the latest word from Governor Syniehubov: “…”": a
   * person or organisation named right before the colon of a quotation that ends the sentence speaks it, with the
   * title words before the name; not a name after a preposition other than "from" ("wrote to Biden: “…”") nor after
   * a cue ("asked Zelensky: “…”", whose subject speaks), nor one that opens the line (the colon-lead rule's). The
   * colon is the cue.
   */
  private boolean nameBeforeColon(ClaimContext doc, Quote q, int lo, int colon) {
    Span name = colon - 1 > lo ? doc.nameEndingAt(doc.word(colon - 1).end()) : null;
    Sentence closing = q.close() < doc.text.length() ? doc.sentenceAt(q.close()) : null;
    String rest = closing == null ? "" : doc.text.substring(Math.min(q.close() + 1, closing.end()), closing.end());
    if (name == null || !rest.strip().matches("[.!?]?")) {
      return false; // the quotation ends the sentence
    }
    int first = doc.wordAt(name.start());
    int b = first - 1;
    while (b >= lo && b >= first - 4 && doc.word(b).isWord() && !doc.word(b).is("from")
        && (doc.word(b).capitalised() || SpeakerNouns.nounCanSpeak(doc.word(b).lower()))) {
      b--;
    }
    if (b < lo + 2) {
      return false; // "Zelensky: “…”", "More from Jones: “…”": a headline's lead, which the colon-lead rule reads
    }
    Word before = doc.word(b);
    if (addressee(before) || cues.isCue(before.lower())
        || ClaimWords.DETERMINERS.contains(before.lower()) && addressee(doc.word(b - 1))) {
      return false; // "to Joe Biden: “…”", "to his colleague Radek Sikorski: “…”", "asked Zelensky: “…”"
    }
    int start = b + 1 < first && ClaimWords.DETERMINERS.contains(doc.word(b).lower()) ? b : b + 1;
    Word c = doc.word(colon);
    doc.drafts.add(new Draft(List.of(doc.trim(q.inner())), doc.span(start, colon - 1), new Span(c.start(), c.end()),
        ":", Stance.NEUTRAL, ClaimKind.DIRECT, RULE));
    return true;
  }

  /** Whether {@code w} is a preposition other than "from", after which a name is no speaker. */
  private static boolean addressee(Word w) {
    return ClaimWords.PREPOSITIONS.contains(w.lower()) && !w.is("from");
  }

  /** TASS ran the story under the headline «…»: the subject of the cue before "headline" speaks. */
  private boolean headline(ClaimContext doc, Quote q, int lo, int hi) {
    CueMatch lead = cues.last(doc, lo, hi - 1);
    Span speaker = lead != null ? phrases.before(doc, lead.first(), lo) : phrases.gerundSubject(doc, lo, hi - 1);
    if (speaker == null) {
      return false;
    }
    Word last = doc.word(hi - 1);
    Span cue = lead != null ? lead.span(doc) : new Span(last.start(), last.end());
    doc.drafts.add(new Draft(List.of(doc.trim(q.inner())), speaker, cue, lead != null ? lead.lemma() : "headline",
        Stance.NEUTRAL, ClaimKind.DIRECT, HEADLINE));
    return true;
  }
}
