/**
 * The text layers every other analysis builds on: paragraphs, sentences and tokens with offsets,
 * and per-article language identification.
 */
@NullMarked
package dev.scrutiny.text;

import org.jspecify.annotations.NullMarked;
