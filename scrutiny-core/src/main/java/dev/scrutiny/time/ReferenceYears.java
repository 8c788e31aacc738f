package dev.scrutiny.time;

import java.time.LocalDate;

/**
 * The year of a month, day, season or holiday written without one, chosen from the reference date and the
 * tense of the sentence ({@link Tense}: -1 past, 0 none, +1 future). Stateless.
 */
final class ReferenceYears {

  /**
   * How far ahead of the reference (days) a past-tense day may lie and keep the reference's year. Measured
   * on TempEval-3 TBAQ against "on or before the reference" (0): value F1 TimeBank 0.8052 vs 0.7901,
   * AQUAINT 0.7638 vs 0.7450; past-tense sentences name deadlines and payment dates a few weeks ahead
   * ("extended to Nov. 20", "payable Dec. 15 to stock of record Nov. 17").
   */
  static final int PAST_DAYS_AHEAD = 92;
  /** How far ahead of the reference (days) a day in a sentence without tense keeps the reference's year. */
  static final int UNTENSED_DAYS_AHEAD = 120;

  private ReferenceYears() {}

  /** The year of a month-day, or of a month when {@code day} is 0. */
  static int of(LocalDate ref, int tense, int mo, int day) {
    int y = ref.getYear();
    if (day == 0) {
      return ofMonth(ref, tense, mo);
    }
    LocalDate same = LocalDate.of(y, mo, Math.min(day, LocalDate.of(y, mo, 1).lengthOfMonth()));
    long diff = same.toEpochDay() - ref.toEpochDay();
    // news looks back more often than ahead: a date is taken as past unless it lies close ahead
    if (tense > 0) {
      return diff < 0 ? y + 1 : y;
    }
    if (tense < 0 ? diff > PAST_DAYS_AHEAD : diff > UNTENSED_DAYS_AHEAD) {
      return y - 1;
    }
    if (diff < -300) {
      return y + 1;
    }
    return y;
  }

  private static int ofMonth(LocalDate ref, int tense, int mo) {
    int y = ref.getYear();
    int dm = mo - ref.getMonthValue();
    if (tense > 0) {
      return dm < -1 ? y + 1 : y;
    }
    if (tense < 0 ? dm > 3 : dm > 4) {
      return y - 1;
    }
    return dm < -7 ? y + 1 : y;
  }

  /** The year of a season: -1 the latest one over before the reference, +1 the next one to start. */
  static int season(LocalDate ref, String code, int dir) {
    int y = ref.getYear();
    if (dir < 0) {
      while (!seasonStart(y, code).plusMonths(3).isBefore(ref)) {
        y--;
      }
      return y;
    }
    if (dir > 0) {
      while (!seasonStart(y, code).isAfter(ref)) {
        y++;
      }
      return y;
    }
    return code.equals("WI") && ref.getMonthValue() <= 2 ? y - 1 : y;
  }

  /** The year of a season by tense: past, the latest that has started; future, the earliest not ended. */
  static int seasonByTense(LocalDate ref, String code, int tense) {
    if (tense < 0) {
      int y = ref.getYear();
      while (seasonStart(y, code).isAfter(ref)) {
        y--;
      }
      return y;
    }
    if (tense > 0) {
      int y = ref.getYear() - 1;
      while (seasonStart(y, code).plusMonths(3).isBefore(ref)) {
        y++;
      }
      return y;
    }
    return season(ref, code, 0);
  }

  /** First day of a season; winter starts in December of its year, as {@link TimeValues} reads it. */
  static LocalDate seasonStart(int y, String code) {
    return switch (code) {
      case "SP" -> LocalDate.of(y, 3, 1);
      case "SU" -> LocalDate.of(y, 6, 1);
      case "FA" -> LocalDate.of(y, 9, 1);
      default -> LocalDate.of(y, 12, 1);
    };
  }
}
