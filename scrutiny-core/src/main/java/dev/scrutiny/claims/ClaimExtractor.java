package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.entities.Entity;
import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import dev.scrutiny.time.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rules behind {@link ClaimAnalyzer}, run over one article's tokens and layers: first the quotation
 * rules ({@link DirectQuotes}), then per sentence the colon lead, possessive reports, reporting cues and
 * "according to"; then each draft is resolved ({@link SpeakerResolver}) and the author's assertions
 * added ({@link AssertionRule}). Holds only immutable rules, lexicons and models; per-article state
 * lives in a {@link ClaimContext}, so it is thread-safe.
 */
final class ClaimExtractor {

  private final DirectQuotes quotes;
  private final List<SentenceRule> sentenceRules;
  private final CheckWorthiness checkWorthiness;
  private final SpeakerResolver resolver;
  private final AssertionRule assertions;

  ClaimExtractor(ReportingLexicon lexicon, SpeakerTypes types, SpeakerSides sides, CheckWorthiness checkWorthiness) {
    this(lexicon, types, sides, checkWorthiness, SpeechCues.standard());
  }

  /** Rules whose cues in {@code speech} take any noun phrase as subject (the table's trainer varies it). */
  ClaimExtractor(ReportingLexicon lexicon, SpeakerTypes types, SpeakerSides sides, CheckWorthiness checkWorthiness,
                 SpeechCues speech) {
    CueFinder cues = new CueFinder(lexicon);
    SpeakerPhrases phrases = new SpeakerPhrases(cues, speech);
    this.quotes = new DirectQuotes(cues, phrases);
    ColonLeadRule turns = new ColonLeadRule(cues);
    this.sentenceRules = List.of(turns, new PronounReportRule(), new PossessiveReportRule(phrases),
        new ReportingCueRule(cues, phrases), new AccordingToRule());
    this.checkWorthiness = checkWorthiness;
    this.resolver = new SpeakerResolver(types, sides, phrases, checkWorthiness, turns);
    this.assertions = new AssertionRule(checkWorthiness);
  }

  List<Claim> extract(String text, List<Token> tokens, List<Sentence> sentences, List<Entity> entities,
                      List<TimeExpression> times) {
    ClaimContext doc = new ClaimContext(text, tokens, sentences, entities, times);
    quotes.apply(doc);
    for (Sentence s : sentences) {
      for (SentenceRule r : sentenceRules) {
        r.apply(doc, s);
      }
    }
    List<Claim> claims = new ArrayList<>();
    Claim previousPerson = null;
    List<Draft> drafts = endBeforeNextCue(doc, doc.drafts);
    drafts.sort(Comparator.comparing(Draft::cue));
    checkWorthiness.prefetch(doc, drafts.stream().map(Draft::parts).toList());
    for (Draft d : drafts) {
      Claim c = resolver.resolve(doc, d, previousPerson);
      if (c.speakerType() == SpeakerType.PERSON && c.speakerEntityId() != null) {
        previousPerson = c;
      }
      claims.add(c);
    }
    claims = SpeakerSides.sameEntitySameSide(claims);
    claims.addAll(assertions.find(doc, claims));
    claims.sort(Comparator.comparing(Claim::content).thenComparing(c -> c.cue() == null ? c.content() : c.cue().span()));
    return dedupe(claims);
  }

  /**
   * Ends a statement where the same speaker's next cue inside it begins: "Merkel called it ''a murderous
   * attack'' and declared a determination to …" is two statements, the first ending before "and declared";
   * "Kaine ran through the math, saying …" keeps only the statement after "saying" when too little (under two
   * words) would be left before it.
   */
  private static List<Draft> endBeforeNextCue(ClaimContext doc, List<Draft> drafts) {
    java.util.Map<Span, List<Draft>> bySpeaker = new java.util.HashMap<>();
    for (Draft d : drafts) {
      if (d.speaker() != null) {
        bySpeaker.computeIfAbsent(d.speaker(), k -> new ArrayList<>()).add(d);
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Span last = d.parts().get(d.parts().size() - 1);
      int cut = last.end();
      for (Draft o : d.speaker() == null ? List.<Draft>of() : bySpeaker.get(d.speaker())) {
        if (o != d && o.cue().start() > d.cue().end() && o.cue().start() > last.start() && o.cue().start() < cut) {
          cut = o.cue().start();
        }
      }
      for (Draft o : drafts) {
        int head = otherAttributionAfterComma(doc, d, o, last);
        if (head >= 0 && head < cut) {
          cut = head;
        }
      }
      if (cut == last.end()) {
        out.add(d);
        continue;
      }
      int w = doc.wordAt(cut) - 1;
      while (w >= 0 && doc.word(w).start() >= last.start() && JOINERS.contains(doc.word(w).lower())) {
        w--; // ", and then declared": the joining words belong to neither statement
      }
      Span kept = w >= 0 && doc.word(w).end() > last.start() ? doc.trim(new Span(last.start(), doc.word(w).end()))
          : new Span(last.start(), last.start());
      if (doc.wordAt(kept.end()) - doc.wordAt(kept.start()) < 2) {
        continue; // nothing left to state before the next cue
      }
      List<Span> parts = new ArrayList<>(d.parts().subList(0, d.parts().size() - 1));
      parts.add(kept);
      out.add(new Draft(parts, d.speaker(), d.cue(), d.lemma(), d.stance(), d.kind(), d.rule()));
    }
    return out;
  }

  /**
   * Where another speaker's attribution begins inside {@code last}, the last part of {@code d}, after a comma (and
   * joining words), when it closes the statement: an inverted one followed by at most a short circumstance ("…vowed to
   * rebuild the bridge by spring, two officials said on Thursday") or one whose own statement runs to the end ("…
   * threatened to strike the depots, while Kyiv promised to retake the town"); else -1. A statement nested without a
   * comma ("said that Kyiv promised …") and a parenthesis ("the town, residents said, was empty") stay whole.
   */
  private static int otherAttributionAfterComma(ClaimContext doc, Draft d, Draft o, Span last) {
    if (o == d || o.speaker() == null || d.speaker() == null || o.speaker().equals(d.speaker())
        || o.cue().start() <= d.cue().end() || !d.rule().equals(ForwardReading.RULE)) {
      return -1;
    }
    int head = Math.min(o.speaker().start(), o.cue().start());
    if (head <= last.start() || head >= last.end() || NOT_ANOTHER_SPEAKER.contains(
        doc.text.substring(o.speaker().start(), o.speaker().end()).toLowerCase(java.util.Locale.ROOT))) {
      return -1; // "Putin: Yes, I know." is one turn ("I" is its speaker); "…, who predicted …" a relative clause
    }
    boolean comma = false;
    for (int w = doc.wordAt(head) - 1; w >= 0 && doc.word(w).start() >= last.start()
        && JOINERS.contains(doc.word(w).lower()); w--) {
      comma |= doc.word(w).is(",");
    }
    if (!comma) {
      return -1;
    }
    if (o.envelope().end() <= head) {
      int tail = doc.wordAt(Math.max(o.speaker().end(), o.cue().end())); // the first word after speaker and cue
      int lastWord = doc.wordAt(last.end()) - 1;
      for (int w = tail; w <= lastWord; w++) {
        if (doc.word(w).is(",")) {
          return -1;
        }
      }
      return lastWord - tail < 4 ? head : -1;
    }
    return o.envelope().start() > head && o.envelope().end() >= last.end() ? head : -1;
  }

  /** Speakers of a nested attribution that do not end the statement around it: the speaker's own voice, a relative. */
  private static final java.util.Set<String> NOT_ANOTHER_SPEAKER = java.util.Set.of("i", "we", "you", "who", "which",
      "that", "whom");

  private static final java.util.Set<String> JOINERS = java.util.Set.of(",", "and", "but", "then", "while", "also",
      "before", "after", "by", ";", "—", "-", "–", "again", "however", "yet", "still");

  /**
   * Drops a claim equal to an earlier one, a claim whose cue lies inside another claim's speaker
   * ("…, according to a statement posted on Telegram": the participle belongs to the source's description),
   * and a speaker's belief inside their own statement ("The minister said he believes the talks will
   * resume": the statement already holds what he believes).
   */
  private static List<Claim> dedupe(List<Claim> sorted) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : sorted) {
      boolean dup = out.stream().anyMatch(o -> o.content().equals(c.content()) && o.kind() == c.kind()
          && Objects.equals(o.cue(), c.cue()));
      boolean insideSpeaker = c.cue() != null && sorted.stream().anyMatch(o -> o != c && o.speaker() != null
          && o.speaker().contains(c.cue().span()));
      if (!dup && !insideSpeaker && !ownBelief(c, sorted)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Cues of a belief or attitude, which a speaker's own statement may report of themselves. */
  private static final java.util.Set<String> BELIEFS = java.util.Set.of("think", "believe", "know", "hope",
      "feel", "expect", "fear", "want", "wish", "doubt", "suspect", "worry", "oppose", "support");

  /** Whether {@code c} reports a belief of a speaker inside the content of another claim of the same speaker. */
  private static boolean ownBelief(Claim c, List<Claim> all) {
    if (c.cue() == null || c.speakerEntityId() == null || !BELIEFS.contains(c.cue().lemma())) {
      return false;
    }
    return all.stream().anyMatch(o -> o != c && c.speakerEntityId().equals(o.speakerEntityId())
        && o.contentParts().stream().anyMatch(p -> p.contains(c.cue().span())));
  }
}
