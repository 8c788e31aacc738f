package dev.scrutiny.time;

import dev.scrutiny.text.Sentence;
import dev.scrutiny.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A rule-based TimeML TIMEX3 tagger and normaliser for news English, in the spirit of HeidelTime and
 * SUTime: finds dates, times, durations and sets and gives each an ISO value relative to a reference
 * date (the document creation time).
 *
 * <pre>{@code
 * List<TimeExpression> t = TimeTagger.tag("On April 30, Kadyrov reported ...", LocalDate.parse("2025-05-02"));
 * // t.get(0): "April 30", DATE, 2025-04-30, PUBLICATION
 * }</pre>
 *
 * <p>Contract: results are in document order and pairwise disjoint; offsets are 0-based, end-exclusive
 * UTF-16 offsets into the given text. Values that depend on the reference are anchored
 * {@link Anchor#PUBLICATION} when the caller gave one; without a reference, the tagger infers one from
 * the text (the latest explicit full date) and anchors those values {@link Anchor#INFERRED}; when nothing
 * can be inferred they stay underspecified ({@code XXXX-XX-XX}). Values needing no reference are
 * {@link Anchor#ABSOLUTE}. The year of a bare month-day ("6 August") follows the tense of its sentence
 * ({@link ReferenceYears}): future → the next occurrence on or after the reference; past → the reference's
 * year unless that puts the day more than {@value ReferenceYears#PAST_DAYS_AHEAD} days after the reference,
 * then the year before (so "had said on April 30" in an article of April 27 is that April 30, three days
 * ahead: past-tense news still names deadlines, payment and record dates, "extended the offer to Nov.
 * 20"); no tense → the same with {@value ReferenceYears#UNTENSED_DAYS_AHEAD} days.
 *
 * <p>Speed: one pass tokenises the text; rules run only at trigger tokens (month and weekday names,
 * numbers, time words, determiners). Stateless and thread-safe.
 */
public final class TimeTagger {

  private TimeTagger() {}

  /**
   * Tags {@code text} against {@code reference} (the publication date), or against a date inferred from
   * the text when {@code reference} is null.
   */
  public static List<TimeExpression> tag(String text, @Nullable LocalDate reference) {
    return tag(text, reference, true);
  }

  /**
   * As {@link #tag(String, LocalDate)}, reading the shared sentence and token layers of {@code text}
   * ({@link dev.scrutiny.text.Segmenter}) instead of cutting the text again.
   */
  public static List<TimeExpression> tag(String text, @Nullable LocalDate reference, List<Sentence> sentences,
      List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    return tag(text, reference, TimeTokens.of(text, sentences, tokens), true);
  }

  /** As {@link #tag(String, LocalDate)}; when not lenient, a rule's unforeseen exception propagates (tests). */
  static List<TimeExpression> tag(String text, @Nullable LocalDate reference, boolean lenient) {
    Objects.requireNonNull(text, "text");
    return tag(text, reference, TimeTokens.of(text), lenient);
  }

  private static List<TimeExpression> tag(String text, @Nullable LocalDate reference, TimeTokens tokens,
      boolean lenient) {
    if (reference != null) {
      return TimeRules.scan(new TimeContext(text, tokens, reference, Anchor.PUBLICATION), lenient);
    }
    List<TimeExpression> bare = TimeRules.scan(new TimeContext(text, tokens, null, Anchor.ABSOLUTE), lenient);
    LocalDate inferred = inferReference(bare);
    if (inferred == null) {
      return bare;
    }
    return TimeRules.scan(new TimeContext(text, tokens, inferred, Anchor.INFERRED), lenient);
  }

  /**
   * A reference date inferred from expressions tagged without one: the latest explicit full date; else a
   * dateline month-day (within the first {@value #DATELINE_CHARS} characters) in the latest year the text
   * names; else the first day of the latest explicit month; else null.
   */
  static @Nullable LocalDate inferReference(List<TimeExpression> bare) {
    LocalDate best = null;
    LocalDate bestMonth = null;
    int maxYear = 0;
    String dateline = null;
    for (TimeExpression t : bare) {
      if (t.type() != TimeType.DATE) {
        continue;
      }
      String v = t.value();
      if (TimeContext.FULL_DATE.matcher(v).matches()) {
        LocalDate d;
        try {
          d = LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
          continue;
        }
        if (best == null || d.isAfter(best)) {
          best = d;
        }
      } else if (YEAR_MONTH.matcher(v).matches() && v.compareTo(v.substring(0, 5) + "13") < 0
          && !v.endsWith("-00")) {
        LocalDate d = LocalDate.parse(v + "-01");
        if (bestMonth == null || d.isAfter(bestMonth)) {
          bestMonth = d;
        }
      } else if (YEAR.matcher(v).matches()) {
        maxYear = Math.max(maxYear, Integer.parseInt(v));
      } else if (dateline == null && t.start() < DATELINE_CHARS && UNDATED_DAY.matcher(v).matches()) {
        dateline = v;
      }
      if (v.length() >= 4 && YEAR.matcher(v.substring(0, 4)).matches()) {
        maxYear = Math.max(maxYear, Integer.parseInt(v.substring(0, 4)));
      }
    }
    if (best != null) {
      return best;
    }
    if (dateline != null && maxYear > 0) {
      try {
        return LocalDate.parse(maxYear + dateline.substring(4));
      } catch (java.time.DateTimeException e) {
        // 29 February in a common year: fall through
      }
    }
    return bestMonth;
  }

  static final int DATELINE_CHARS = 120;
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern UNDATED_DAY = Pattern.compile("XXXX-\\d{2}-\\d{2}");
}
