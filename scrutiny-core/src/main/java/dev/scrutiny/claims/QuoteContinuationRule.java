package dev.scrutiny.claims;

import dev.scrutiny.text.Sentence;

/**
 * A quotation standing as the next sentence continues the last direct quotation: “…,” he said. “Not one
 * step.” It extends that draft (whose rule id stays) when near it, or when it opens the sentence right
 * after the one holding its cue ("…,” Chief of the General Staff X told Y in a video call. “…”).
 */
final class QuoteContinuationRule implements QuoteRule {

  @Override
  public int apply(ClaimContext doc, int qi) {
    if (doc.drafts.isEmpty()) {
      return 0;
    }
    Quote q = doc.quotes.get(qi);
    Draft last = doc.drafts.get(doc.drafts.size() - 1);
    int lastEnd = last.parts().get(last.parts().size() - 1).end();
    Sentence here = doc.sentenceAt(q.open());
    Sentence cueSentence = doc.sentenceAt(last.cue().start());
    boolean nextSentence = here != null && cueSentence != null
        && doc.sentences.indexOf(here) == doc.sentences.indexOf(cueSentence) + 1;
    if (last.kind() == ClaimKind.DIRECT && here != null && here.start() >= q.open() - 1 && here.start() <= q.open()
        && lastEnd < q.open() && !doc.hasParagraphBreak(lastEnd, q.open())
        && (q.open() - lastEnd < 80 || nextSentence)) {
      doc.drafts.set(doc.drafts.size() - 1, last.withPart(doc.trim(q.inner())));
      return 1;
    }
    return 0;
  }
}
