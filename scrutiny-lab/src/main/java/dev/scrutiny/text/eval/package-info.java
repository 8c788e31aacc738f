/**
 * Measuring the text layer: gold segmentations in the style of UD English EWT, precision/recall/F1 of
 * sentence boundaries and tokens, a side-by-side with OpenNLP's UD models, a seeded generator of
 * news-like text and a one-thread throughput bench. Used by {@code scrutiny bench text} and the tests;
 * nothing here runs in the analysis pipeline.
 */
@NullMarked
package dev.scrutiny.text.eval;

import org.jspecify.annotations.NullMarked;
