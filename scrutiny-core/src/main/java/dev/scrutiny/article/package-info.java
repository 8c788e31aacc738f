/**
 * The article model: an {@link dev.scrutiny.article.Article} (metadata and clean text) and immutable,
 * typed standoff {@link dev.scrutiny.article.Layer}s over its text, gathered in an
 * {@link dev.scrutiny.article.Analysis}. All offsets are 0-based, end-exclusive UTF-16 code units.
 */
@NullMarked
package dev.scrutiny.article;

import org.jspecify.annotations.NullMarked;
