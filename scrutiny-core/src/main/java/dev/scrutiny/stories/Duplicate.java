package dev.scrutiny.stories;

import org.jspecify.annotations.Nullable;

/**
 * Two articles where one copies the other.
 *
 * @param a          the article added earlier
 * @param b          the article added later
 * @param kind       verbatim copy, light rewrite or excerpt
 * @param similarity estimated Jaccard similarity of the 5-word shingles (verbatim), the share of the
 *                   shorter text's shingles found in the longer (excerpt) or the word-set Jaccard (rewrite)
 * @param first      the id of the one published first, or null when the dates do not tell
 */
public record Duplicate(String a, String b, DuplicateKind kind, double similarity, @Nullable String first) {}
