package dev.progetto.report;

import java.util.Locale;
import java.util.Optional;

/** The tables of a report; in CSV, each is one file with one heading row. */
public enum ReportTable {
  /** One row per project. */
  PROJECTS,
  /** Totals and grants by call and funder. */
  BUDGETS,
  /** Organisations with their projects and roles. */
  ORGANISATIONS,
  /** Pairs of organisations that worked together. */
  COLLABORATIONS,
  /** Comuni, regions and countries covered. */
  TERRITORIES,
  /** Indicators: target against the latest measurement. */
  INDICATORS,
  /** The number of projects of each call. */
  PROJECTS_BY_CALL,
  /** The number of projects that start in each year. */
  PROJECTS_BY_YEAR,
  /** The number of projects in each status. */
  PROJECTS_BY_STATUS,
  /** Indicators of the same code and unit summed across projects. */
  INDICATOR_TOTALS;

  /**
   * Returns the table's name in files and on the command line: lower case, words joined by
   * hyphens, such as {@code projects-by-call}.
   *
   * @return the name
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the table of a name as {@link #fileName()} gives it, in any case; underscores are read
   * as hyphens.
   *
   * @param name the name, such as {@code projects-by-call}
   * @return the table, or empty for an unknown name
   */
  public static Optional<ReportTable> fromName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT).replace('_', '-');
    for (ReportTable table : values()) {
      if (table.fileName().equals(wanted)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }
}
