/**
 * Analysis steps and their assembly: an {@link dev.scrutiny.pipeline.Analyzer} adds one layer, a
 * {@link dev.scrutiny.pipeline.Pipeline} runs analyzers in order, checked at build time.
 */
@NullMarked
package dev.scrutiny.pipeline;

import org.jspecify.annotations.NullMarked;
