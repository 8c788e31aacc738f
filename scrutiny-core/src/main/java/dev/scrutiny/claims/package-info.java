/**
 * Claims: who says what. {@link dev.scrutiny.claims.ClaimAnalyzer} adds the {@code claims} layer
 * ({@link dev.scrutiny.claims.Claim}): every statement the article attributes to someone (direct quotes in
 * any quote style, split and colon quotes, reported speech after a cue from {@link
 * dev.scrutiny.claims.ReportingLexicon}, "according to", possessive reports, headlines quoted from an
 * outlet), with its speaker resolved against the {@code entities} layer, its speaker's side ({@link
 * dev.scrutiny.claims.SpeakerSides}, names in {@code speaker-sides.tsv}), its date from the {@code times}
 * layer, hedges and the cue's stance; and the author's own check-worthy assertions, scored by {@link
 * dev.scrutiny.claims.CheckWorthiness}. The rules read the words of the shared token layer and are small
 * objects over one per-article context (quotation rules, sentence rules, the readings of a reporting cue);
 * each claim records the id of the rule that found it. {@code dev.scrutiny.claims.CheckWorthinessTrainer} (scrutiny-lab) trains that model
 * (CLEF CheckThat! 2024), {@code dev.scrutiny.claims.PolnearEvaluator} (scrutiny-lab) scores extraction against
 * PolNeAR-style gold, and {@code dev.scrutiny.claims.ClaimBench} (scrutiny-lab) measures throughput.
 */
@NullMarked
package dev.scrutiny.claims;

import org.jspecify.annotations.NullMarked;
