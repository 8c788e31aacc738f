package dev.scrutiny.time;

import java.util.Locale;

/**
 * The rule that produced a time expression, one per pattern in the manner of HeidelTime's and Duckling's
 * rule files: each {@link TimeExpression} records its rule's {@link #id()}, so that an evaluation can
 * break its errors down by rule. A modifier that only widens an expression ("about", "up to", "some")
 * keeps the rule of what it modifies.
 */
public enum TimexRule {
  /** "that day", "the next day", "the day before": against the last full date in the text. */
  ANAPHORIC_DAY,
  /** "two years", "20 more days", "2 1/2 years". */
  DURATION,
  /** "years", "for months", "decades" after a preposition: a vague duration. */
  VAGUE_DURATION,
  /** "two days ago", "three weeks later", "a year from now", "years ago". */
  OFFSET,
  /** "a year ago" in a report about a quarter: that quarter a year before. */
  YEAR_AGO_QUARTER,
  /** "year-ago", "year-earlier", "the year-ago quarter", "year-earlier" as one word. */
  YEAR_AGO,
  /** "early next year", "late last year", "mid-2024", "the end of the year". */
  PERIOD_EDGE,
  /** "this year", "last week", "next month", "the latest quarter", "last fiscal year". */
  RELATIVE_UNIT,
  /** "the past two days", "the coming weeks", "the past year", "the nine months". */
  RELATIVE_DURATION,
  /** "last Friday", "next Monday". */
  RELATIVE_WEEKDAY,
  /** "last March", "next January". */
  RELATIVE_MONTH,
  /** "last summer", "this spring". */
  RELATIVE_SEASON,
  /** "last night", "this morning". */
  RELATIVE_PART_OF_DAY,
  /** "the year", "the quarter", "the week": the current period; "the year 2024". */
  THE_UNIT,
  /** "the third quarter of 1989", "the first half", "Q2 2024", "1989 third quarter". */
  QUARTER_OR_HALF,
  /** "fiscal 1989", "FY2024", "the fiscal year". */
  FISCAL_YEAR,
  /** "August 6", "Aug. 6, 2024", "6 August", "the 6th of August", "Friday, Oct. 23". */
  DAY_OF_MONTH,
  /** "August", "August 2024", "June last year", "May '98". */
  MONTH,
  /** The second day or year of a range: the "30" of "April 26-30", the "2023" of "2022-2023". */
  RANGE_END,
  /** "26.04.2025", "2025-04-26", "10/30/89". */
  NUMERIC_DATE,
  /** "2024", "the 1988 period", "2022" of "2022-2023". */
  YEAR,
  /** "nineteen ninety-six", "two thousand three". */
  SPOKEN_YEAR,
  /** "the 1990s", "'90s", "the sixties". */
  DECADE,
  /** "the 20th century". */
  CENTURY,
  /** "Friday", "Wednesday morning". */
  WEEKDAY,
  /** "in the summer", "spring of 2024". */
  SEASON,
  /** "Christmas", "New Year's Day", "Thanksgiving". */
  HOLIDAY,
  /** "today", "yesterday", "tomorrow". */
  DEICTIC_DAY,
  /** "tonight", "overnight". */
  NIGHT,
  /** "now", "currently", "these days", "at present". */
  PRESENT_REF,
  /** "recently", "recent years", "the past". */
  PAST_REF,
  /** "soon", "the future", "the near term". */
  FUTURE_REF,
  /** "by year-end", "year's end". */
  YEAR_END,
  /** "in its seventh year": the Nth year running. */
  NTH_YEAR,
  /** "daily", "weekly" as adverbs or before an event noun. */
  SET_ADVERB,
  /** "Mondays", "every Monday", "every two weeks", "each morning". */
  SET_EVERY,
  /** "twice a week", "three times a day". */
  SET_FREQUENCY,
  /** "10:30 a.m.", "3 p.m. Friday", "at noon". */
  CLOCK;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The rule's name as written in output: {@code day-of-month}, {@code relative-unit}. */
  public String id() {
    return id;
  }
}
