package dev.progetto.io;

import java.util.Objects;

/**
 * A position in a source: 1-based line and column of a text, as editors and compilers count them,
 * or a cell of a spreadsheet, its sheet, 1-based row and column and the header of its column.
 *
 * @param line the line of a text, or the row of a sheet, from 1
 * @param column the column, from 1
 * @param sheet the sheet of a cell; {@code ""} for a position in a text
 * @param header the header of a cell's column; {@code ""} when there is none, and for a text
 */
public record SourceLocation(int line, int column, String sheet, String header) {

  /**
   * Creates a location.
   *
   * @param line the line or row, from 1
   * @param column the column, from 1
   * @param sheet the sheet of a cell, {@code ""} for a text
   * @param header the header of a cell's column, or {@code ""}
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public SourceLocation {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("lines and columns count from 1: " + line + ":" + column);
    }
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(header, "header");
  }

  /**
   * Creates the location of a position in a text.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public SourceLocation(int line, int column) {
    this(line, column, "", "");
  }

  /**
   * Returns the location of a cell of a spreadsheet.
   *
   * @param sheet the sheet's name (a CSV file's name for CSV)
   * @param row the row, from 1
   * @param column the column, from 1 (column A)
   * @param header the header of the column, or {@code ""}
   * @return the location
   */
  public static SourceLocation cell(String sheet, int row, int column, String header) {
    if (sheet.isEmpty()) {
      throw new IllegalArgumentException("a cell is in a sheet");
    }
    return new SourceLocation(row, column, sheet, header);
  }

  /**
   * Returns whether this is a cell of a spreadsheet rather than a position in a text.
   *
   * @return true for a cell
   */
  public boolean isCell() {
    return !sheet.isEmpty();
  }

  /**
   * Returns the reference of a cell as spreadsheets write it, {@code Participants!C7}, or
   * {@code line:column} for a position in a text.
   *
   * @return the reference
   */
  public String reference() {
    if (!isCell()) {
      return line + ":" + column;
    }
    StringBuilder letters = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sheet + "!" + letters + line;
  }

  /**
   * Returns {@code line:column} for a text, and for a cell its reference with the header of its
   * column: {@code Participants!C7 (role)}.
   */
  @Override
  public String toString() {
    return isCell() && !header.isEmpty() ? reference() + " (" + header + ")" : reference();
  }
}
