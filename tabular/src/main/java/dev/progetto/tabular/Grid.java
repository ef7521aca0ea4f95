package dev.progetto.tabular;

import dev.progetto.tabular.CellSyntax.Cell;
import java.util.List;

/**
 * A sheet as read from a file: its name, the name its cells are located by (the sheet, or the CSV
 * file) and its rows, the first row at index 0; a missing row or cell is null.
 *
 * @param name the sheet name the layout knows it by
 * @param location the sheet name of the cells' locations
 * @param rows the rows
 * @param numbers the 1-based row number of each row in its file, or null when row {@code i} is row
 *     {@code i + 1} (a grid of some of a sheet's rows, as a stream of projects reads them)
 */
record Grid(String name, String location, List<List<Cell>> rows, List<Integer> numbers) {

  Grid(String name, String location, List<List<Cell>> rows) {
    this(name, location, rows, null);
  }

  /** The 1-based number in its file of the row at an index. */
  int number(int index) {
    return numbers == null ? index + 1 : numbers.get(index);
  }
}
