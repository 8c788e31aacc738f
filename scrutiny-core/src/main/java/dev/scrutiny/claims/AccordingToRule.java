package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.PREPOSITIONS;

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
    standingInPoll(doc, lo, end);
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
    if (heldByDraft(doc, content)) {
      return; // "In a report released Tuesday, the UN said …": the UN speaks
    }
    doc.drafts.add(new Draft(List.of(content), doc.span(lo + 1, comma - 1), doc.span(lo, lo), "in", Stance.NEUTRAL,
        ClaimKind.ACCORDING_TO, RULE));
  }

  /**
   * "Trump leads Cruz by 9 points in the RealClearPolitics average of recent polls", "Clinton led Sanders more than
   * 2-1 in a Marist poll": a standing (a lead, a place, a share) stated "in" a poll later in the sentence is the
   * poll's. The content is the clause before "in" that names the standing, and what follows the poll from "by" ("…
   * in the latest average by nearly 9 points"); nothing when a statement found there has a speaker of its own.
   */
  private static void standingInPoll(ClaimContext doc, int lo, int end) {
    for (int i = lo + 2; i + 1 < end; i++) {
      if (!doc.word(i).is("in") || doc.speechQuoteAround(doc.word(i).start()) != null) {
        continue;
      }
      int srcEnd = pollEnd(doc, i + 1, end);
      if (srcEnd < 0) {
        continue;
      }
      int from = standingFrom(doc, lo, i);
      if (from < 0) {
        continue; // no standing before "in", or only a relative clause ("…, who leads in the polls")
      }
      List<Span> parts = new ArrayList<>();
      parts.add(doc.trim(doc.span(from, i - 1)));
      if (srcEnd + 1 < end && doc.word(srcEnd).isWord() && (doc.word(srcEnd).is("by") || !hasVerb(doc, from, i))) {
        // "… by nearly 9 percentage points"; "Fifteen percent of voters in the poll were undecided": the poll
        // stands inside the subject, the predicate follows it
        int stop = srcEnd + 1;
        while (stop < end && !doc.word(stop).is(",") && !doc.word(stop).is(";")
            && !ClaimWords.CLAUSE_STOP.contains(doc.word(stop).lower())) {
          stop++;
        }
        parts.add(doc.trim(doc.span(srcEnd, stop - 1)));
      }
      Span envelope = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
      if (heldByDraft(doc, envelope)) {
        return; // "Aides said Clinton led in the polls": the aides speak
      }
      doc.drafts.add(new Draft(parts, doc.span(i + 1, srcEnd - 1), doc.span(i, i), "in", Stance.NEUTRAL,
          ClaimKind.ACCORDING_TO, RULE));
      return;
    }
  }

  /** Whether a statement found already overlaps {@code content}: then its own speaker says it, not a poll. */
  private static boolean heldByDraft(ClaimContext doc, Span content) {
    return doc.drafts.stream().anyMatch(d -> d.envelope().overlaps(content));
  }

  /**
   * The end (exclusive) of a poll named from word {@code from}: a few modifiers, the poll ("the latest CNN/ORC
   * poll", "the RealClearPolitics average of New Hampshire polls") and what dates or credits it ("released
   * Wednesday", "from Quinnipiac"); -1 when no poll comes first, or a preposition, a verb or punctuation does.
   */
  private static int pollEnd(ClaimContext doc, int from, int end) {
    int j = from;
    boolean poll = false;
    while (j < end && j - from < SOURCE) {
      Word w = doc.word(j);
      String l = w.lower();
      if (poll && !(POLL_TAILS.contains(l) || w.capitalised() && w.isWord() || POLLS.contains(l))) {
        break;
      }
      if (!poll && (!w.isWord() && !w.is("/") && !w.is("-") || ClaimWords.CLAUSE_STOP.contains(l)
          || ClaimWords.BE.contains(l) || ClaimWords.HAVE.contains(l) || PREPOSITIONS.contains(l) && !l.equals("of"))) {
        return -1; // "in single digits in polls", "in the square where the polls …"
      }
      // "the RealClearPolitics average of recent polls": the average's polls follow it
      poll |= POLLS.contains(l) && !(l.equals("average") && j + 1 < end && doc.word(j + 1).is("of"));
      j++;
    }
    return poll ? j : -1;
  }

  /** Words that may follow a poll's name and still name it. */
  private static final java.util.Set<String> POLL_TAILS = java.util.Set.of("of", "from", "released", "published",
      "conducted", "taken", "last", "this", "week", "month", "year");

  /**
   * The first word of the clause before word {@code in} that states a standing: after the nearest comma, dash or
   * clause word ("that", "because", "who") whose words up to {@code in} hold a standing word and three words or
   * more, else the sentence's first word if its words do; -1 when none does, or a clause word leaves too little.
   */
  private static int standingFrom(ClaimContext doc, int lo, int in) {
    boolean standing = false;
    for (int j = in - 1; j >= lo; j--) {
      Word w = doc.word(j);
      boolean clause = ClaimWords.CLAUSE_STOP.contains(w.lower()) && !w.is("and") && !w.is("or") && !w.is("than");
      if (clause && RELATIVES.contains(w.lower())) {
        return -1; // "…, who leads in the polls there": the relative clause alone is no statement
      }
      if ((w.is(",") || w.is(":") || SubjectGaps.isDash(w) || clause) && standing && in - j > 3) {
        return subjectAt(doc, j + 1) ? j + 1 : -1;
      }
      if (clause) {
        return -1;
      }
      standing |= STANDINGS.contains(w.lower()) || w.is("%") || w.lower().endsWith("-point");
    }
    return standing && in - lo >= 3 && subjectAt(doc, lo) ? lo : -1;
  }

  /** Whether words {@code from..to-1} hold a verb: a form of "be" or "have", a modal, a standing verb, "-ed". */
  private static boolean hasVerb(ClaimContext doc, int from, int to) {
    for (int j = from; j < to; j++) {
      String l = doc.word(j).lower();
      if (ClaimWords.BE.contains(l) || ClaimWords.HAVE.contains(l) || ClaimWords.MODALS.contains(l)
          || STANDING_VERBS.contains(l) || l.endsWith("ed") && l.length() > 4) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> STANDING_VERBS = java.util.Set.of("lead", "leads", "led", "leading",
      "trail", "trails", "trailing", "holds", "hold", "stands", "sits", "gets", "wins", "takes", "took", "won", "tied");

  /** Whether word {@code j} may open a clause's subject: not a verb, a preposition or a clause word. */
  private static boolean subjectAt(ClaimContext doc, int j) {
    String l = doc.word(j).lower();
    return doc.word(j).isWord() && !ClaimWords.BE.contains(l) && !ClaimWords.HAVE.contains(l)
        && !ClaimWords.MODALS.contains(l) && !PREPOSITIONS.contains(l) && !l.equals("of")
        && !ClaimWords.CLAUSE_STOP.contains(l) && !SUBORDINATE.contains(l);
  }

  /** Clause words that open a relative clause, which alone states no standing. */
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "whom", "where");

  /** What a standing is stated in: polls and their averages (a delegate count is no poll). */
  private static final java.util.Set<String> POLLS = java.util.Set.of("poll", "polls", "survey", "surveys", "average");
  /** Words beside the clause words that open no subject of a standing: "with", "whose", "even". */
  private static final java.util.Set<String> SUBORDINATE = java.util.Set.of("with", "whose", "even");

  /** Words that state a standing in a poll: a lead, a place, a share. */
  private static final java.util.Set<String> STANDINGS = java.util.Set.of("lead", "leads", "led", "leading", "ahead",
      "trail", "trails", "trailed", "trailing", "behind", "percent", "percentage", "points", "edge", "second", "third",
      "fourth", "fifth", "sixth", "mired", "clustered", "support", "approval");

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
