package dev.scrutiny.claims;

import java.util.List;

/**
 * Attributes every quotation of speech not yet covered by a draft, trying {@link QuoteCueRule} (cue
 * after the quotation), {@link QuoteContinuationRule} and {@link LeadQuoteRule} (cue before it) in
 * that order. Immutable.
 */
final class DirectQuotes {

  private final List<QuoteRule> rules;

  DirectQuotes(CueFinder cues, SpeakerPhrases phrases) {
    this.rules = List.of(new QuoteCueRule(cues, phrases), new QuoteContinuationRule(),
        new LeadQuoteRule(cues, phrases));
  }

  void apply(ClaimContext doc) {
    int qi = 0;
    while (qi < doc.quotes.size()) {
      Quote q = doc.quotes.get(qi);
      int taken = 0;
      if (doc.isSpeech(q) && !doc.covered(q.inner())) {
        for (QuoteRule r : rules) {
          taken = r.apply(doc, qi);
          if (taken > 0) {
            break;
          }
        }
      }
      qi += Math.max(taken, 1);
    }
  }
}
