package dev.scrutiny.entities;

import dev.scrutiny.article.Spanned;

/** One place in the text where an entity is mentioned (0-based, end-exclusive UTF-16 offsets). */
public record Mention(int start, int end, MentionKind kind) implements Spanned {}
