package dev.scrutiny.claims;

/**
 * A claim rule that attributes one quotation (by its index in {@link ClaimContext#quotes}); the
 * quotation rules are tried in order and the first that applies wins. Implementations are immutable.
 */
interface QuoteRule {

  /**
   * Attributes quotation {@code qi} if this rule applies, adding or extending a draft.
   *
   * @return how many quotations the draft took (2 for a quotation split by its cue), or 0 when the rule
   *     does not apply
   */
  int apply(ClaimContext doc, int qi);
}
