package dev.scrutiny.corpus;

import org.jspecify.annotations.Nullable;

/**
 * One statement (claim layer item) as stored, with the outlet and date of its article.
 *
 * @param id              stable id: the article id, {@code /c}, and the content's offsets
 * @param speakerKey      the speaker's entity key (transliteration-normalised), or null
 * @param cue             the cue verb's lemma ({@code say}, {@code claim}), or null
 * @param stance          {@code NEUTRAL} or {@code LOADED}
 * @param kind            {@code DIRECT}, {@code INDIRECT}, {@code ACCORDING_TO}, {@code MIXED}, {@code ASSERTION}
 * @param date            the statement's date when the sentence gives it, else null
 * @param start           content start offset in the article text
 * @param end             content end offset
 * @param content         the statement's text
 * @param checkworthiness score in [0,1]
 */
public record StatementRow(
    String articleId,
    String id,
    @Nullable String speaker,
    @Nullable String speakerKey,
    @Nullable String speakerType,
    @Nullable String cue,
    @Nullable String stance,
    @Nullable String kind,
    @Nullable String date,
    int start,
    int end,
    String content,
    double checkworthiness,
    @Nullable String source,
    @Nullable String published,
    @Nullable String title,
    @Nullable String url) {}
