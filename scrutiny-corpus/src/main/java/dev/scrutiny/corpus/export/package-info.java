/** Exports of a corpus: JSON lines of the analyses, CSV per query table, ClaimReview JSON-LD drafts. */
@NullMarked
package dev.scrutiny.corpus.export;

import org.jspecify.annotations.NullMarked;
