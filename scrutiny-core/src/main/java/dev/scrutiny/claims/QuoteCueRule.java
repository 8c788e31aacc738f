package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quotation followed by its cue: “…,” he said. / “…,” said Peskov. A quotation split by the cue
 * continues after it: “Everything,” he said, “is falling apart.” Rule id {@value #RULE}.
 */
final class QuoteCueRule implements QuoteRule {

  static final String RULE = "quote-cue";

  private final CueFinder cues;
  private final SpeakerPhrases phrases;

  QuoteCueRule(CueFinder cues, SpeakerPhrases phrases) {
    this.cues = cues;
    this.phrases = phrases;
  }

  @Override
  public int apply(ClaimContext doc, int qi) {
    Quote q = doc.quotes.get(qi);
    int after = q.close() + (doc.text.startsWith("''", q.close()) ? 2 : 1);
    int wi = doc.wordAt(after);
    String innerText = doc.text.substring(q.open() + 1, q.close()).strip();
    if (innerText.endsWith(".") && !(wi < doc.words.size() && doc.word(wi).is(","))) {
      return 0; // the quotation ends its sentence
    }
    int stop = clauseEnd(doc, after, wi);
    int from = wi < stop && doc.word(wi).is(",") ? wi + 1 : wi;
    CueMatch cue = cues.first(doc, from, Math.min(stop, from + 8), false);
    if (cue == null && from + 1 < stop && !doc.word(from).is(",")) {
      cue = appositiveCue(doc, from, stop);
    }
    Span named = null;
    if (cue == null) {
      cue = afterLongName(doc, from, stop);
      named = cue == null ? null : longName(doc, from, cue.first());
    }
    if (cue != null && subordinate(doc, from, cue.first())) {
      return 0; // the cue belongs to a clause of its own
    }
    if (cue != null && wordsBefore(doc, q) && CueComplement.thatOrColonAt(doc, cue, cue.last() + 1, stop)) {
      return 0; // "Citing “obligations,” the spokeswoman told POLITICO that …": the cue's own content follows it
    }
    Span speaker = named != null ? named : QuoteRule.speaker(phrases, doc, cue, from, stop);
    if (speaker == null) {
      return 0;
    }
    List<Span> parts = new ArrayList<>();
    parts.add(doc.trim(q.inner()));
    int taken = 1;
    if (stop < doc.words.size() && qi + 1 < doc.quotes.size()) {
      Quote next = doc.quotes.get(qi + 1);
      if (doc.word(stop).start() == next.open()
          && doc.text.substring(q.close() + 1, next.open()).strip().endsWith(",")) {
        parts.add(doc.trim(next.inner()));
        taken = 2;
      }
    }
    doc.drafts.add(Draft.of(parts, speaker, cue, doc, ClaimKind.DIRECT, RULE));
    return taken;
  }

  /**
   * The cue after a speaker with an appositive too long for the usual window: “…,” Mr. Regalado, the
   * Republican mayor of Miami, said. The cue must follow the comma that closes the appositive.
   */
  private @Nullable CueMatch appositiveCue(ClaimContext doc, int from, int stop) {
    int comma = -1;
    for (int i = from + 1; i < Math.min(stop, from + 6); i++) {
      if (doc.word(i).is(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    for (int i = comma + 2; i < stop; i++) {
      if (doc.word(i).is(",")) {
        CueMatch m = cues.first(doc, i + 1, Math.min(stop, i + 3), false);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The cue after a speaker's name too long for the usual window, with no comma: “…,” Jeffrey Lewis of the James
   * Martin Center for Nonproliferation Studies wrote / “…,” former State policy planning director Anne-Marie
   * Slaughter wrote. The words before it must end in a capitalised name and hold no verb.
   */
  private @Nullable CueMatch afterLongName(ClaimContext doc, int from, int stop) {
    int limit = Math.min(stop, from + 16);
    for (int i = from + 8; i < limit; i++) {
      Word w = doc.word(i);
      if (!w.isWord() && !w.is("-") || ClaimWords.CLAUSE_STOP.contains(w.lower()) || ClaimWords.BE.contains(w.lower())) {
        return null;
      }
      CueMatch m = cues.first(doc, i, i + 1, false);
      if (m != null) {
        return doc.word(i - 1).capitalised() ? m : null;
      }
    }
    return null;
  }

  /**
   * The speaker of {@link #afterLongName}: the words before the cue, or the name before "of" or "for" in them
   * ("Jeffrey Lewis" of the James Martin Center …), cut as an inverted speaker is.
   */
  private static Span longName(ClaimContext doc, int from, int cue) {
    return doc.span(from, SpeakerPhrases.nameBeforeOf(doc, from, cue) - 1);
  }

  /**
   * Whether a conjunction or subordinator stands between the quotation and the cue, before any comma: "“…” if
   * he continues to lose", "“…” and said his remarks were …" ("as he said" and "that …, said X" do attribute;
   * an appositive after a comma may hold "who" or "and").
   */
  private static boolean subordinate(ClaimContext doc, int from, int to) {
    for (int i = from; i < to && !doc.word(i).is(","); i++) {
      String w = doc.word(i).lower();
      boolean coordinated = (w.equals("and") || w.equals("or")) && i > from && i + 1 < to
          && doc.word(i - 1).capitalised() && doc.word(i + 1).capitalised(); // "Oleg Ustenko and Simon Johnson noted"
      if (ClaimWords.CLAUSE_STOP.contains(w) && !w.equals("as") && !w.equals("that") && !coordinated) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the same sentence and paragraph stands before the quotation ("Citing “…,”"). */
  private static boolean wordsBefore(ClaimContext doc, Quote q) {
    int before = doc.wordAt(q.open()) - 1;
    return before >= 0 && doc.word(before).isWord() && !doc.hasParagraphBreak(doc.word(before).end(), q.open());
  }

  /**
   * Whether the full stop at word {@code i} closes an abbreviation inside the clause: attached to the word before
   * it and followed by a comma ("…,” Cecelia Purner, a teacher in Allentown, Pa., said).
   */
  private static boolean abbreviation(ClaimContext doc, int i) {
    return i > 0 && i + 1 < doc.words.size() && doc.word(i - 1).end() == doc.word(i).start()
        && doc.word(i + 1).is(",");
  }

  /** The first word after the quotation (at most thirty-two) that ends the attribution clause. */
  private static int clauseEnd(ClaimContext doc, int after, int wi) {
    int limit = Math.min(doc.words.size(), wi + 32);
    int stop = wi;
    while (stop < limit) {
      Word w = doc.word(stop);
      if (w.is(".") && !abbreviation(doc, stop) || w.is("!") || w.is("?") || w.is(";") || Quotes.isOpening(doc.text, w.start())
          || doc.hasParagraphBreak(after, w.start())) {
        break;
      }
      stop++;
    }
    return stop;
  }
}
