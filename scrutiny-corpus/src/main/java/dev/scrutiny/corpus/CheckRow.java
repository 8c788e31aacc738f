package dev.scrutiny.corpus;

import org.jspecify.annotations.Nullable;

/** One check flag with its article's title and outlet; offsets into the article text. */
public record CheckRow(String articleId, @Nullable String title, @Nullable String source, @Nullable String published,
                       String kind, @Nullable String severity, int start, int end, String message) {}
