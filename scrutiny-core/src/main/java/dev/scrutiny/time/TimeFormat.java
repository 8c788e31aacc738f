package dev.scrutiny.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 value spelling: ISO dates, weeks, quarters, decades, centuries and periods. Stateless. */
final class TimeFormat {

  private TimeFormat() {}

  static boolean digits(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String day(int year, int month, int day) {
    return year + "-" + two(month) + "-" + two(day);
  }

  static String month(LocalDate d) {
    return d.getYear() + "-" + two(d.getMonthValue());
  }

  static String week(LocalDate d) {
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
  }

  static String decade(int year) {
    return Integer.toString(year / 10);
  }

  static String century(int year) {
    return two(year / 100);
  }

  /** "1989-Q3" → "1988-Q3". */
  static String yearBefore(String yearQuarter) {
    return (Integer.parseInt(yearQuarter.substring(0, 4)) - 1) + yearQuarter.substring(4);
  }

  /** A period of {@code n} units (ISO designator as in {@link TimeLexicon#UNITS}); n &lt; 0: vague. */
  static String period(long n, String iso) {
    String q = n < 0 ? "X" : Long.toString(n);
    return switch (iso) {
      case "S" -> "PT" + q + "S";
      case "MIN" -> "PT" + q + "M";
      case "H" -> "PT" + q + "H";
      case "WE" -> "P" + q + "WE";
      case "Q" -> n < 0 ? "PXQ" : "P" + (n * 3) + "M";
      case "CE" -> "P" + q + "E";
      case "DE" -> n < 0 ? "PXDE" : "P" + (n * 10) + "Y";
      default -> "P" + q + iso;
    };
  }

  /** The value of a unit-sized date with no reference date to place it. */
  static String underspecified(String iso) {
    return switch (iso) {
      case "D", "S", "MIN", "H" -> "XXXX-XX-XX";
      case "W", "WE" -> "XXXX-WXX";
      case "M" -> "XXXX-XX";
      default -> "XXXX";
    };
  }
}
