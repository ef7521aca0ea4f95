package dev.progetto.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the year, the month or the day: {@code 2024}, {@code 2024-05} or
 * {@code 2024-05-13}. Project pages often give only a month ("Maggio 2024") or a year
 * ("2024 - 2027"); the precision is kept, so {@code 2024-05} is never turned into
 * {@code 2024-05-01}.
 *
 * <p>Two partial dates are equal when they have the same precision and the same fields. Use
 * {@link #earliest()} and {@link #latest()} to compare them with days.
 */
public final class PartialDate {

  /** How much of a date is known. */
  public enum Precision implements Coded {
    /** Only the year: {@code 2024}. */
    YEAR,
    /** Year and month: {@code 2024-05}. */
    MONTH,
    /** A full date: {@code 2024-05-13}. */
    DAY;

    private final String code = Coded.kebab(this);

    @Override
    public String code() {
      return code;
    }
  }

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;

  private PartialDate(int year, int month, int day, Precision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws IllegalArgumentException for a year outside 1 to 9999
   */
  public static PartialDate of(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0, Precision.YEAR);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws IllegalArgumentException for a year or month out of range
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not between 1 and 12");
    }
    return new PartialDate(year, month, 0, Precision.MONTH);
  }

  /**
   * Returns a date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   * @throws IllegalArgumentException for a date that does not exist, such as 2024-02-30
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException noSuchDate) {
      throw new IllegalArgumentException(
          String.format("%04d-%02d-%02d is not a date of the calendar", year, month, day), noSuchDate);
    }
    return new PartialDate(year, month, day, Precision.DAY);
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the date
   * @return the partial date
   */
  public static PartialDate of(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text
   * @return the partial date with the precision of the text
   * @throws IllegalArgumentException when the text is not of those forms or not a real date
   */
  public static PartialDate parse(String text) {
    int length = text.length();
    boolean wellFormed = (length == 4 || length == 7 || length == 10) && digits(text, 0, 4)
        && (length == 4 || (text.charAt(4) == '-' && digits(text, 5, 7)))
        && (length < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
    if (!wellFormed) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      int year = number(text, 0, 4);
      if (length == 4) {
        return of(year);
      }
      int month = number(text, 5, 7);
      if (length == 7) {
        return of(year, month);
      }
      return of(year, month, number(text, 8, 10));
    } catch (IllegalArgumentException outOfRange) {
      throw new IllegalArgumentException("\"" + text + "\" is not a date: " + outOfRange.getMessage(), outOfRange);
    }
  }

  /** Whether the characters from start (inclusive) to end (exclusive) are ASCII digits. */
  private static boolean digits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The number written by ASCII digits from start (inclusive) to end (exclusive). */
  private static int number(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is not between 1 and 9999");
    }
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int getYear() {
    return year;
  }

  /**
   * Returns the month, when known.
   *
   * @return the month 1 to 12, or empty at year precision
   */
  public Optional<Integer> getMonth() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(month);
  }

  /**
   * Returns the day of the month, when known.
   *
   * @return the day, or empty at year or month precision
   */
  public Optional<Integer> getDay() {
    return precision == Precision.DAY ? Optional.of(day) : Optional.empty();
  }

  /**
   * Returns how much of the date is known.
   *
   * @return the precision
   */
  public Precision getPrecision() {
    return precision;
  }

  /**
   * Returns the first day this partial date can stand for: 1 January for a year, the 1st for a
   * month.
   *
   * @return the earliest day
   */
  public LocalDate earliest() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case MONTH:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Returns the last day this partial date can stand for: 31 December for a year, the last day of
   * the month for a month.
   *
   * @return the latest day
   */
  public LocalDate latest() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      default:
        return LocalDate.of(year, month, day);
    }
  }

  /**
   * Tells whether this date is certainly before the other: its latest day is before the other's
   * earliest day. {@code 2024-05} is not before {@code 2024-05-20}.
   *
   * @param other the other date
   * @return true when every reading of this date precedes every reading of the other
   */
  public boolean isBefore(PartialDate other) {
    return latestKey() < other.earliestKey();
  }

  /**
   * Tells whether this date is certainly after the other.
   *
   * @param other the other date
   * @return true when every reading of this date follows every reading of the other
   */
  public boolean isAfter(PartialDate other) {
    return earliestKey() > other.latestKey();
  }

  /** The first day this date can stand for, as the number yyyymmdd: compared without a LocalDate. */
  private int earliestKey() {
    return year * 10_000 + (precision == Precision.YEAR ? 1 : month) * 100 + (precision == Precision.DAY ? day : 1);
  }

  /** The last day this date can stand for, as the number yyyymmdd. */
  private int latestKey() {
    int lastMonth = precision == Precision.YEAR ? 12 : month;
    int lastDay = precision == Precision.DAY ? day : java.time.Month.of(lastMonth).length(java.time.Year.isLeap(year));
    return year * 10_000 + lastMonth * 100 + lastDay;
  }

  /**
   * Returns the index of this date's month counted from year 0 ({@code year * 12 + month - 1}),
   * with the first month of the year for year precision.
   *
   * @return the month index
   */
  int monthIndex() {
    return year * 12 + (precision == Precision.YEAR ? 0 : month - 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate date
        && year == date.year
        && month == date.month
        && day == date.day
        && precision == date.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, precision);
  }

  /** Returns the date in its file form: {@code 2024}, {@code 2024-05} or {@code 2024-05-13}. */
  @Override
  public String toString() {
    // Written digit by digit: reports print a date in every message that names one.
    int length = precision == Precision.YEAR ? 4 : precision == Precision.MONTH ? 7 : 10;
    char[] text = new char[length];
    digits(text, 0, year, 4);
    if (length > 4) {
      text[4] = '-';
      digits(text, 5, month, 2);
    }
    if (length > 7) {
      text[7] = '-';
      digits(text, 8, day, 2);
    }
    return new String(text);
  }

  private static void digits(char[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
