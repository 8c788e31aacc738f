package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import dev.scrutiny.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The author's own check-worthy assertions: each sentence that no attributed claim touches and that is
 * not a quotation, scored by {@link CheckWorthiness}. Rule id {@value #RULE}.
 */
final class AssertionRule {

  static final String RULE = "assertion";

  private final CheckWorthiness checkWorthiness;

  AssertionRule(CheckWorthiness checkWorthiness) {
    this.checkWorthiness = checkWorthiness;
  }

  /** Assertions of sentences none of {@code attributed} touches. */
  List<Claim> find(ClaimContext doc, List<Claim> attributed) {
    List<Sentence> candidates = new ArrayList<>();
    for (Sentence s : doc.sentences) {
      Span span = s.span();
      if (taken(attributed, span)
          || doc.speechQuoteAround(s.start() + 1) != null && doc.speechQuoteAround(s.end() - 1) != null) {
        continue;
      }
      String text = doc.text(span);
      if (text.length() >= 20 && text.contains(" ")) {
        candidates.add(s);
      }
    }
    checkWorthiness.prefetch(doc, candidates.stream().map(s -> List.of(s.span())).toList());
    List<Claim> found = new ArrayList<>();
    for (Sentence s : candidates) {
      Span span = s.span();
      double p = checkWorthiness.score(doc, List.of(span));
      if (p >= checkWorthiness.threshold()) {
        String hedge = StatementFacts.hedgeOf(doc, s, List.of(span), ClaimKind.ASSERTION);
        found.add(new Claim(span, List.of(span), null, null, Claim.AUTHOR, SpeakerType.AUTHOR, SpeakerSide.OTHER,
            null, ClaimKind.ASSERTION, null, hedge != null, hedge, Stance.NEUTRAL, StatementFacts.round(p), RULE));
      }
    }
    return found;
  }

  private static boolean taken(List<Claim> attributed, Span sentence) {
    for (Claim c : attributed) {
      for (Span part : c.spans()) {
        if (part.overlaps(sentence)) {
          return true;
        }
      }
    }
    return false;
  }
}
