package dev.progetto.cli;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/** The value of {@code --today}: a calendar date written YYYY-MM-DD, years 0001 to 9999. */
final class Today {

  private Today() {}

  /**
   * Reads a date, or says in plain words what is wrong with it.
   *
   * @throws UserError when the text is not a date YYYY-MM-DD
   */
  static LocalDate parse(String text) {
    String prefix = "--today must be a date YYYY-MM-DD: ";
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      throw new UserError(prefix + text + " is not written as four digits of year, two of month and two of day");
    }
    int year = Integer.parseInt(text.substring(0, 4));
    int month = Integer.parseInt(text.substring(5, 7));
    int day = Integer.parseInt(text.substring(8, 10));
    if (year == 0) {
      throw new UserError(prefix + text + " has no year 0: years go from 0001 to 9999");
    }
    if (month < 1 || month > 12) {
      throw new UserError(prefix + text + " has no month " + month);
    }
    int days = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > days) {
      throw new UserError(prefix + text + " has no day " + day + ": "
          + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + days + " days");
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
