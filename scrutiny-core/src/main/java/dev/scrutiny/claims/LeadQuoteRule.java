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
    boolean mark = last.is(":") || last.is(",") || last.is("that");
    if (!mark && !cues.isCue(last.lower())) {
      return 0;
    }
    int end = mark ? hi - 1 : hi;
    CueMatch lead = cues.last(doc, Math.max(lo, end - 8), end);
    Span speaker = QuoteRule.speaker(phrases, doc, lead, lo, end);
    if (speaker == null) {
      return 0;
    }
    doc.drafts.add(Draft.of(List.of(doc.trim(q.inner())), speaker, lead, doc, ClaimKind.DIRECT, RULE));
    return 1;
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
