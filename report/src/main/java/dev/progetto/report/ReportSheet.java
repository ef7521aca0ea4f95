package dev.progetto.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of a report as a spreadsheet takes it: one sheet with a heading row and rows of typed
 * cells, so that numbers stay numbers. Each cell is a {@code String}, an {@code Integer} or a
 * {@code BigDecimal} (an exact decimal); {@code ""} is a cell without a value.
 *
 * @param name the sheet's name: the table's {@link ReportTable#fileName()}, or {@code headline}
 *     for the headline figures; at most 31 characters, as spreadsheets allow
 * @param title the table's title in the report's language
 * @param headings the column headings in the report's language
 * @param rows the rows, each as long as the headings
 */
public record ReportSheet(String name, String title, List<String> headings, List<List<Object>> rows) {

  /** The name of the sheet of headline figures. */
  public static final String HEADLINE = "headline";

  /**
   * Keeps copies of the lists and checks the cells: a sheet does not change.
   *
   * @param name as in the record's description
   * @param title as in the record's description
   * @param headings as in the record's description
   * @param rows as in the record's description
   * @throws IllegalArgumentException for a name longer than 31 characters, a row not as long as
   *     the headings or a cell of another type
   */
  public ReportSheet {
    if (name.isEmpty() || name.length() > 31) {
      throw new IllegalArgumentException("a sheet's name has 1 to 31 characters, not \"" + name + "\"");
    }
    headings = List.copyOf(headings);
    List<List<Object>> copies = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != headings.size()) {
        throw new IllegalArgumentException("a row of sheet " + name + " has " + row.size() + " cells, not "
            + headings.size());
      }
      for (Object cell : row) {
        if (!(cell instanceof String || cell instanceof Integer || cell instanceof BigDecimal)) {
          throw new IllegalArgumentException("a cell of sheet " + name + " is a String, an Integer or a BigDecimal, not "
              + (cell == null ? "null" : cell.getClass().getName()));
        }
      }
      copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copies);
  }
}
