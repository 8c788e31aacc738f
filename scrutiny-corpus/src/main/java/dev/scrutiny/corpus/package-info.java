/**
 * The corpus store: analysed articles kept with their whole analysis and query tables, searched with
 * full-text ranking and filters, aggregated per outlet, place and speaker. Start at
 * {@link dev.scrutiny.corpus.Corpus#open(String)}; the interface is {@link dev.scrutiny.corpus.CorpusStore}.
 */
@NullMarked
package dev.scrutiny.corpus;

import org.jspecify.annotations.NullMarked;
