package dev.scrutiny.claims;

import dev.scrutiny.article.Span;

/** A reporting cue found at words {@code first..last} (inclusive), with its lexicon entry. */
record CueMatch(int first, int last, ReportingLexicon.Entry entry) {

  Span span(ClaimContext doc) {
    return new Span(doc.words.get(first).start(), doc.words.get(last).end());
  }

  String lemma() {
    return entry.lemma();
  }

  /** Whether the cue is a participle ("saying", "noting"). */
  boolean gerund(ClaimContext doc) {
    return doc.words.get(first).lower().endsWith("ing");
  }

  /**
   * Whether the cue's first word is a finite form ("said", "says", "told"): not the base form of its lemma ("to say
   * the following", "I will tell you") and not a participle.
   */
  boolean finite(ClaimContext doc) {
    String form = doc.words.get(first).lower();
    String lemma = lemma();
    int sp = lemma.indexOf(' ');
    return !form.equals(sp < 0 ? lemma : lemma.substring(0, sp)) && !gerund(doc);
  }
}
