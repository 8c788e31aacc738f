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
    reportedBy(doc, lo, end);
    inSurvey(doc, lo, end);
    for (int i = lo; i + 1 < end; i++) {
      if (!(doc.word(i).is("according") && doc.word(i + 1).is("to"))
          || doc.speechQuoteAround(doc.word(i).start()) != null) {
        continue;
      }
      int srcEnd = i + 2;
      // a source that opens the sentence may be long: "According to early results of exit polls conducted for
      // The Associated Press and television networks by Edison Research, …"
      int reach = i <= lo + 1 ? LONG_SOURCE : SOURCE;
      while (srcEnd < end && !doc.word(srcEnd).is(",") && !doc.word(srcEnd).is(";") && srcEnd - i < reach) {
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
      doc.drafts.add(new Draft(parts, doc.span(i + 2, srcEnd - 1), doc.span(i, i + 1), "according to",
          Stance.NEUTRAL, kindOf(doc, envelope), RULE));
      i = srcEnd;
    }
  }

  /**
   * "As reported by Reuters, …", "As first reported by the Kyiv Independent, …" opening the sentence: the source
   * runs from "by" to the comma, the content is the rest of the sentence.
   */
  private static void reportedBy(ClaimContext doc, int lo, int end) {
    int i = lo;
    if (i + 3 >= end || !doc.word(i).is("as") || doc.speechQuoteAround(doc.word(i).start()) != null) {
      return;
    }
    int verb = i + 1;
    if (FIRST.contains(doc.word(verb).lower())) {
      verb++;
    }
    if (verb + 2 >= end || !REPORTED.contains(doc.word(verb).lower()) || !doc.word(verb + 1).is("by")) {
      return;
    }
    int srcEnd = verb + 2;
    while (srcEnd < end && !doc.word(srcEnd).is(",") && srcEnd - verb < SOURCE) {
      srcEnd++;
    }
    if (srcEnd == verb + 2 || srcEnd + 2 >= end || !doc.word(srcEnd).is(",")) {
      return;
    }
    Span content = doc.trim(doc.span(srcEnd + 1, end - 1));
    doc.drafts.add(new Draft(List.of(content), doc.span(verb + 2, srcEnd - 1), doc.span(i, verb + 1), "report",
        Stance.NEUTRAL, kindOf(doc, content), RULE));
  }

  /** A sourced statement's kind: mixed when its words quote the source in part, else "according to". */
  private static ClaimKind kindOf(ClaimContext doc, Span content) {
    return doc.kindOf(content, ClaimKind.ACCORDING_TO) == ClaimKind.MIXED ? ClaimKind.MIXED : ClaimKind.ACCORDING_TO;
  }

  /**
   * "In an NBC News poll released Monday, 50 percent of respondents chose …", "In a survey by the Kyiv International
   * Institute of Sociology, 78% said …": a poll, survey or study that opens the sentence is the source of the rest,
   * unless a statement found there already has a speaker of its own.
   */
  private static void inSurvey(ClaimContext doc, int lo, int end) {
    if (lo + 3 >= end || !doc.word(lo).is("in") || doc.speechQuoteAround(doc.word(lo).start()) != null) {
      return;
    }
    int comma = -1;
    boolean survey = false;
    for (int j = lo + 1; j < Math.min(end, lo + LONG_SOURCE); j++) {
      Word w = doc.word(j);
      if (w.is(",")) {
        comma = j;
        break;
      }
      if (!w.isWord() && !w.is("/") && !w.is("-") || ClaimWords.CLAUSE_STOP.contains(w.lower())) {
        return;
      }
      survey |= SURVEYS.contains(w.lower());
    }
    if (!survey || comma < 0 || comma + 3 >= end) {
      return;
    }
    Span content = doc.trim(doc.span(comma + 1, end - 1));
    for (Draft d : doc.drafts) {
      if (d.envelope().overlaps(content)) {
        return; // "In a report released Tuesday, the UN said …": the UN speaks
      }
    }
    doc.drafts.add(new Draft(List.of(content), doc.span(lo + 1, comma - 1), doc.span(lo, lo), "in", Stance.NEUTRAL,
        ClaimKind.ACCORDING_TO, RULE));
  }

  private static final java.util.Set<String> SURVEYS = java.util.Set.of("poll", "polls", "survey", "surveys",
      "study", "studies", "census", "tally", "count");

  private static final java.util.Set<String> FIRST = java.util.Set.of("first", "initially", "previously", "earlier");
  private static final java.util.Set<String> REPORTED = java.util.Set.of("reported", "noted", "stated", "revealed",
      "disclosed");

  /** How many words "according to" and its source may take inside a sentence, and at its start. */
  private static final int SOURCE = 12;
  private static final int LONG_SOURCE = 22;

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
