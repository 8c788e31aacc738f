/**
 * Claims: who says what. {@link dev.scrutiny.claims.ClaimAnalyzer} finds statements the article
 * attributes to someone (direct and indirect speech, "according to", split and colon quotes), resolves
 * their speakers against the entity layer, dates them from the time layer, and adds the author's own
 * checkable assertions scored by {@link dev.scrutiny.claims.CheckWorthiness}. {@link
 * dev.scrutiny.claims.PolnearEvaluator} and {@link dev.scrutiny.claims.CheckWorthinessTrainer} train and
 * evaluate against the shared research data.
 */
@NullMarked
package dev.scrutiny.claims;

import org.jspecify.annotations.NullMarked;
