/**
 * Time expressions detected and normalised (TimeML TIMEX3) against the publication date.
 *
 * <p>{@link dev.scrutiny.time.TimeTagger} is the plain entry point (text and reference date in, a list of
 * {@link dev.scrutiny.time.TimeExpression} out); {@link dev.scrutiny.time.TimeAnalyzer} wraps it as the
 * pipeline step producing the {@code times} layer from the shared sentence and token layers. Inside, a
 * small engine ({@code TimeRules}) runs rule families over one shared {@code TimeContext} (tokens,
 * reference date, what was tagged so far): durations and offsets, determiners ("last week"), "the"
 * periods and quarters, calendar names, month-day dates, holidays, deictic words, sets and clock times,
 * each crediting its output to a {@link dev.scrutiny.time.TimexRule}. {@link dev.scrutiny.time.TimeValues}
 * reads values back as calendar intervals and periods; {@code dev.scrutiny.time.TimeMlReader} (scrutiny-lab) and
 * {@code dev.scrutiny.time.TimexEvaluation} (scrutiny-lab) score the tagger on TempEval-3 TimeML data, by rule. Offsets
 * are 0-based, end-exclusive UTF-16 offsets into the article text.
 */
@NullMarked
package dev.scrutiny.time;

import org.jspecify.annotations.NullMarked;
