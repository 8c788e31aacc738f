/**
 * Claims checked before: import a fact-checker's archive (schema.org ClaimReview JSON-LD, TSV or JSONL),
 * and match a statement against it, so that "checked before, verdict …" can be shown beside it. Ranking is
 * BM25 over the claim text and the review's title ({@link dev.scrutiny.knownclaims.ClaimIndex}); other
 * rankers (sentence encoders) plug in through {@link dev.scrutiny.knownclaims.Ranker}.
 */
@NullMarked
package dev.scrutiny.knownclaims;

import org.jspecify.annotations.NullMarked;
