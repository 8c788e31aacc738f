package dev.scrutiny.claims;

import static dev.scrutiny.claims.ClaimWords.PREPOSITIONS;
import static dev.scrutiny.claims.ClaimWords.isTimeWord;

import dev.scrutiny.article.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cue whose content comes first: CONTENT, SPEAKER CUE [circumstance] or CONTENT, CUE SPEAKER
 * (rule {@value #RULE}); interrupted, CONTENT, SPEAKER CUE, CONTENT (rule {@value #INTERRUPTED}); and
 * CONTENT, CUE NAME, APPOSITIVE ("…, said Rita Katz, the director of …", rule {@value #NAMED}).
 * Immutable.
 */
final class InvertedReading {

  /** Rule id of "CONTENT, SPEAKER CUE." and "CONTENT, CUE SPEAKER.". */
  static final String RULE = "cue-inverted";
  /** Rule id of "CONTENT, SPEAKER CUE, CONTENT.". */
  static final String INTERRUPTED = "cue-interrupted";
  /** Rule id of "CONTENT, CUE NAME, APPOSITIVE.". */
  static final String NAMED = "cue-named-after";

  /**
   * Verbs of saying, which put their subject after them ("…, said the ministry", "…, wrote Kuleba"); after
   * other cues the phrase is their object ("…, who endorsed Clinton", "…, called the plan a failure").
   */
  static final java.util.Set<String> SAYING = java.util.Set.of("say", "add", "write", "note", "explain", "argue",
      "claim", "insist", "warn", "reply", "continue", "recall", "report", "state", "declare", "announce",
      "confirm", "conclude", "remark", "observe", "stress", "emphasize", "emphasise", "admit", "concede",
      "counter", "predict", "respond", "answer", "ask", "complain", "joke", "quip", "boast", "tweet");

  /** Verbs of saying whose object is the one addressed: "…, asked a federal judge to block the rule". */
  private static final java.util.Set<String> ADDRESSED = java.util.Set.of("ask", "answer", "reply", "respond");

  /** Words that join a second clause after the comma, which then is no inverted attribution. */
  private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("and", "but", "so", "or", "yet");

  private final SpeakerPhrases phrases;

  InvertedReading(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Nullable Draft read(ClaimContext doc, CueClause c) {
    int comma = commaBefore(doc, c);
    if (comma < 0) {
      return null;
    }
    int after = commaAfter(doc, c);
    if (after >= 0 && after + 1 < c.end() && continuesOtherwise(doc.word(after + 1))) {
      // "…, a commentator wrote, adding that …" / "…, the airline added, and had passed …": the clause of the cue
      // ends at the comma; what follows is no second part of the same statement
      c = c.withEnd(after);
      after = -1;
    }
    boolean interrupted = after >= 0 && c.end() - after > 2;
    if (!c.loose()) {
      return null;
    }
    if (interrupted && comma == c.cue().first() - 1) {
      return namedAfter(doc, c, comma, after);
    }
    boolean speakerFollows = !interrupted && !endsClause(doc, c);
    int afterSpeaker = interrupted ? -1 : speakerAfterComma(doc, c, comma);
    if (speakerFollows && afterSpeaker < 0) {
      return null;
    }
    if (CONJUNCTIONS.contains(doc.word(comma + 1).lower())) {
      return null; // "Americans are mad, and I agree with them": a second clause of the author's, no source
    }
    Span speaker = phrases.before(doc, c.cue().first(), comma + 1);
    int contentEnd = comma;
    if (speaker == null && comma == c.cue().first() - 1 && !speakerFollows) {
      // CONTENT, Greg Raiff, chief executive of an aviation firm, said.
      int[] named = nameBeforeAppositive(doc, c.lo(), comma);
      if (named != null) {
        speaker = doc.span(named[0], named[1]);
        contentEnd = descriptionStart(doc, c.lo(), named[2]);
      }
    }
    if (speaker == null && !interrupted && SAYING.contains(c.cue().lemma())) {
      speaker = phrases.after(doc, c.cue().last() + 1, c.end()); // "…, said the ministry."
      if (speaker != null && afterSpeaker >= 0 && afterSpeaker < c.end() && doc.word(afterSpeaker).is(",")
          && nameTo(doc, afterSpeaker + 1, c.end())) {
        speaker = doc.span(afterSpeaker + 1, c.end() - 1); // "…, said a former spokesman for the railway, Ivan Petrenko."
      }
    }
    int first = speaker == null ? -1 : doc.wordAt(speaker.start());
    Word opener = first - 2 == comma && first < c.cue().first() ? doc.word(first - 1) : null;
    if (opener != null && (PREPOSITIONS.contains(opener.lower())
        || opener.lower().endsWith("ing") && !opener.capitalised())) {
      // "The ministry, in a statement posted on Telegram, claimed …": a medium and its participle; "Officials,
      // citing intelligence reports, said …": the object of a participle, and a noun
      return null;
    }
    if (speaker != null && ClaimWords.PREPOSITIONS.contains(doc.word(first).lower())) {
      // "…, first reported by the Kyiv Independent": the agent of a participle is the source, without "by";
      // "…, he wrote to Lynch", "…, in a statement": no subject of the cue at all
      boolean agent = doc.word(first).is("by") && first == c.cue().last() + 1 && first + 1 < doc.words.size()
          && doc.word(first + 1).end() <= speaker.end();
      speaker = agent ? new Span(doc.word(first + 1).start(), speaker.end()) : null;
    }
    if (speaker == null || contentEnd - c.lo() < (interrupted ? 1 : shortClause(doc, c.lo(), contentEnd) ? 3 : 4)) {
      return null;
    }
    if (!interrupted && adverbial(doc, c.lo(), contentEnd)) {
      return null; // "In a speech last July, he said: …", "Then, last week, Eric Trump called …": no statement before
    }
    List<Span> parts = new ArrayList<>();
    parts.add(doc.trim(new Span(doc.word(c.lo()).start(), doc.word(contentEnd).start())));
    if (interrupted) {
      parts.add(doc.trim(doc.span(after + 1, c.end() - 1)));
    }
    Span content = new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    Quote q = doc.speechQuoteAround(content.start() + 1);
    if (q != null && q.inner().contains(parts.get(0)) || q != null && content.contains(q.inner())
        && q.inner().length() > content.length() * 0.8) {
      return null; // a direct quote, found already
    }
    return c.draft(doc, parts, speaker, doc.kindOf(content, ClaimKind.INDIRECT), interrupted ? INTERRUPTED : RULE);
  }

  /**
   * Whether words {@code from..to-1} are a clause of three words with a subject and a finite verb: "Sales were
   * great, he said." (a shorter content is a statement only with its verb).
   */
  private static boolean shortClause(ClaimContext doc, int from, int to) {
    if (to - from != 3 || !doc.word(from).isWord()) {
      return false;
    }
    return doc.word(from + 2).isWord() && verbLike(doc.word(from + 1).lower());
  }

  /** Whether {@code l} reads as a finite verb: a form of "be" or "have", a modal, a past form, a negation. */
  private static boolean verbLike(String l) {
    return ClaimWords.BE.contains(l) || ClaimWords.MODALS.contains(l) || ClaimWords.HAVE.contains(l) || l.endsWith("ed")
        || l.endsWith("n't");
  }

  /**
   * Whether words {@code from..to-1} are an opening adverbial rather than a statement: at most ten words that
   * open with a preposition or an adverb of time and hold no verb ("In a speech last July", "Then, last week";
   * "But he operates on a different principle" opens with a connective and is a statement).
   */
  private static boolean adverbial(ClaimContext doc, int from, int to) {
    if (!ADVERBIAL_OPENERS.contains(doc.word(from).lower()) || to - from > 10) {
      return false;
    }
    for (int j = from; j < to; j++) {
      if (verbLike(doc.word(j).lower())) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> ADVERBIAL_OPENERS = java.util.Set.of("in", "on", "at", "during", "for",
      "with", "from", "through", "via", "over", "then", "later", "earlier", "meanwhile", "besides", "despite",
      "throughout", "amid", "among", "under", "within", "across");

  /** Whether a word after the cue's comma opens something else than the statement's second part. */
  static boolean continuesOtherwise(Word w) {
    String l = w.lower();
    return !w.capitalised() && (l.endsWith("ing") && l.length() > 4 || l.equals("and") || l.equals("but")
        || l.equals("while") || l.equals("who") || l.equals("which"));
  }

  /** The comma before the cue's subject, at most nine words back, or -1. */
  private static int commaBefore(ClaimContext doc, CueClause c) {
    for (int j = c.cue().first() - 1; j > c.lo(); j--) {
      Word w = doc.word(j);
      if (w.is(",")) {
        return j;
      }
      if (w.is(";") || w.is(":") || j < c.cue().first() - 9) {
        break;
      }
    }
    return -1;
  }

  /** A comma within six words after the cue, before any "that" or punctuation, or -1. */
  private static int commaAfter(ClaimContext doc, CueClause c) {
    for (int j = c.cue().last() + 1; j < Math.min(c.end(), c.cue().last() + 7); j++) {
      Word w = doc.word(j);
      if (w.is(",")) {
        return j;
      }
      if (w.is("that") || !w.isWord()) {
        break;
      }
    }
    return -1;
  }

  /** Whether the sentence ends soon after the cue, with a circumstance or a speaker and no "that". */
  private static boolean endsClause(ClaimContext doc, CueClause c) {
    int last = c.cue().last();
    if (last + 1 < c.end() && c.cue().finite(doc) && ForwardReading.listenerOnly(doc, c, last + 1)) {
      return true; // "…, the commander told reporters as he toured the trenches."
    }
    if (c.end() - last > 6 && !(c.cue().finite(doc) && ForwardReading.circumstancePhrase(doc, last + 1, c.end()))) {
      return false;
    }
    if (last + 1 < c.end()) {
      Word next = doc.word(last + 1);
      boolean circumstance = PREPOSITIONS.contains(next.lower()) || isTimeWord(next.lower()) || !next.isWord();
      boolean speakerAfter = next.capitalised() || next.is("the") || next.is("a") || next.is("an")
          || ClaimWords.SPEAKER_QUANTIFIERS.contains(next.lower()) && doc.word(c.cue().first() - 1).is(",");
      // "…, he told reporters.": a finite form only ("I will tell you again" reports nothing yet)
      boolean listener = ClaimWords.LISTENER_CUES.contains(c.cue().lemma()) && next.isWord() && c.cue().finite(doc);
      if (!circumstance && !speakerAfter && !listener) {
        return false;
      }
    }
    return !doc.hasWord("that", last + 1, c.end());
  }

  /**
   * After a verb of saying right after the comma, a speaker phrase that ends the clause or is followed by a
   * description of the speaker: "…, said former deputy minister Olha Marchenko, who now chairs a fund", "…, said
   * a European official who was briefed on the talks", "…, said a spokesman for the railway, Ivan Petrenko".
   * Returns the index of the word after the phrase ({@code c.end()} when it ends the clause), else -1.
   */
  private int speakerAfterComma(ClaimContext doc, CueClause c, int comma) {
    if (comma != c.cue().first() - 1 || !SAYING.contains(c.cue().lemma()) || ADDRESSED.contains(c.cue().lemma())
        || !c.cue().finite(doc)) {
      return -1;
    }
    Span speaker = phrases.after(doc, c.cue().last() + 1, c.end());
    if (speaker == null) {
      return -1;
    }
    for (int j = c.cue().last() + 1; j < doc.wordAt(speaker.end()); j++) {
      String l = doc.word(j).lower();
      if (l.endsWith("ing") && l.length() > 4 && !doc.word(j).capitalised()) {
        return -1; // "…, wrote an op-ed urging Congress to …": what was written, not who wrote
      }
    }
    Word open = doc.word(c.cue().last() + 1);
    Word head = doc.word(doc.wordAt(speaker.end()) - 1);
    String l = open.lower();
    boolean opened = open.capitalised() || ClaimWords.DETERMINERS.contains(l) && !l.equals("of")
        || ClaimWords.SPEAKER_QUANTIFIERS.contains(l) || l.endsWith("'s") || l.endsWith("’s")
        || head.capitalised() && !PREPOSITIONS.contains(l) && !ClaimWords.NO_CONTENT_START.contains(l)
        && !SpeakerTypes.PRONOUNS.contains(l);
    if (!opened) {
      return -1; // "…, asked about the deaths of …", "…, admitted it withheld emails": no speaker after the cue
    }
    int next = doc.wordAt(speaker.end());
    if (next >= c.end()) {
      return c.end();
    }
    Word w = doc.word(next);
    if (w.is(",") || w.is("who")) {
      return next;
    }
    // "…, said a senior diplomat in the delegation of the host country.": a place or circumstance, no verb
    if (!PREPOSITIONS.contains(w.lower()) || doc.hasWord("that", next, c.end())) {
      return -1;
    }
    for (int j = next; j < c.end(); j++) {
      String v = doc.word(j).lower();
      if (verbLike(v) || ClaimWords.PAST_VERBS.contains(v)) {
        return -1;
      }
    }
    return next;
  }

  /** Whether words {@code from..to-1} are one to four capitalised words, a name. */
  private static boolean nameTo(ClaimContext doc, int from, int to) {
    if (to - from < 1 || to - from > 4) {
      return false;
    }
    for (int j = from; j < to; j++) {
      if (!doc.word(j).capitalised()) {
        return false;
      }
    }
    return true;
  }

  /** "CONTENT, said Rita Katz, the director of …": after CUE SPEAKER the rest describes the speaker. */
  private @Nullable Draft namedAfter(ClaimContext doc, CueClause c, int comma, int after) {
    Span named = phrases.after(doc, c.cue().last() + 1, after);
    if (named == null || comma - c.lo() < 4) {
      return null;
    }
    List<Span> parts = List.of(doc.trim(new Span(doc.word(c.lo()).start(), doc.word(comma).start())));
    Quote q = doc.speechQuoteAround(parts.get(0).start() + 1);
    if (q != null && q.inner().contains(parts.get(0))) {
      return null; // a direct quote, found already
    }
    return c.draft(doc, parts, named, doc.kindOf(parts.get(0), ClaimKind.INDIRECT), NAMED);
  }

  /**
   * The comma before a description of the speaker that precedes the name: in "Three people were killed, the
   * head of the regional administration, Oleh Syniehubov, said." the statement ends before "the head"; else
   * {@code comma} itself (the comma before the name).
   */
  private static int descriptionStart(ClaimContext doc, int lo, int comma) {
    for (int p = comma - 1; p > lo + 3 && p > comma - 16; p--) {
      Word w = doc.word(p);
      if (w.is(",")) {
        Word first = doc.word(p + 1);
        return first.is("the") || first.is("a") || first.is("an") || first.lower().endsWith("'s")
            || first.lower().endsWith("’s") ? p : comma;
      }
      String l = w.lower();
      if (!w.isWord() || ClaimWords.BE.contains(l) || ClaimWords.MODALS.contains(l) || ClaimWords.CLAUSE_STOP.contains(l)
          && !l.equals("of")) {
        return comma; // a verb or a clause: the phrase is part of the statement
      }
    }
    return comma;
  }

  /**
   * A capitalised name of one to five words between two commas before word {@code comma}, as {first,
   * last, the comma before it}, or null.
   */
  private static int @Nullable [] nameBeforeAppositive(ClaimContext doc, int lo, int comma) {
    int right = comma;
    for (int j = comma - 1, seen = 0; j > lo && seen < 4 && comma - j < 40; j--) {
      if (!doc.word(j).is(",")) {
        continue;
      }
      seen++;
      int first = j + 1;
      int last = right - 1;
      if (first <= last && last - first < 5 && doc.word(first).capitalised() && doc.word(last).capitalised()) {
        return new int[] {first, last, j};
      }
      right = j;
    }
    return null;
  }
}
