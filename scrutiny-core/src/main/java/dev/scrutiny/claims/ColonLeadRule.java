package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    // the content runs to the end of the line it starts on, which may be the next one ("TAPPER:\nDo you …"), or
    // to the next turn of a transcript whose lines were run together ("… Pavel Malkov: Good afternoon …")
    int from = doc.word(colon + 1).start();
    int lineEnd = doc.text.indexOf('\n', from);
    if (lineEnd < 0) {
      lineEnd = doc.text.length();
    }
    Span turn = doc.trim(new Span(from, Math.min(lineEnd, nextTurn(doc, s, lineEnd))));
    if (turn.length() < 8 || ClaimWords.NOT_SPEAKERS.contains(doc.word(lo).lower())
        || !SpeakerNouns.canSpeak(doc.word(colon - 1)) || isNameList(doc.text(turn))) {
      return;
    }
    // a statement is at most about a paragraph: a longer turn (a speech, or a transcript whose line breaks were
    // lost) is a statement per sentence, each with its own check-worthiness
    Word c = doc.word(colon);
    Span speaker = doc.span(lo, colon - 1);
    Span cue = new Span(c.start(), c.end());
    int first = doc.indexOfSentence(from);
    int last = Math.min(doc.indexOfSentence(turn.end() - 1), doc.sentences.size() - 1);
    List<Span> parts = new java.util.ArrayList<>();
    if (turn.length() <= LONG_TURN || last == first) {
      parts.add(turn);
    } else {
      for (int k = first, at = from; k <= last; at = doc.sentences.get(k).end(), k++) {
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
