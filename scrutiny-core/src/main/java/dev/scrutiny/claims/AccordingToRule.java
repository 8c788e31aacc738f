package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * "According to X, …", "…, according to X" and "…, according to X, …": the source runs to the next
 * comma, the content is the rest of the sentence. Rule id {@value #RULE}.
 */
final class AccordingToRule implements SentenceRule {

  static final String RULE = "according-to";

  @Override
  public void apply(ClaimContext doc, Sentence s) {
    int lo = doc.wordAt(s.start());
    int hi = doc.wordAt(s.end());
    int end = hi;
    while (end > lo && ClaimWords.isTrailing(doc.word(end - 1))) {
      end--;
    }
    for (int i = lo; i + 1 < end; i++) {
      if (!(doc.word(i).is("according") && doc.word(i + 1).is("to"))
          || doc.speechQuoteAround(doc.word(i).start()) != null) {
        continue;
      }
      int srcEnd = i + 2;
      while (srcEnd < end && !doc.word(srcEnd).is(",") && !doc.word(srcEnd).is(";") && srcEnd - i < 12) {
        srcEnd++;
      }
      if (srcEnd == i + 2) {
        continue;
      }
      List<Span> parts = parts(doc, lo, i, srcEnd, end);
      if (parts.isEmpty()) {
        continue;
      }
      Span envelope = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
      ClaimKind kind = doc.kindOf(envelope, ClaimKind.ACCORDING_TO) == ClaimKind.MIXED
          ? ClaimKind.MIXED : ClaimKind.ACCORDING_TO;
      doc.drafts.add(new Draft(parts, doc.span(i + 2, srcEnd - 1), doc.span(i, i + 1), "according to",
          Stance.NEUTRAL, kind, RULE));
      i = srcEnd;
    }
  }

  /** The content before the cue (unless the sentence opens with it) and after the source's comma. */
  private static List<Span> parts(ClaimContext doc, int lo, int cue, int srcEnd, int end) {
    List<Span> parts = new ArrayList<>();
    int before = cue;
    if (before > lo && doc.word(before - 1).is(",")) {
      before--;
    }
    boolean leading = before <= lo + 3; // "According to X, …" or "Today, according to X, …"
    if (!leading) {
      parts.add(doc.span(lo, before - 1));
    }
    if (srcEnd + 1 < end && doc.word(srcEnd).is(",")) {
      parts.add(doc.span(srcEnd + 1, end - 1));
    }
    return parts.stream().map(doc::trim).filter(p -> p.length() > 0).toList();
  }
}
