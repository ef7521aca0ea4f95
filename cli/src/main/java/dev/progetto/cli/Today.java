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
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
        || !digits(text, 0, 4) || !digits(text, 5, 7) || !digits(text, 8, 10)) {
      throw new UserError("cli.option.today.form", text);
    }
    int year = Integer.parseInt(text.substring(0, 4));
    int month = Integer.parseInt(text.substring(5, 7));
    int day = Integer.parseInt(text.substring(8, 10));
    if (year == 0) {
      throw new UserError("cli.option.today.year", text);
    }
    if (month < 1 || month > 12) {
      throw new UserError("cli.option.today.month", text, String.valueOf(month));
    }
    int days = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > days) {
      throw new UserError("cli.option.today.day", text, String.valueOf(day), monthOfYear(Month.of(month), year),
          String.valueOf(days));
    }
    return LocalDate.of(year, month, day);
  }

  /** A month of a year, named in the language of the message it is put in ("febbraio 2021"). */
  private static CliMessages.Localized monthOfYear(Month month, int year) {
    return locale -> month.getDisplayName(TextStyle.FULL, locale) + " " + year;
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
