package dev.scrutiny.corpus;

import org.jspecify.annotations.Nullable;

/**
 * One stored article: its metadata, where it came from, what made its analysis, and the analysis
 * JSON as {@code scrutiny analyze --format jsonl} writes it (the documented schema; its {@code id} is
 * the store id).
 *
 * @param id              the store id (from the text's hash)
 * @param contentHash     hex SHA-256 of the text
 * @param origin          the file, URL or archive record it was read from
 * @param revision        1, or n for the n-th text seen at the same URL
 * @param revisionOf      the id of the first revision, or null for a first revision
 * @param latest          whether this is the newest text seen at its URL
 * @param published       ISO date or date-time as given, or null
 * @param addedAt         when it was stored (ISO instant)
 * @param scrutinyVersion version that made the analysis
 * @param models          analyzers that made the analysis
 * @param analysisJson    the whole analysis, one line of JSON
 */
public record StoredArticle(
    String id,
    String contentHash,
    @Nullable String origin,
    @Nullable String title,
    @Nullable String url,
    @Nullable String source,
    @Nullable String author,
    @Nullable String published,
    @Nullable String language,
    @Nullable String genre,
    int revision,
    @Nullable String revisionOf,
    boolean latest,
    String addedAt,
    String scrutinyVersion,
    String models,
    String analysisJson) {}
