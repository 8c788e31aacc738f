package dev.scrutiny.corpus;

import org.jspecify.annotations.Nullable;

/**
 * One search match.
 *
 * @param score   higher is better (BM25 on SQLite, ts_rank_cd on PostgreSQL); 0 without query words
 * @param snippet a passage of the text with the matched words marked
 */
public record SearchHit(
    String id,
    @Nullable String title,
    @Nullable String source,
    @Nullable String published,
    @Nullable String language,
    Snippet snippet,
    double score) {}
