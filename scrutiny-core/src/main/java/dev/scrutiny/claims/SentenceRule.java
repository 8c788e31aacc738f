package dev.scrutiny.claims;

import dev.scrutiny.text.Sentence;

/**
 * A claim rule that reads one sentence at a time and adds the {@link Draft}s it finds to the context.
 * Every draft carries the id of the rule (or reading) that found it, so evaluations can count errors
 * per rule. Implementations are immutable.
 */
interface SentenceRule {

  /** Finds drafts in {@code s} and adds them to {@code doc}. */
  void apply(ClaimContext doc, Sentence s);
}
