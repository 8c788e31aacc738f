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
    if (ClaimWords.NOT_SPEAKERS.contains(doc.word(lo).lower()) || !SpeakerNouns.canSpeak(doc.word(colon - 1))
        || isNameList(doc.text(content))) {
      return;
    }
    Word c = doc.word(colon);
    doc.drafts.add(new Draft(List.of(content), doc.span(lo, colon - 1), new Span(c.start(), c.end()), ":",
        Stance.NEUTRAL, ClaimKind.DIRECT, RULE));
  }

  /**
   * Whether {@code text} is a list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …"): at least
   * three items between commas, each of one to four capitalised words.
   */
  static boolean isNameList(String text) {
    String[] items = text.replaceAll("[.;]+$", "").split(",\\s*(and\\s+)?");
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      String[] words = item.trim().split("\\s+");
      if (words.length == 0 || words.length > 4) {
        return false;
      }
      for (String w : words) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
          return false;
        }
      }
    }
    return true;
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
