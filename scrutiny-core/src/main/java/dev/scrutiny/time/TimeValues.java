package dev.scrutiny.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TIMEX3 values back into calendar terms, for consumers such as consistency checks.
 *
 * <pre>{@code
 * TimeValues.toInterval("2024-Q3");   // Optional[Interval[first=2024-07-01, last=2024-09-30]]
 * TimeValues.toPeriod("P2D");         // Optional[P2D]
 * }</pre>
 *
 * Values that are not calendar dates ({@code PRESENT_REF}, {@code XXXX-WXX-1}, durations for
 * {@code toInterval}) give an empty result rather than an exception. Stateless and thread-safe.
 */
public final class TimeValues {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PERIOD = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
  private static final Pattern PERIOD_SPECIAL = Pattern.compile("P(\\d+)(DE|E|Q|WE)");

  private TimeValues() {}

  /**
   * A closed range of days.
   *
   * @param first the first day
   * @param last  the last day, on or after {@code first}
   */
  public record Interval(LocalDate first, LocalDate last) {
    public Interval {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("interval ends " + last + " before it starts " + first);
      }
    }

    /** Whether {@code day} lies within the interval, ends included. */
    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }

  /**
   * The days a DATE (or TIME) value covers: a day ({@code 2024-08-06}, time of day ignored), week
   * ({@code 2024-W32}, weekend {@code 2024-W32-WE}), month, quarter ({@code 2024-Q3}), half
   * ({@code 2024-H1}), season ({@code 2024-SU}; winter runs December to February), year, decade
   * ({@code 202}) or century ({@code 20}). Empty for anything else.
   */
  public static Optional<Interval> toInterval(String value) {
    Objects.requireNonNull(value, "value");
    Matcher m;
    try {
      if ((m = DAY.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
        return Optional.of(new Interval(d, d));
      }
      if ((m = MONTH.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), 1);
        return Optional.of(new Interval(d, d.with(TemporalAdjusters.lastDayOfMonth())));
      }
      if ((m = YEAR.matcher(value)).matches()) {
        return Optional.of(years(i(m, 1), 1));
      }
      if ((m = QUARTER.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), 3 * i(m, 2) - 2, 1);
        return Optional.of(new Interval(d, d.plusMonths(3).minusDays(1)));
      }
      if ((m = HALF.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), 6 * i(m, 2) - 5, 1);
        return Optional.of(new Interval(d, d.plusMonths(6).minusDays(1)));
      }
      if ((m = SEASON.matcher(value)).matches()) {
        int y = i(m, 1);
        LocalDate d = switch (m.group(2)) {
          case "SP" -> LocalDate.of(y, 3, 1);
          case "SU" -> LocalDate.of(y, 6, 1);
          case "FA" -> LocalDate.of(y, 9, 1);
          default -> LocalDate.of(y, 12, 1);
        };
        return Optional.of(new Interval(d, d.plusMonths(3).minusDays(1)));
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate monday = LocalDate.of(i(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(m.group(3) == null ? new Interval(monday, monday.plusDays(6))
            : new Interval(monday.plusDays(5), monday.plusDays(6)));
      }
      if ((m = DECADE.matcher(value)).matches()) {
        return Optional.of(years(i(m, 1) * 10, 10));
      }
      if ((m = CENTURY.matcher(value)).matches()) {
        return Optional.of(years(i(m, 1) * 100, 100));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "2024-02-30" and the like
    }
    return Optional.empty();
  }

  private static Interval years(int firstYear, int count) {
    return new Interval(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + count - 1, 12, 31));
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }

  /**
   * The calendar part of a DURATION value: {@code P2D}, {@code P1Y6M}, {@code P3W}, and the TimeML units
   * {@code P2DE} (decades), {@code P1E} (centuries), {@code P2Q} (quarters), {@code P1WE} (weekends, two
   * days). Times of day ({@code PT5H}) count as whole days only when they add up to them; vague values
   * ({@code PXY}) are empty.
   */
  public static Optional<Period> toPeriod(String value) {
    Objects.requireNonNull(value, "value");
    try {
      return period(value);
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty(); // counts beyond int range
    }
  }

  private static Optional<Period> period(String value) {
    Matcher s = PERIOD_SPECIAL.matcher(value);
    if (s.matches()) {
      int n = Integer.parseInt(s.group(1));
      return Optional.of(switch (s.group(2)) {
        case "DE" -> Period.ofYears(10 * n);
        case "E" -> Period.ofYears(100 * n);
        case "Q" -> Period.ofMonths(3 * n);
        default -> Period.ofDays(2 * n);
      });
    }
    Matcher m = PERIOD.matcher(value);
    if (!m.matches() || value.equals("P") || value.endsWith("T")) {
      return Optional.empty();
    }
    long hours = g(m, 5) + g(m, 6) / 60 + g(m, 7) / 3600;
    return Optional.of(Period.of(Math.toIntExact(g(m, 1)), Math.toIntExact(g(m, 2)),
        Math.toIntExact(7 * g(m, 3) + g(m, 4) + hours / 24)));
  }

  /** Approximate length of a DURATION value in days (a month 30.44 days, a year 365.25), or empty. */
  public static Optional<Double> approximateDays(String value) {
    Objects.requireNonNull(value, "value");
    Matcher m = PERIOD.matcher(value);
    if (m.matches() && !value.equals("P") && !value.endsWith("T")) {
      if (value.length() > 20) {
        return Optional.empty(); // "P" and a unit leave at most 18 digits: no count overflows a long
      }
      return Optional.of(g(m, 1) * 365.25 + g(m, 2) * 30.44 + g(m, 3) * 7 + g(m, 4)
          + g(m, 5) / 24.0 + g(m, 6) / 1440.0 + g(m, 7) / 86400.0);
    }
    return toPeriod(value).map(p -> p.getYears() * 365.25 + p.getMonths() * 30.44 + p.getDays());
  }

  private static long g(Matcher m, int group) {
    String s = m.group(group);
    return s == null ? 0 : Long.parseLong(s);
  }
}
