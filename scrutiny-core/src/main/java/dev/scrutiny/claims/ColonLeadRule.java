package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A name and a colon opening a line: "Zelensky: We will not give up" (headlines) and "TAPPER: Do you
 * think…" (transcripts), also in the longer shapes of headlines ("Zelensky to Biden: …", "EXCLUSIVE – Roger
 * Stone: …", "More from Jones: …"). A transcript's turn ends at the line's end or where the next turn opens, and
 * a turn over a paragraph long is a statement per sentence. Rule id {@value #RULE}.
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
    boolean fromHeadline = colon <= lo;
    int[] lead = fromHeadline ? headline(doc, lo, hi) : new int[] {lo, colon - 1, colon};
    if (lead == null || lead[2] + 2 >= hi) {
      return;
    }
    int first = lead[0];
    int speakerLast = lead[1];
    colon = lead[2];
    // the content runs to the end of the line it starts on, which may be the next one ("TAPPER:\nDo you …"), or
    // to the next turn of a transcript whose lines were run together ("… Pavel Malkov: Good afternoon …")
    int from = doc.word(colon + 1).start();
    int lineEnd = doc.text.indexOf('\n', from);
    if (lineEnd < 0) {
      lineEnd = doc.text.length();
    }
    Span turn = doc.trim(new Span(from, Math.min(lineEnd, nextTurn(doc, s, lineEnd))));
    if (turn.length() < 8 || ClaimWords.NOT_SPEAKERS.contains(doc.word(first).lower())
        || !SpeakerNouns.canSpeak(doc.word(speakerLast)) && !(fromHeadline && speakingNoun(doc.word(speakerLast)))
        || isNameList(doc.text(turn))) {
      return;
    }
    // a statement is at most about a paragraph: a longer turn (a speech, or a transcript whose line breaks were
    // lost) is a statement per sentence, each with its own check-worthiness
    Word c = doc.word(colon);
    Span speaker = doc.span(first, speakerLast);
    Span cue = new Span(c.start(), c.end());
    int firstSentence = doc.indexOfSentence(from);
    int lastSentence = Math.min(doc.indexOfSentence(turn.end() - 1), doc.sentences.size() - 1);
    List<Span> parts = new java.util.ArrayList<>();
    if (turn.length() <= LONG_TURN || lastSentence == firstSentence) {
      parts.add(turn);
    } else {
      for (int k = firstSentence, at = from; k <= lastSentence; at = doc.sentences.get(k).end(), k++) {
        parts.add(doc.trim(new Span(at, Math.min(turn.end(), doc.sentences.get(k).end()))));
      }
    }
    for (Span part : parts) {
      if (part.length() >= 8 && !doc.covered(part)) {
        doc.drafts.add(new Draft(List.of(part), speaker, cue, ":", Stance.NEUTRAL, ClaimKind.DIRECT, RULE));
      }
    }
  }

  /** Characters of a turn beyond which each of its sentences is a statement of its own. */
  private static final int LONG_TURN = 1000;

  /** Where the first sentence after {@code s} that opens a speaker's turn starts, before {@code limit}; else limit. */
  private int nextTurn(ClaimContext doc, Sentence s, int limit) {
    for (int k = doc.indexOfSentence(s.end() - 1) + 1; k < doc.sentences.size(); k++) {
      Sentence next = doc.sentences.get(k);
      if (next.start() >= limit) {
        break;
      }
      int lo = doc.wordAt(next.start());
      int colon = colon(doc, lo, doc.wordAt(next.end()));
      if (colon > lo && SpeakerNouns.canSpeak(doc.word(colon - 1))) {
        return next.start();
      }
    }
    return limit;
  }

  /**
   * The speaker named before the colon that opens sentence {@code s}, before word {@code before}: "Pavel Malkov:",
   * "President of Russia Vladimir Putin:"; else null. A transcript's "I" is this speaker.
   */
  @Nullable Span turnSpeaker(ClaimContext doc, Sentence s, int before) {
    int lo = doc.wordAt(s.start());
    int colon = colon(doc, lo, Math.min(before, doc.wordAt(s.end())));
    return colon > lo && SpeakerNouns.canSpeak(doc.word(colon - 1)) ? doc.span(lo, colon - 1) : null;
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

  /**
   * A headline's speaker before a colon, as {first word, last word, colon}, or null: after a heading and a dash
   * ("EXCLUSIVE – Roger Stone: …"), after "More from", "From" or "Here's" ("More from Jones: “…”"), before whom or
   * where it was said ("Zelensky to Biden: …", "Former AG Mukasey at RNC: …", "Here's Clinton in December 1992:"),
   * or a named side's speaking noun ("Clinton camp: …", "WSJ editorial: …"). A speaker in capitals must name a
   * person or organisation the entity layer knows.
   */
  private int @Nullable [] headline(ClaimContext doc, int lo, int hi) {
    int start = lo;
    for (int j = lo + 1; j < Math.min(hi, lo + 10) && !doc.word(j).is(":"); j++) {
      if (SubjectGaps.isDash(doc.word(j))) {
        start = j + 1;
        break;
      }
    }
    if (start + 1 < hi && doc.word(start).lower().equals("more") && doc.word(start + 1).is("from")) {
      start += 2;
    } else if (start < hi && PRESENTERS.contains(doc.word(start).lower())) {
      start++;
    }
    int nameStart = start < hi && doc.word(start).is("the") && start > lo ? start + 1 : start;
    int cut = -1;
    boolean capitals = true;
    for (int j = nameStart; j < Math.min(hi, nameStart + 12); j++) {
      Word w = doc.word(j);
      String l = w.lower();
      if (w.is(":")) {
        int last = (cut < 0 ? j : cut) - 1;
        // "From the report:": after "the" the speaker is a common noun
        if (last < nameStart || last - nameStart > 4 || !doc.word(nameStart).capitalised() && nameStart == start) {
          return null;
        }
        boolean named = capitals && doc.namesPersonOrOrganisation(doc.span(nameStart, last));
        if (cut >= 0 && (!named || j - cut > 6)) {
          return null; // "Zelensky to Biden:" names its speaker; "Everyone who studies at Stanford …:" does not
        }
        // a common noun after a name ("Clinton camp", "WSJ editorial") or after "the" ("From the report")
        boolean noun = !doc.word(last).capitalised() && speakingNoun(doc.word(last))
            && (nameStart > start || doc.word(nameStart).capitalised() && !ClaimWords.DETERMINERS.contains(
                doc.word(nameStart).lower()) && !INTRODUCTIONS.contains(doc.word(nameStart).lower()))
            && noDeterminer(doc, nameStart + 1, last);
        return named || noun ? new int[] {start, last, j} : null;
      }
      if (!w.isWord() && !w.is(".") && !w.is("'s") && !w.is("’s") && !w.is("'") && !w.is("/")) {
        return null;
      }
      if (cut >= 0) {
        continue; // whom or where: "to Biden", "at RNC"
      }
      if (j > nameStart && SPLITS.contains(l)) {
        cut = j;
      } else if (cues.isCue(l) && !(j > lo && ClaimWords.DETERMINERS.contains(doc.word(j - 1).lower()))) {
        return null; // "Zelensky says: …" is a cue of its own ("the report:" is a noun)
      } else if (!w.capitalised() && !(j > nameStart && TITLE_LINKS.contains(l))) {
        capitals = false;
      }
    }
    return null;
  }

  /** Whether a headline's speaker may end with the common noun {@code w}: "camp", "editorial", "report". */
  private static boolean speakingNoun(Word w) {
    return HEADLINE_SPEAKERS.contains(w.lower());
  }

  /** Whether none of words {@code from..to} is a determiner ("Spotlight his family:" is no speaker). */
  private static boolean noDeterminer(ClaimContext doc, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (ClaimWords.DETERMINERS.contains(doc.word(j).lower())) {
        return false;
      }
    }
    return true;
  }

  /** Words that open an introduction before a colon, not a name: "Among the charity's accomplishments:". */
  private static final java.util.Set<String> INTRODUCTIONS = java.util.Set.of("among", "another", "for",
      "of", "in", "on", "at", "with", "about", "after", "before");

  private static final java.util.Set<String> SPLITS = java.util.Set.of("to", "at", "on", "in");
  private static final java.util.Set<String> PRESENTERS = java.util.Set.of("from", "here's", "here’s");
  private static final java.util.Set<String> HEADLINE_SPEAKERS = java.util.Set.of("camp", "editorial", "warning",
      "message", "verdict", "report", "statement", "campaign", "team", "aides", "officials", "spokesman",
      "spokeswoman", "ministry", "command", "staff", "office", "memo", "poll", "survey", "study");

  /**
   * The colon among the first nine words, after capitalised words only (and "of", "the", "and", "for" inside a
   * title: "Minister of Foreign Affairs Sergei Lavrov:"), at most five of them without such a word; or -1.
   */
  private int colon(ClaimContext doc, int lo, int hi) {
    boolean title = false;
    for (int j = lo; j < Math.min(hi, lo + 9); j++) {
      Word w = doc.word(j);
      if (w.is(":")) {
        return j - lo <= 5 || title ? j : -1;
      }
      boolean link = j > lo && TITLE_LINKS.contains(w.lower());
      title |= link;
      if (!link && (!w.isWord() && !w.is(".") || !w.capitalised() || w.startsWithDigit() || cues.isCue(w.lower()))) {
        return -1;
      }
    }
    return -1;
  }

  private static final java.util.Set<String> TITLE_LINKS = java.util.Set.of("of", "the", "and", "for");
}
