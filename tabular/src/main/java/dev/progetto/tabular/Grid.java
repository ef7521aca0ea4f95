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
 */
record Grid(String name, String location, List<List<Cell>> rows) {}
