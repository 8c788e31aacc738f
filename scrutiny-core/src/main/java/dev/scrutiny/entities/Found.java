package dev.scrutiny.entities;

/** A recognised name: token range {@code [first, end)} of an {@link ArticleTokens} and its type. */
record Found(int first, int end, EntityType type) {}
