package dev.scrutiny.claims;

import dev.scrutiny.article.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim found by a rule, before its speaker is resolved and it is dated and hedged.
 *
 * @param rule the id of the rule that found it
 */
record Draft(List<Span> parts, @Nullable Span speaker, Span cue, String lemma, Stance stance, ClaimKind kind,
             String rule) {

  Draft {
    parts = List.copyOf(parts);
  }

  /** The same claim from {@code cue}'s lexicon entry. */
  static Draft of(List<Span> parts, Span speaker, CueMatch cue, ClaimContext doc, ClaimKind kind, String rule) {
    return new Draft(parts, speaker, cue.span(doc), cue.entry().lemma(), cue.entry().stance(), kind, rule);
  }

  /** The first character of the first part to the last of the last. */
  Span envelope() {
    return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
  }

  /** This draft with {@code part} appended (a quotation that continues it). */
  Draft withPart(Span part) {
    List<Span> more = new java.util.ArrayList<>(parts);
    more.add(part);
    return new Draft(more, speaker, cue, lemma, stance, kind, rule);
  }
}
