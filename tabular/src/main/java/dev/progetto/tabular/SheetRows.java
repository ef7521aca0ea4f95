package dev.progetto.tabular;

import dev.progetto.tabular.CellSyntax.Cell;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of one sheet, read one at a time from its file, so that a stream of projects holds no
 * more of a sheet than the rows of one project.
 */
abstract class SheetRows implements Closeable {

  /** A row read, with its 1-based number in its file. */
  record Numbered(int number, List<Cell> cells) {}

  final String name;
  final String location;

  SheetRows(String name, String location) {
    this.name = name;
    this.location = location;
  }

  /**
   * Returns the next row of the sheet.
   *
   * @return the row, or null after the last
   * @throws IOException when the rest of the file cannot be read as a sheet
   */
  abstract Numbered next() throws IOException;
}
