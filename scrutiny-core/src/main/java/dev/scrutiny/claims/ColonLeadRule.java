package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;

/**
 * A name and a colon opening a line: "Zelensky: We will not give up" (headlines) and "TAPPER: Do you
 * think…" (transcripts). Rule id {@value #RULE}.
 */
final class ColonLeadRule implements SentenceRule {

  static final String RULE = "colon-lead";

  private final CueFinder cues;

  ColonLeadRule(CueFinder cues) {
    this.cues = cues;
  }

  @Override
  public void apply(ClaimContext doc, Sentence s) {
    int lo = doc.wordAt(s.start());
    int hi = doc.wordAt(s.end());
    int colon = colon(doc, lo, hi);
    if (colon <= lo || colon + 2 >= hi) {
      return;
    }
    // the content runs to the end of the line it starts on, which may be the next one ("TAPPER:\nDo you …")
    int from = doc.word(colon + 1).start();
    int lineEnd = doc.text.indexOf('\n', from);
    if (lineEnd < 0) {
      lineEnd = doc.text.length();
    }
    Span content = doc.trim(new Span(from, lineEnd));
    if (content.length() < 8 || doc.covered(content)) {
      return;
    }
    if (ClaimWords.NOT_SPEAKERS.contains(doc.word(lo).lower()) || !SpeakerNouns.canSpeak(doc.word(colon - 1))) {
      return;
    }
    Word c = doc.word(colon);
    doc.drafts.add(new Draft(List.of(content), doc.span(lo, colon - 1), new Span(c.start(), c.end()), ":",
        Stance.NEUTRAL, ClaimKind.DIRECT, RULE));
  }

  /** The colon among the first five words, after capitalised words only, or -1. */
  private int colon(ClaimContext doc, int lo, int hi) {
    for (int j = lo; j < Math.min(hi, lo + 5); j++) {
      Word w = doc.word(j);
      if (w.is(":")) {
        return j;
      }
      if (!w.isWord() && !w.is(".") || !w.capitalised() || w.startsWithDigit() || cues.isCue(w.lower())) {
        return -1;
      }
    }
    return -1;
  }
}
