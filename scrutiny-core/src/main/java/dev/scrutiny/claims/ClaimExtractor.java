package dev.scrutiny.claims;

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
    this.sentenceRules = List.of(new ColonLeadRule(cues), new PronounReportRule(), new PossessiveReportRule(phrases),
        new ReportingCueRule(cues, phrases), new AccordingToRule());
    this.checkWorthiness = checkWorthiness;
    this.resolver = new SpeakerResolver(types, sides, phrases, checkWorthiness);
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
    List<Draft> drafts = new ArrayList<>(doc.drafts);
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
