package dev.progetto.tabular;

import java.util.List;
import java.util.Map;

/**
 * A sheet to write: its headers, their Italian labels, its rows of cell texts (null for an empty
 * cell) and the codes each column's drop-down offers.
 *
 * @param name the sheet name
 * @param headers the codes of the columns
 * @param labels the Italian labels of the columns
 * @param rows the rows, a text or null per column
 * @param codes for a header, the codes of its drop-down
 */
record Table(String name, List<String> headers, List<String> labels, List<List<String>> rows,
    Map<String, List<String>> codes) {}
